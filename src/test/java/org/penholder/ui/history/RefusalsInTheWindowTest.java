package org.penholder.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.coverage.MadeUpProject;
import org.penholder.model.AmendmentKind;
import org.penholder.ui.EnglishAfterwards;
import org.penholder.ui.FakeDialogs;
import org.penholder.ui.ProjectSession;
import org.penholder.ui.Synchronous;
import org.penholder.ui.common.DialogService;
import org.penholder.ui.common.Messages;

/**
 * A person's mistake is refused in the window's language, once, and is no failure to save: a
 * proposal worded for words the paragraph lacks, a revision named as another.
 */
@ExtendWith(EnglishAfterwards.class)
class RefusalsInTheWindowTest {

    @TempDir
    Path dir;

    MadeUpProject m;
    ProjectSession session;
    final FakeDialogs dialogs = new FakeDialogs();
    final List<String> refusals = new ArrayList<>();
    final List<Throwable> failures = new ArrayList<>();

    @BeforeEach
    void open() {
        Messages.use(Locale.FRENCH);
        m = new MadeUpProject(dir.resolve("made-up.penholder"));
        session = Synchronous.session(m.project, MadeUpProject.AUTHOR);
        session.setOnRefused(refusals::add);
        session.setOnError(failures::add);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void aProposalForWordsTheParagraphLacksIsRefusedInFrench() {
        AmendmentsViewModel amendments = new AmendmentsViewModel(session);
        ProposalFormViewModel form = new ProposalFormViewModel(session, amendments.commands());
        form.kindProperty().set(AmendmentKind.REPLACE_TEXT);
        form.proposerProperty().set("Group of 77 and China");
        form.paragraphProperty().set("OP99");
        form.wordsProperty().set("meaningful");
        form.textProperty().set("universal and meaningful");
        form.record(null).exceptionally(e -> null).join();

        assertEquals(
                List.of(
                        "Le projet de texte n’a pas de paragraphe OP99\u00a0; les numéros s’écrivent PP3, OP12, OP12bis."),
                refusals);
        assertEquals(List.of(), failures, "a mistake is no failure to save");
        assertEquals(ProjectSession.SaveState.SAVED, session.saveStateProperty().get());
        assertEquals("universal and meaningful", form.textProperty().get(), "the form keeps what was typed");
    }

    @Test
    void aRevisionNamedAsAnotherIsRefusedOnceInFrench() {
        RevisionActions actions = new RevisionActions(session, dialogs, () -> {});
        dialogs.newRevision = new DialogService.NewRevision("Rev.1", null, false);
        assertTrue(actions.freeze().join().isPresent());
        assertTrue(actions.freeze().join().isEmpty(), "the second is refused");

        assertEquals(List.of("Il existe déjà une révision nommée «\u00a0Rev.1\u00a0»."), refusals);
        assertEquals(List.of(), dialogs.errors, "said once, not again as an error");
        assertEquals(List.of(), failures);
        assertEquals(ProjectSession.SaveState.SAVED, session.saveStateProperty().get());
        assertEquals("Révision Rev.1 figée", session.undoDescriptionProperty().get(), "Undo still names the first");
    }
}
