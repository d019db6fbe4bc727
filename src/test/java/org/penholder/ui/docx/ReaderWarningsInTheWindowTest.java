package org.penholder.ui.docx;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.docx.DraftDocxReader;
import org.penholder.docx.ExportOptions;
import org.penholder.docx.ImportedDraft;
import org.penholder.docx.Progress;
import org.penholder.model.Author;
import org.penholder.model.ParagraphKind;
import org.penholder.project.Project;
import org.penholder.text.Phrase;
import org.penholder.ui.EnglishAfterwards;
import org.penholder.ui.common.Messages;

/**
 * What the Word reader had to guess, as the window tells it after an import: in the window's
 * language, while the same warnings stay English for the command line.
 */
@ExtendWith(EnglishAfterwards.class)
class ReaderWarningsInTheWindowTest {

    @TempDir
    Path dir;

    @Test
    void aWarningOfTheReaderIsSaidInTheWindowsLanguage() throws Exception {
        Path redline = dir.resolve("redline.docx");
        try (Project p = TestFiles.openSample(dir)) {
            var op1 = p.draftService().draft().paragraphsInOrder().stream()
                    .filter(x -> x.kind() == ParagraphKind.OP)
                    .findFirst()
                    .orElseThrow();
            p.draftService().setText(op1.id(), "Firmly " + op1.text(), new Author("Kenya", null), null);
            p.docxExporter().export(ExportOptions.redline("Zero draft", null), redline, false, Progress.NONE);
        }
        // a redline read as a draft: its tracked changes are read as accepted, and the reader says so
        ImportedDraft d = new DraftDocxReader().read(redline, Progress.NONE);
        assertTrue(
                d.warnings().stream()
                        .map(Phrase::english)
                        .anyMatch(w -> w.matches("\\d+ tracked changes? (was|were) read as accepted")),
                d.warnings().toString());

        Messages.use(Locale.FRENCH);
        String french = WordFileActions.summary("Rev.1", d);
        assertTrue(
                french.matches("(?s).*\n• \\d+ modifications? suivies? (a|ont) été lues? comme acceptées?\\..*"),
                french);
        assertFalse(french.contains("tracked change"), french);

        Messages.use(Locale.ENGLISH);
        String english = WordFileActions.summary("Rev.1", d);
        assertTrue(english.matches("(?s).*\n• \\d+ tracked changes? (was|were) read as accepted\\..*"), english);
    }
}
