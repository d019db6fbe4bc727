package org.penholder.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.coverage.CoverageScope;
import org.penholder.draft.Command;
import org.penholder.draft.CommandRefused;
import org.penholder.project.Project;
import org.penholder.project.SampleProject;
import org.penholder.text.DocumentWords;

/**
 * The fixed words of a Word export follow the project's document language, not the window's: with
 * the window in English and the document language French, the redline's header, the annex and
 * the transparency report speak French; undoing the setting brings English back.
 */
class DocumentLanguageExportTest {

    @TempDir
    Path dir;

    private static final DocumentWords FRENCH = DocumentWords.in(Locale.FRENCH);
    private static final DocumentWords ENGLISH = DocumentWords.english();

    @Test
    void aFrenchProjectWritesFrenchFixedWordsWhileTheWindowSpeaksEnglish() throws Exception {
        assertEquals(Locale.FRENCH, FRENCH.language(), "document_fr.properties is on the class path");
        String frenchHeader = FRENCH.get("redline.header", "Rev.1", SampleProject.FIRST_REVISION);
        assertNotEquals(ENGLISH.get("redline.header", "Rev.1", SampleProject.FIRST_REVISION), frenchHeader);

        Path redline = dir.resolve("redline.docx");
        Path annex = dir.resolve("annex.docx");
        Path report = dir.resolve("report.docx");
        Path englishAgain = dir.resolve("english.docx");
        Path draftReport = dir.resolve("draft-report.docx");
        try (Project p = TestFiles.openSample(dir)) {
            RedlineExportTest.editAndFreeze(p);
            Command set = p.documentLanguage().set("fr");
            assertEquals("fr", p.documentLanguage().tag());
            assertNull(p.documentLanguage().set("fr"), "setting the language it has is no change to undo");
            p.docxExporter()
                    .export(
                            ExportOptions.redline(SampleProject.FIRST_REVISION, "Rev.1"),
                            redline,
                            false,
                            Progress.NONE);
            p.docxExporter()
                    .export(
                            new ExportOptions(ExportOptions.Kind.CLEAN, "Rev.1", ExportOptions.Sources.ANNEX),
                            annex,
                            false,
                            Progress.NONE);
            var coverage = p.coverage();
            new TransparencyReportWriter(ZoneOffset.UTC, p.docxExporter().words())
                    .write(coverage.report(coverage.scope("Rev.1")), report, TransparencyReportWriter.Progress.NONE);
            new TransparencyReportWriter(ZoneOffset.UTC, p.docxExporter().words())
                    .write(
                            coverage.report(CoverageScope.workingDraft()),
                            draftReport,
                            TransparencyReportWriter.Progress.NONE);

            set.undo();
            assertEquals("en", p.documentLanguage().tag(), "undone");
            p.docxExporter()
                    .export(
                            ExportOptions.redline(SampleProject.FIRST_REVISION, "Rev.1"),
                            englishAgain,
                            false,
                            Progress.NONE);
            set.redo();
            assertEquals("fr", p.documentLanguage().tag(), "redone");
            assertThrows(CommandRefused.class, () -> p.documentLanguage().set("de"));
        }
        DocxExporterTest.assertValid(redline);
        assertTrue(header(redline).contains(frenchHeader), header(redline));
        assertTrue(header(englishAgain).contains("Rev.1 compared with " + SampleProject.FIRST_REVISION));

        String annexText = text(annex);
        assertTrue(annexText.contains(FRENCH.get("annex.sources.heading")), annexText);
        assertFalse(annexText.contains(ENGLISH.get("annex.sources.heading")));

        String reportText = text(report);
        for (String key : new String[] {"report.summary", "report.sources.heading", "report.uptake.groups"}) {
            assertTrue(reportText.contains(FRENCH.get(key)), key + " in French: " + FRENCH.get(key));
            assertFalse(reportText.contains(ENGLISH.get(key)), key + " not in English");
        }
        // what "reflected" means, said by the coverage service, is in the document's language too
        assertTrue(reportText.contains(FRENCH.get("coverage.scope.definitionOfRevision", "Rev.1")), reportText);
        assertFalse(reportText.contains("An input counts as reflected"), reportText);
        String draftText = text(draftReport);
        assertTrue(draftText.contains(FRENCH.get("coverage.scope.definition")), draftText);
        assertFalse(draftText.contains("An input counts as reflected"), draftText);
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(report))) {
            String footer = doc.getFooterList().stream().map(f -> f.getText()).collect(Collectors.joining("\n"));
            assertTrue(footer.contains(" \u00B7 page ") && footer.contains(" sur "), footer);
            assertFalse(footer.contains(" of "), footer);
        }
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(draftReport))) {
            assertEquals(
                    "Rapport de transparence\u00a0: Version de travail",
                    doc.getProperties().getCoreProperties().getTitle());
        }
    }

    private static String header(Path file) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(file))) {
            return doc.getHeaderList().stream().map(h -> h.getText()).collect(Collectors.joining("\n"));
        }
    }

    private static String text(Path file) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(file))) {
            StringBuilder b = new StringBuilder();
            for (XWPFParagraph para : doc.getParagraphs()) {
                b.append(para.getText()).append('\n');
            }
            doc.getTables().forEach(t -> b.append(t.getText()).append('\n'));
            return b.toString();
        }
    }
}
