package org.penholder.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.adopted.AgreedLibrary;
import org.penholder.agreed.MadeUpLibrary;
import org.penholder.coverage.TransparencyReport;
import org.penholder.model.Author;
import org.penholder.model.ParagraphKind;
import org.penholder.project.Project;

/** The Word export cites agreed language, and the transparency report gives its share per paragraph and section. */
class AgreedExportTest {

    private static final Author ME = new Author("Ana Drafter", "Co-facilitators");

    @TempDir
    Path dir;

    private Project project;

    @BeforeEach
    void create() {
        project = Project.create(dir.resolve("export.penholder"), "Coastal draft", "A/91/L.5");
        project.agreedLibrary().importFiles(List.of(MadeUpLibrary.textA(dir)), AgreedLibrary.Details.NONE);
        var d = project.draftService();
        d.insertParagraph("pp1", null, 0, ParagraphKind.PP, MadeUpLibrary.A_PREAMBLE.get(1), ME);
        d.addSection("s1", "Observatories", 0, ME);
        d.insertParagraph(
                "op1",
                "s1",
                0,
                ParagraphKind.OP,
                "We reaffirm the commitment to open tide tables published every season by each coastal observatory"
                        + " in all official languages, and we welcome the new ferry timetable.",
                ME);
        d.insertParagraph("op2", "s1", 1, ParagraphKind.OP, "Welcomes the new ferry timetable.", ME);
    }

    @AfterEach
    void close() {
        project.close();
    }

    @Test
    void agreedLanguageIsCitedInFootnotesNamingTheAdoptedParagraphAndShare() throws Exception {
        Path out = dir.resolve("agreed-footnotes.docx");
        var result = project.docxExporter()
                .export(ExportOptions.clean().withAgreed(ExportOptions.Sources.FOOTNOTES), out, false, Progress.NONE);
        DocxExporterTest.assertValid(out);
        assertEquals(2, result.sources(), "two paragraphs reuse agreed language");
        try (XWPFDocument doc = DocxExporterTest.poi(out)) {
            List<String> notes = doc.getFootnotes().stream()
                    .map(f -> f.getParagraphs().getFirst().getText().strip())
                    .toList();
            assertEquals(
                    List.of(
                            "Agreed language: A/RES/90/101, PP2 of 14 March 2031 (100% of the words).",
                            "Agreed language: A/RES/90/101, para. 1 of 14 March 2031 (69% of the words)."),
                    notes);
        }
    }

    @Test
    void agreedLanguageGoesInAnAnnexWithTheWordingShared() throws Exception {
        Path out = dir.resolve("agreed-annex.docx");
        project.docxExporter()
                .export(
                        new ExportOptions(ExportOptions.Kind.CLEAN, null, ExportOptions.Sources.ANNEX)
                                .withAgreed(ExportOptions.Sources.ANNEX),
                        out,
                        false,
                        Progress.NONE);
        DocxExporterTest.assertValid(out);
        try (XWPFDocument doc = DocxExporterTest.poi(out)) {
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().equals("Annex: agreed language")));
            XWPFTable annex = doc.getTables().getLast();
            assertEquals("Adopted text", annex.getRow(0).getCell(1).getText());
            assertEquals(3, annex.getNumberOfRows());
            assertEquals("PP1", annex.getRow(1).getCell(0).getText());
            assertTrue(annex.getRow(1).getCell(1).getText().startsWith("A/RES/90/101, " + MadeUpLibrary.A_TITLE));
            assertEquals("para. 1", annex.getRow(2).getCell(2).getText());
            assertEquals("69%", annex.getRow(2).getCell(3).getText());
            assertTrue(annex.getRow(2).getCell(4).getText().startsWith("\u201Creaffirm the commitment to open tide"));
        }
    }

    @Test
    void theTransparencyReportGivesAgreedAndNewLanguageByParagraphAndSection() throws Exception {
        TransparencyReport report = project.coverage().report(project.coverage().scope(null));
        assertTrue(report.tracesAgreedLanguage());
        var sections = report.agreedBySection();
        assertEquals(
                List.of("Preamble", "Observatories"),
                sections.stream().map(TransparencyReport.LanguageShare::name).toList());
        assertEquals(1.0, sections.get(0).agreedShare(), 1e-9);
        assertEquals(18.0 / (26 + 5), sections.get(1).agreedShare(), 1e-9, "18 of the section's 31 words are agreed");
        Path out = dir.resolve("report.docx");
        new TransparencyReportWriter(ZoneId.of("UTC")).write(report, out, TransparencyReportWriter.Progress.NONE);
        assertEquals(List.of(), WordSchemas.errors(out));
        try (XWPFDocument doc = DocxExporterTest.poi(out)) {
            String all = String.join(
                    "\n", doc.getParagraphs().stream().map(p -> p.getText()).toList());
            assertTrue(all.contains("Agreed and new language"), all);
            assertTrue(all.contains("Agreed language: A/RES/90/101, para. 1 (69% of the words)"), all);
            XWPFTable shares = doc.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("Section or paragraph"))
                    .findFirst()
                    .orElseThrow();
            assertEquals("Preamble", shares.getRow(1).getCell(0).getText());
            assertEquals("100%", shares.getRow(1).getCell(2).getText());
            assertEquals("Observatories", shares.getRow(3).getCell(0).getText());
            assertEquals("58%", shares.getRow(3).getCell(2).getText());
            assertEquals("0%", shares.getRow(5).getCell(2).getText(), "OP2 is new language");
        }
    }
}
