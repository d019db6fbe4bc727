package org.penholder.ui.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.docx.ExportOptions;
import org.penholder.model.Author;
import org.penholder.project.Project;
import org.penholder.text.DocumentWords;
import org.penholder.ui.FakeDialogs;
import org.penholder.ui.ProjectSession;
import org.penholder.ui.Synchronous;

/** The names the Word export suggests name documents, so they follow the document's language. */
class ExportFileNamesTest {

    @TempDir
    Path dir;

    static final ExportOptions CURRENT_CLEAN = ExportOptions.clean();
    static final ExportOptions COMPILATION =
            new ExportOptions(ExportOptions.Kind.COMPILATION, "Rev.1", ExportOptions.Sources.NONE);
    static final ExportOptions REDLINE = ExportOptions.redline("Zero draft", "Rev.1");

    @Test
    void englishNamesReadAsStaffNameSuchFiles() {
        DocumentWords en = DocumentWords.english();
        assertEquals("A-80-L.1 current draft.docx", WordFileActions.suggested("A/80/L.1", "", CURRENT_CLEAN, en));
        assertEquals("A-80-L.1 Rev.1 compilation.docx", WordFileActions.suggested("A/80/L.1", "", COMPILATION, en));
        assertEquals(
                "WSIS+20 outcome Rev.1 redline from Zero draft.docx",
                WordFileActions.suggested("", "WSIS+20 outcome", REDLINE, en));
    }

    @Test
    void frenchNamesHaveNoEnglishWord() {
        DocumentWords fr = DocumentWords.in(Locale.FRENCH);
        assertEquals("A-80-L.1 version actuelle.docx", WordFileActions.suggested("A/80/L.1", "", CURRENT_CLEAN, fr));
        assertEquals(
                "A-80-L.1 Rev.1 compilation des propositions.docx",
                WordFileActions.suggested("A/80/L.1", "", COMPILATION, fr));
        assertEquals(
                "A-80-L.1 Rev.1 par rapport à Zero draft.docx", WordFileActions.suggested("A/80/L.1", "", REDLINE, fr));
    }

    @Test
    void everyLanguageKeepsToCharactersAFileNameMayHold() {
        for (String tag : List.of("en", "fr", "es", "ar", "ru", "zh")) {
            DocumentWords words = DocumentWords.in(Locale.forLanguageTag(tag));
            for (ExportOptions o : List.of(
                    CURRENT_CLEAN,
                    COMPILATION,
                    ExportOptions.redline("Rev.0", "Rev.1"),
                    ExportOptions.redline("Rev.1/Corr", null))) {
                String name = WordFileActions.suggested("A/80/L.1", "", o, words);
                assertTrue(name.endsWith(".docx"), name);
                assertFalse(name.matches(".*[\\\\/:*?\"<>|\\p{Cntrl}\\p{Cf}].*"), tag + ": " + name);
                if (!tag.equals("en")) {
                    assertFalse(name.matches(".*(current|draft|compilation\\.docx|redline|from).*"), tag + ": " + name);
                }
            }
        }
    }

    @Test
    void theExportSuggestsANameInTheProjectsDocumentLanguage() throws Exception {
        Project p = TestFiles.openSample(dir);
        ProjectSession session = Synchronous.session(p, new Author("T", "Secretariat"));
        session.execute(() -> p.documentLanguage().set("es")).join();
        FakeDialogs dialogs = new FakeDialogs();
        WordFileActions actions = new WordFileActions(session, dialogs, () -> {}, () -> {});
        dialogs.exportChoice = ExportOptions.clean();
        actions.export();
        assertTrue(dialogs.suggestedFileName.endsWith(" versión actual.docx"), dialogs.suggestedFileName);
        session.close();
    }
}
