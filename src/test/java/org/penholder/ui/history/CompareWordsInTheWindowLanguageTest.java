package org.penholder.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.coverage.MadeUpProject;
import org.penholder.history.ChangeKind;
import org.penholder.history.RevisionService;
import org.penholder.ui.EnglishAfterwards;
import org.penholder.ui.FakeDialogs;
import org.penholder.ui.ProjectSession;
import org.penholder.ui.Synchronous;
import org.penholder.ui.common.Messages;

/** The Compare window's summary line and its changes' names, counted in the window's language. */
@ExtendWith(EnglishAfterwards.class)
class CompareWordsInTheWindowLanguageTest {

    @TempDir
    Path dir;

    MadeUpProject m;
    ProjectSession session;
    CompareViewModel compare;

    @BeforeEach
    void open() {
        m = new MadeUpProject(dir.resolve("made-up.penholder"));
        session = Synchronous.session(m.project, MadeUpProject.AUTHOR);
        m.project.revisionService().freeze("Zero draft", null, MadeUpProject.AUTHOR);
        m.project.draftService().setText(m.op3, "We decide to meet in 2030.", MadeUpProject.AUTHOR, null);
        compare = new CompareViewModel(session, new FakeDialogs());
        compare.refreshRevisions();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void theSummaryCountsInFrench() {
        Messages.use(Locale.FRENCH);
        compare.compareRevisions("Zero draft", RevisionService.CURRENT).join();
        String summary = compare.summaryProperty().get();
        assertTrue(
                summary.startsWith("Zero draft → " + CompareViewModel.display(RevisionService.CURRENT)
                        + "\u00a0:  1 modifié · 0 ajouté · 0 supprimé"),
                summary);
        assertTrue(summary.endsWith(" inchangés"), summary);
    }

    @Test
    void theSummaryTakesRussianPluralForms() {
        Messages.use(Locale.forLanguageTag("ru"));
        compare.compareRevisions("Zero draft", RevisionService.CURRENT).join();
        String summary = compare.summaryProperty().get();
        assertTrue(summary.contains("1 изменен · 0 добавлено · 0 исключено"), summary);
        assertEquals(
                "2 изменены · 5 добавлено · 21 исключен",
                Messages.get("history.compareViewModel.summary", "a", "b", 2, 5, 21, 0, 0, 0, 0)
                        .replaceFirst("^a → b:  ", "")
                        .replaceFirst(" · 0 разделено.*", ""));
    }

    @Test
    void theSummaryInEnglishIsAsBefore() {
        compare.compareRevisions("Zero draft", RevisionService.CURRENT).join();
        String summary = compare.summaryProperty().get();
        assertTrue(
                summary.startsWith(
                        "Zero draft → The current draft:  1 changed · 0 added · 0 deleted · 0 split · 0 merged · 0 moved"),
                summary);
    }

    @Test
    void changesAndFootnotesAreNamedInTheWindowLanguage() {
        Messages.use(Locale.FRENCH);
        assertEquals("modifié", Messages.of(ChangeKind.CHANGED));
        assertEquals("OP4 (nouveau)", Messages.get("history.compareView.paragraph", "added", "", "OP4", "OP4 (new)"));
        assertEquals(
                "note de bas de page 2 → 3, déplacée",
                Messages.get("history.compareView.footnote", "changed", 2, 3, "true", "true"));
        assertEquals(
                "note de bas de page 4 (supprimée)",
                Messages.get("history.compareView.footnote", "deleted", 4, 0, "true", "false"));
        Messages.use(Locale.ENGLISH);
        assertEquals(
                "footnote 3, moved", Messages.get("history.compareView.footnote", "unchanged", 3, 3, "false", "true"));
    }
}
