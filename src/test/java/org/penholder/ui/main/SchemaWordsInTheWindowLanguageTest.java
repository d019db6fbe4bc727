package org.penholder.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.merge.MergeProgress;
import org.penholder.project.Project;
import org.penholder.store.CleanedCopy;
import org.penholder.store.ProjectFileException;
import org.penholder.store.UntrustedProjectException;
import org.penholder.ui.EnglishAfterwards;
import org.penholder.ui.FakeDialogs;
import org.penholder.ui.common.Errors;
import org.penholder.ui.common.Messages;

/**
 * A teammate's project file changed outside Penholder is refused naming what differs, in the
 * window's language; the command line keeps its English words.
 */
@ExtendWith(EnglishAfterwards.class)
class SchemaWordsInTheWindowLanguageTest {

    private static final char NBSP = '\u00a0';

    @TempDir
    Path dir;

    /**
     * The sample changed by another program: a trigger planted, an index dropped, a view added;
     * mine.penholder beside it is the same project unchanged.
     */
    private Path altered(String name) throws Exception {
        Path file = TestFiles.sampleCopy(dir);
        Files.copy(file, dir.resolve("mine.penholder"));
        Path named = Files.move(file, dir.resolve(name));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + named);
                Statement st = c.createStatement()) {
            st.execute("CREATE TRIGGER keep_tidy AFTER INSERT ON amendment BEGIN DELETE FROM link; END");
            st.execute("DROP INDEX amendment_by_status");
            st.execute("CREATE VIEW everything AS SELECT * FROM input");
        }
        return named;
    }

    private static String french(String s) {
        return s.replace(NBSP, ' ').replace('\u202f', ' ');
    }

    @Test
    void openingItTheWindowNamesTheDifferencesInFrenchAndTheCommandLineInEnglish() throws Exception {
        Path file = altered("colleague.penholder");
        UntrustedProjectException e =
                assertThrows(UntrustedProjectException.class, () -> Project.open(file, Project.Access.WRITE));
        assertEquals(
                file + ": was changed outside Penholder and was not opened: it holds an extra trigger \"keep_tidy\""
                        + " on amendment; an extra view \"everything\"; a missing index \"amendment_by_status\" on"
                        + " amendment. Its data can be read into a cleaned copy, a new file made by this Penholder",
                e.getMessage(),
                "the command line's words, as before");

        Messages.use(Locale.FRENCH);
        FakeDialogs dialogs = new FakeDialogs();
        dialogs.confirmAnswer = false;
        assertTrue(UntrustedFileOffer.offer(e, dialogs, opened -> {}));
        String asked = french(dialogs.confirmations.getFirst());
        assertTrue(asked.contains("• un déclencheur « keep_tidy » en trop sur la table amendment\n"), asked);
        assertTrue(asked.contains("• une vue « everything » en trop\n"), asked);
        assertTrue(asked.contains("• un index « amendment_by_status » manquant sur la table amendment"), asked);
        assertFalse(asked.contains("extra") || asked.contains("missing"), "no English word left: " + asked);

        assertEquals(
                "« colleague.penholder » a été modifié en dehors de Penholder et n’a pas été ouvert. Différences : un"
                        + " déclencheur « keep_tidy » en trop sur la table amendment ; une vue « everything » en trop ;"
                        + " un index « amendment_by_status » manquant sur la table amendment. Ses données peuvent être"
                        + " lues dans une copie nettoyée, un nouveau fichier créé par Penholder.",
                french(Errors.message(e)),
                "wherever the refusal itself is shown");
    }

    @Test
    void mergingItIsRefusedInRussianAndItsCleanedCopySaysWhatItLeftOutInSpanish() throws Exception {
        Path theirs = altered("laptop-2.penholder");
        Path mine = dir.resolve("mine.penholder");
        try (Project p = Project.open(mine, Project.Access.WRITE)) {
            ProjectFileException e = assertThrows(
                    ProjectFileException.class, () -> p.mergeService().merge(theirs, MergeProgress.NONE));
            assertTrue(
                    e.getMessage()
                            .contains("was not merged: it holds an extra trigger \"keep_tidy\" on amendment; an extra"
                                    + " view \"everything\"; a missing index \"amendment_by_status\" on amendment."),
                    e.getMessage());
            Messages.use(Locale.forLanguageTag("ru"));
            assertEquals(
                    "Файл «laptop-2.penholder» был изменен вне Penholder и не был объединен. Различия: лишний триггер"
                            + " «keep_tidy» в таблице amendment; лишнее представление «everything»; отсутствует индекс"
                            + " «amendment_by_status» в таблице amendment. Откройте его в Penholder, чтобы прочитать его"
                            + " данные в очищенную копию, которую можно объединить вместо него.",
                    Errors.message(e));
        }

        CleanedCopy.Report r = CleanedCopy.write(theirs, dir.resolve("cleaned.penholder"));
        assertTrue(
                r.summary()
                        .endsWith("; left out: an extra trigger \"keep_tidy\" on amendment; an extra view"
                                + " \"everything\"; a missing index \"amendment_by_status\" on amendment"),
                r.summary());
        Messages.use(Locale.forLanguageTag("es"));
        String said = Messages.get(r.said());
        assertTrue(
                said.endsWith("; omitido: un disparador «keep_tidy» de más en la tabla amendment; una vista"
                        + " «everything» de más; falta el índice «amendment_by_status» de la tabla amendment"),
                said);
    }
}
