package org.penholder.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.model.BlockKind;
import org.penholder.model.LinkedPassage;
import org.penholder.model.RevisionBlock;
import org.penholder.project.Project;
import org.penholder.project.SampleProject;

/** The clean text as it goes out: UN style, real numbering, ids inside, schema-valid, and read back the same. */
class DocxExporterTest {

    @TempDir
    Path dir;

    Project project;

    @BeforeEach
    void open() {
        project = TestFiles.openSample(dir);
    }

    @AfterEach
    void close() {
        project.close();
    }

    static XWPFDocument poi(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    static void assertValid(Path file) {
        OoxmlValidation.Report report = OoxmlValidation.validate(file);
        assertTrue(report.isValid(), file + ": " + report.errors());
        assertTrue(
                report.validated()
                        .containsAll(List.of(
                                "word/document.xml",
                                "word/styles.xml",
                                "word/numbering.xml",
                                "word/header1.xml",
                                "word/footer1.xml",
                                "word/settings.xml",
                                "docProps/custom.xml")),
                report.toString());
    }

    /** What a reader of the file sees of a text: kind, id, label and text of every block. */
    static List<String> blocksOf(CirculatedText text) {
        return text.blocks().stream()
                .map(b -> b.kind() + "|" + b.id() + "|" + (b.label() == null ? "" : b.label()) + "|" + b.text())
                .toList();
    }

    static List<String> blocksOf(ImportedDraft draft) {
        return draft.blocks().stream()
                .map(b -> b.kind() + "|" + b.embeddedId() + "|"
                        + (b.label() == null ? "" : b.label().code()) + "|" + b.text())
                .toList();
    }

    @Test
    void aRevisionGoesOutValidAndComesBackTheSame() throws Exception {
        Path out = dir.resolve("zero.docx");
        var result = project.docxExporter()
                .export(
                        new ExportOptions(
                                ExportOptions.Kind.CLEAN, SampleProject.FIRST_REVISION, ExportOptions.Sources.NONE),
                        out,
                        false,
                        Progress.NONE);
        assertEquals(28, result.paragraphs());
        assertValid(out);

        CirculatedText sent = project.docxExporter().text(SampleProject.FIRST_REVISION);
        ImportedDraft back = new DraftDocxReader().read(out, Progress.NONE);
        assertEquals(blocksOf(sent), blocksOf(back));
        assertEquals(sent.title(), back.title());
        assertEquals("A/80/L.xx", back.symbol());
        assertEquals(SampleProject.FIRST_REVISION, back.fromVersion().orElseThrow());
        assertEquals(List.of(), back.warnings());
    }

    @Test
    void operativeParagraphsAreNumberedByWordAndPreambularOnesOpenInItalics() throws Exception {
        Path out = dir.resolve("clean.docx");
        project.docxExporter().export(ExportOptions.clean(), out, false, Progress.NONE);
        try (XWPFDocument doc = poi(out)) {
            List<XWPFParagraph> operative = doc.getParagraphs().stream()
                    .filter(p -> UnDocument.OPERATIVE.equals(p.getStyleID()))
                    .toList();
            assertEquals(23, operative.size());
            for (XWPFParagraph p : operative) {
                assertNotNull(p.getNumID(), "numbered by Word: " + p.getText());
                assertFalse(Character.isDigit(p.getText().charAt(0)), "no typed number: " + p.getText());
            }
            XWPFParagraph pp1 = doc.getParagraphs().stream()
                    .filter(p -> UnDocument.PREAMBULAR.equals(p.getStyleID()))
                    .findFirst()
                    .orElseThrow();
            XWPFRun first = pp1.getRuns().get(0);
            assertEquals("Reaffirming", first.text());
            assertTrue(first.isItalic());
            assertFalse(pp1.getRuns().get(1).isItalic());
            assertTrue(doc.getHeaderList().get(0).getText().contains("A/80/L.xx"));
            assertTrue(doc.getHeaderList().get(0).getText().contains("Current draft"));
            String footer = doc.getFooterList().get(0)._getHdrFtr().xmlText();
            assertTrue(footer.contains("PAGE") && footer.contains("NUMPAGES"), footer);
            var size = doc.getDocument().getBody().getSectPr().getPgSz();
            assertEquals(11906, ((java.math.BigInteger) size.getW()).intValue(), "A4 width");
            assertTrue(doc.getParagraphs().stream()
                    .anyMatch(p ->
                            "Heading1".equals(p.getStyleID()) && p.getText().equals("ICT for Development")));
        }
    }

    @Test
    void sourcesGoAsFootnotesNamingStakeholderAndGroup() throws Exception {
        Path out = dir.resolve("footnotes.docx");
        var result = project.docxExporter()
                .export(
                        new ExportOptions(ExportOptions.Kind.CLEAN, null, ExportOptions.Sources.FOOTNOTES),
                        out,
                        false,
                        Progress.NONE);
        assertValid(out);
        long withSources = project.drafts().load().paragraphs().stream()
                .filter(p -> !project.links().ofParagraph(p.id()).isEmpty())
                .count();
        assertEquals(withSources, result.sources());
        try (XWPFDocument doc = poi(out)) {
            assertEquals(withSources, doc.getFootnotes().size());
            String all = String.join(
                    "\n",
                    doc.getFootnotes().stream()
                            .map(f -> f.getCTFtnEdn().xmlText())
                            .toList());
            assertTrue(
                    all.contains("Youth networks (Youth), Environmental Impacts, Virtual consultation, 29 July 2025"),
                    all);
        }
        assertEquals(
                blocksOf(project.docxExporter().text(null)),
                blocksOf(new DraftDocxReader().read(out, Progress.NONE)),
                "footnote references do not change the text read back");
    }

    @Test
    void sourcesGoInAnAnnexTableWithTheQuotedPassages() throws Exception {
        Path out = dir.resolve("annex.docx");
        var result = project.docxExporter()
                .export(
                        new ExportOptions(ExportOptions.Kind.CLEAN, null, ExportOptions.Sources.ANNEX),
                        out,
                        false,
                        Progress.NONE);
        assertValid(out);
        assertEquals(project.links().count(), result.sources());
        try (XWPFDocument doc = poi(out)) {
            var table = doc.getTables().get(0);
            assertEquals(project.links().count() + 1, table.getRows().size(), "a heading row and a row per passage");
            assertEquals("Quoted passage", table.getRow(0).getCell(4).getText());
            LinkedPassage some = project.links()
                    .passagesOf(
                            project.drafts().load().paragraphsInOrder().get(0).id())
                    .get(0);
            assertTrue(table.getRow(1).getCell(4).getText().contains(some.link().quote()));
            assertEquals("PP1", table.getRow(1).getCell(0).getText());
        }
        ImportedDraft back = new DraftDocxReader().read(out, Progress.NONE);
        assertEquals(
                blocksOf(project.docxExporter().text(null)),
                blocksOf(back),
                "the annex is not read as part of the text");
    }

    @Test
    void aCancelledExportLeavesNoFileAndKeepsTheOldOne() throws Exception {
        Path out = dir.resolve("keep.docx");
        Files.writeString(out, "the file a delegation sent");
        AtomicInteger calls = new AtomicInteger();
        Progress cancelling = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                calls.incrementAndGet();
            }

            @Override
            public boolean isCancelled() {
                return calls.get() > 2;
            }
        };
        assertThrows(
                CancellationException.class,
                () -> project.docxExporter().export(ExportOptions.clean(), out, true, cancelling));
        assertEquals("the file a delegation sent", Files.readString(out));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".partial")), "no partial file left");
        }
        DocxException exists = assertThrows(
                DocxException.class,
                () -> project.docxExporter().export(ExportOptions.clean(), out, false, Progress.NONE));
        assertTrue(exists.getMessage().contains(out.toString())
                && exists.getMessage().contains("already exists"));
        org.penholder.draft.CommandRefused missing = assertThrows(
                org.penholder.draft.CommandRefused.class,
                () -> project.docxExporter()
                        .export(
                                new ExportOptions(ExportOptions.Kind.CLEAN, "Rev.9", ExportOptions.Sources.NONE),
                                dir.resolve("x.docx"),
                                false,
                                Progress.NONE));
        assertTrue(
                missing.getMessage().contains("no revision named \"Rev.9\"")
                        && missing.getMessage().contains("Zero draft"),
                missing.getMessage());
    }

    @Test
    void theExportOfTheCurrentDraftFollowsItsEdits() throws Exception {
        RevisionBlock op2 = project.docxExporter().text(null).paragraphs().stream()
                .filter(b -> b.kind() == BlockKind.OP)
                .skip(1)
                .findFirst()
                .orElseThrow();
        project.draftService().setText(op2.id(), "We\ttake note, with \"quotes\" & <brackets>.", TestAuthors.ME, null);
        Path out = dir.resolve("edited.docx");
        project.docxExporter().export(ExportOptions.clean(), out, false, Progress.NONE);
        assertValid(out);
        ImportedDraft back = new DraftDocxReader().read(out, Progress.NONE);
        assertEquals(
                "We\ttake note, with \"quotes\" & <brackets>.",
                back.blocks().stream()
                        .filter(b -> op2.id().equals(b.embeddedId()))
                        .findFirst()
                        .orElseThrow()
                        .text());
    }
}
