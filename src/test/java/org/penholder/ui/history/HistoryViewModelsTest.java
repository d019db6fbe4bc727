package org.penholder.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.coverage.MadeUpProject;
import org.penholder.history.Proposal;
import org.penholder.model.AmendmentKind;
import org.penholder.model.AmendmentStatus;
import org.penholder.ui.FakeDialogs;
import org.penholder.ui.ProjectSession;
import org.penholder.ui.Synchronous;
import org.penholder.ui.common.DialogService;

/** The history side's view models without the FX thread: proposals, compare, a paragraph's history, revisions. */
class HistoryViewModelsTest {

    @TempDir
    Path dir;

    MadeUpProject m;
    ProjectSession session;
    final FakeDialogs dialogs = new FakeDialogs();

    @BeforeEach
    void open() {
        m = new MadeUpProject(dir.resolve("made-up.penholder"));
        session = Synchronous.session(m.project, MadeUpProject.AUTHOR);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void aProposalRecordedInTheFormIsListedAcceptedAndUndone() {
        AmendmentsViewModel amendments = new AmendmentsViewModel(session);
        ProposalFormViewModel form = new ProposalFormViewModel(session, amendments.commands());
        form.kindProperty().set(AmendmentKind.NEW_PARAGRAPH);
        assertFalse(form.needsParagraph());
        assertTrue(form.needsAfter());
        form.kindProperty().set(AmendmentKind.REPLACE_TEXT);
        assertTrue(form.needsWords() && form.needsText() && form.needsParagraph());

        form.proposerProperty().set("Group of 77 and China");
        form.wordsProperty().set("meaningful");
        form.textProperty().set("universal and meaningful");
        form.record("1.").join();
        assertEquals("", form.wordsProperty().get(), "the form is ready for the next one");
        assertEquals(1, amendments.proposals().size());
        Proposal p = amendments.proposals().getFirst();
        assertEquals("Group of 77 and China", p.proposer());
        assertTrue(AmendmentsViewModel.canDecide(p));

        amendments.accept(p).join();
        assertEquals(AmendmentStatus.ACCEPTED, amendments.proposals().getFirst().status());
        assertTrue(
                amendments.log().getFirst().change().contains("{+universal and +}"),
                amendments.log().getFirst().toString());
        assertEquals("1.", amendments.log().getFirst().paragraph());

        session.undo().join();
        assertEquals(AmendmentStatus.PROPOSED, amendments.proposals().getFirst().status(), "undo reopens it");
        amendments.statusFilterProperty().set(AmendmentStatus.REJECTED.displayName());
        amendments.refresh();
        assertEquals(List.of(), amendments.proposals(), "the filter lets none through");
    }

    @Test
    void compareFollowsRevisionsAndComparesThem() {
        RevisionActions actions = new RevisionActions(session, dialogs, () -> {});
        CompareViewModel compare = new CompareViewModel(session, dialogs);
        compare.refreshRevisions();
        dialogs.newRevision = new DialogService.NewRevision("Zero draft", null, false);
        actions.freeze().join();
        assertEquals(List.of("Zero draft", "current"), compare.versions());
        session.submit(() -> m.project
                        .draftService()
                        .setText(m.op3, "We decide to meet in 2030.", MadeUpProject.AUTHOR, null))
                .join();
        var c = compare.compareRevisions("Zero draft", "current").join();
        assertEquals(1, c.summary().changed());
        assertTrue(
                compare.summaryProperty().get().startsWith("Zero draft → The current draft:  1 changed"),
                compare.summaryProperty().get());
        compare.changedOnlyProperty().set(true);
        assertEquals(1, compare.shown().size());
        assertEquals(
                m.op3,
                compare.paragraphInDraft(compare.shown().getFirst()).join().orElseThrow());
    }

    @Test
    void aFreezeIsUndoneAndARevisionIsReadAsFrozen() {
        RevisionActions actions = new RevisionActions(session, dialogs, () -> {});
        dialogs.newRevision = new DialogService.NewRevision("Rev.1", "for capitals", true);
        var frozen = actions.freeze().join().orElseThrow();
        assertEquals("Freeze Rev.1", session.undoDescriptionProperty().get());
        dialogs.chosen = "Rev.1";
        assertEquals("Rev.1", actions.chooseRevision().join().orElseThrow());
        var snapshot = actions.snapshot("Rev.1").join();
        assertEquals(frozen, snapshot.revision());
        assertEquals("Made-up outcome document", snapshot.title());

        actions.renumber().join();
        assertEquals(
                "Renumber Paragraphs Cleanly", session.undoDescriptionProperty().get());
        session.undo().join();
        session.undo().join();
        assertEquals(List.of(), m.project.revisionNames(), "the freeze is taken back");
        assertTrue(m.project.revisionService().frozenNumbering().isEmpty());
    }

    @Test
    void aParagraphsHistoryFollowsItAndRestoresAnEarlierText() {
        HistoryViewModel history = new HistoryViewModel(session, m.op1, "1.");
        history.refresh();
        int steps = history.steps().size();
        session.submit(() ->
                        m.project.draftService().setText(m.op1, "We commit to nothing.", MadeUpProject.AUTHOR, null))
                .join();
        assertEquals(steps + 1, history.steps().size(), "a change made elsewhere joins the timeline");
        assertEquals(
                "History of paragraph 1. · " + (steps + 1) + " steps",
                history.headingProperty().get());
        var first = history.steps().getFirst();
        assertTrue(history.canRestore(first));
        history.restore(first).join();
        assertEquals(
                "We commit to meaningful connectivity.",
                m.project.draftService().paragraph(m.op1).text());
        assertEquals("Restore text of 1.", session.undoDescriptionProperty().get());

        history.close();
        int now = history.steps().size();
        session.undo().join();
        assertEquals(now, history.steps().size(), "closed, it follows no more");
    }

    @Test
    void theSuggestedRevisionNameAndARestoredTextsNoteFollowTheDocumentLanguage() {
        RevisionActions actions = new RevisionActions(session, dialogs, () -> {});
        actions.freeze().join();
        assertEquals("Zero draft", dialogs.suggestedRevisionName);
        session.execute(() -> m.project.documentLanguage().set("fr")).join();
        actions.freeze().join();
        assertEquals("Projet zéro", dialogs.suggestedRevisionName, "the window is in English, the document in French");
        dialogs.newRevision = new DialogService.NewRevision("Projet zéro", null, false);
        actions.freeze().join();
        dialogs.newRevision = null;
        actions.freeze().join();
        assertEquals("Rev.1", dialogs.suggestedRevisionName, "a symbol's Rev.1 is the same in every language");

        HistoryViewModel history = new HistoryViewModel(session, m.op1, "1.");
        history.refresh();
        session.submit(() ->
                        m.project.draftService().setText(m.op1, "We commit to nothing.", MadeUpProject.AUTHOR, null))
                .join();
        var first = history.steps().getFirst();
        history.restore(first).join();
        assertEquals(
                "Texte de l’amendement " + first.amendment().id() + " rétabli",
                history.steps().getLast().amendment().rationale(),
                "kept in the project, read by the whole team: in the document's language");
        history.close();
    }
}
