package org.penholder.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.draft.CommandRefused;
import org.penholder.model.Author;
import org.penholder.project.Project;
import org.penholder.store.CleanedCopy;
import org.penholder.store.ProjectFileException;
import org.penholder.ui.EnglishAfterwards;

/** Refusals and file errors services give, said in the window's language; the command line's English unchanged. */
@ExtendWith(EnglishAfterwards.class)
class ServiceRefusalsInTheWindowTest {

    @TempDir
    Path dir;

    @Test
    void continuingFromARevisionThatIsNotThereIsRefusedInFrench() {
        try (Project p = TestFiles.openSample(dir)) {
            assertEquals(
                    java.util.List.of("Zero draft"),
                    p.revisionService().revisions().stream()
                            .map(org.penholder.model.Revision::name)
                            .toList());
            CommandRefused e = assertThrows(
                    CommandRefused.class, () -> p.continueFrom().continueFrom("Rev.9", new Author("Ana", "")));
            assertTrue(Errors.isRefusal(e));
            assertEquals(
                    p.file() + ": no revision named \"Rev.9\" (there are: Zero draft)",
                    e.getMessage(),
                    "the command line's words");
            Messages.use(Locale.FRENCH);
            assertEquals(
                    "Il n’existe aucune révision nommée «\u00a0Rev.9\u00a0» (il y a\u00a0: «\u00a0Zero draft\u00a0»).",
                    Errors.message(e));
        }
    }

    @Test
    void aProjectFileThatCannotBeMadeIsSaidInFrench() {
        Path nowhere = dir.resolve("no-such-folder").resolve("new.penholder");
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> Project.create(nowhere, "A", null));
        assertTrue(
                e.getMessage().endsWith(": cannot be created: the folder " + nowhere.getParent() + " does not exist"));
        Messages.use(Locale.FRENCH);
        assertEquals(
                "«\u00a0new.penholder\u00a0» ne peut pas être créé\u00a0: le dossier " + nowhere.getParent()
                        + " n’existe pas.",
                Errors.message(e));
    }

    @Test
    void aCleanedCopySaysWhatItCopiedInFrench() {
        Path original;
        try (Project p = TestFiles.openSample(dir)) {
            original = p.file();
        }
        CleanedCopy.Report r = CleanedCopy.write(original, dir.resolve("clean.penholder"));
        assertEquals(r.rows() + " rows copied into clean.penholder", r.summary(), "the command line's words");
        Messages.use(Locale.FRENCH);
        assertEquals(
                r.rows() + " lignes copiées dans clean.penholder",
                Messages.get(r.said()).replace("\u202f", ""));
    }
}
