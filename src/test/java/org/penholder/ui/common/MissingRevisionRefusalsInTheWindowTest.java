package org.penholder.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.docx.ExportOptions;
import org.penholder.docx.Progress;
import org.penholder.draft.CommandRefused;
import org.penholder.project.Project;
import org.penholder.ui.EnglishAfterwards;

/** An export or a coverage asked for a revision the project lacks: a refusal in the window's language. */
@ExtendWith(EnglishAfterwards.class)
class MissingRevisionRefusalsInTheWindowTest {

    private static final String IN_FRENCH =
            "Il n’existe aucune révision nommée «\u00a0Rev.9\u00a0» (il y a\u00a0: «\u00a0Zero draft\u00a0»).";

    @TempDir
    Path dir;

    @Test
    void exportingARevisionThatIsNotThereIsRefusedInFrench() {
        try (Project p = TestFiles.openSample(dir)) {
            Path out = dir.resolve("x.docx");
            CommandRefused e = assertThrows(
                    CommandRefused.class,
                    () -> p.docxExporter().export(ExportOptions.redline("Rev.9", null), out, false, Progress.NONE));
            assertEquals(
                    p.file() + ": there is no revision named \"Rev.9\" (its revisions: Zero draft)",
                    e.getMessage(),
                    "the command line's words");
            assertTrue(Errors.isRefusal(e));
            Messages.use(Locale.FRENCH);
            assertEquals(IN_FRENCH, Errors.message(e));
            assertFalse(Files.exists(out));
        }
    }

    @Test
    void theCoverageOfARevisionThatIsNotThereIsRefusedInFrench() {
        try (Project p = TestFiles.openSample(dir)) {
            CommandRefused e =
                    assertThrows(CommandRefused.class, () -> p.coverage().scope(" Rev.9 "));
            assertEquals(
                    p.file() + ": there is no revision named \"Rev.9\" (its revisions: Zero draft)",
                    e.getMessage(),
                    "the command line's words");
            Messages.use(Locale.FRENCH);
            assertEquals(IN_FRENCH, Errors.message(e));
        }
    }
}
