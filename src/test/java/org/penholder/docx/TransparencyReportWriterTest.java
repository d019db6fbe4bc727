package org.penholder.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.coverage.CoverageScope;
import org.penholder.coverage.MadeUpProject;
import org.penholder.coverage.TransparencyReport;

/** The transparency report as a Word file: valid OOXML, the right figures, readable by LibreOffice. */
class TransparencyReportWriterTest {

    @TempDir
    Path dir;

    MadeUpProject m;

    @BeforeEach
    void create() {
        m = new MadeUpProject(dir.resolve("made-up.penholder"));
    }

    @AfterEach
    void close() {
        m.project.close();
    }

    private Path write(TransparencyReport report, String name) throws IOException {
        Path out = dir.resolve(name);
        new TransparencyReportWriter(ZoneOffset.UTC).write(report, out, TransparencyReportWriter.Progress.NONE);
        return out;
    }

    private TransparencyReport rev1() {
        m.project.revisionService().freeze("Rev.1", null, MadeUpProject.AUTHOR);
        return m.project.coverage().report(m.project.coverage().scope("Rev.1"));
    }

    private static String allText(XWPFDocument doc) {
        StringBuilder out = new StringBuilder();
        doc.getParagraphs().forEach(p -> out.append(p.getText()).append('\n'));
        return out.toString();
    }

    private static List<String> row(XWPFTable table, String first) {
        return table.getRows().stream()
                .filter(r -> r.getCell(0).getText().equals(first))
                .findFirst()
                .map(r -> r.getTableCells().stream().map(c -> c.getText()).toList())
                .orElseThrow(() -> new AssertionError(first));
    }

    @Test
    void theReportIsValidOoxmlAndSaysWhatTheLinksSay() throws Exception {
        Path out = write(rev1(), "rev1.docx");
        assertEquals(List.of(), WordSchemas.errors(out));
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(out))) {
            String text = allText(doc);
            assertTrue(
                    text.startsWith("Transparency report\nMade-up outcome document\nA/80/L.0 · Rev.1, made on"), text);
            assertTrue(
                    text.contains(
                            "4 of 6 inputs (67%) are reflected in at least one paragraph. 3 of 4 paragraphs draw on "
                                    + "at least one input; 1 has no linked source."),
                    text);
            assertTrue(
                    text.contains("An input counts as reflected in Rev.1 when"),
                    "the report says what reflected means");
            assertTrue(text.contains("1.\tWe commit to meaningful connectivity."), text);
            assertTrue(
                    text.contains(
                            "–\tInternet Society (Technical community), ISOC: written submission\n“multistakeholder model”"),
                    text);
            assertTrue(text.contains("3.\tWe decide to meet again.\nNo linked source."), text);
            List<XWPFTable> tables = doc.getTables();
            assertEquals(4, tables.size(), "groups, clusters, reflected inputs, inputs not reflected");
            assertEquals(List.of("Civil society", "2", "1", "1", "50%"), row(tables.get(0), "Civil society"));
            assertEquals(List.of("Academia", "0", "0", "0", "–"), row(tables.get(0), "Academia"));
            assertEquals(List.of("All inputs", "6", "4", "2", "67%"), row(tables.get(0), "All inputs"));
            assertEquals(
                    List.of("Internet Governance", "2", "2", "0", "100%"), row(tables.get(1), "Internet Governance"));
            assertEquals(
                    List.of(
                            "Association for Progressive Communications",
                            "Civil society",
                            "APC: written submission",
                            "OP1, OP2"),
                    row(tables.get(2), "Association for Progressive Communications"));
            assertEquals(
                    List.of(
                            "International Chamber of Commerce",
                            "Private sector",
                            "ICC: written submission",
                            "",
                            "29 July 2025"),
                    row(tables.get(3), "International Chamber of Commerce"));
            assertEquals(3, tables.get(3).getRows().size(), "a header and the two inputs not reflected");
            assertTrue(tables.get(3).getRow(0).isRepeatHeader(), "long tables repeat their header on each page");
            assertEquals(
                    "Transparency report: Rev.1",
                    doc.getProperties().getCoreProperties().getTitle());
        }
    }

    @Test
    void textThatXmlCannotCarryIsCleanedAndRightToLeftTextIsMarked() throws Exception {
        long arabic = m.project
                .inputs()
                .add(new org.penholder.store.InputStore.NewInput(
                        null,
                        null,
                        "مساهمة\u0001 مكتوبة",
                        null,
                        null,
                        "ar",
                        null,
                        "نؤكد على أهمية سد الفجوة الرقمية\u000B بين البلدان."))
                .id();
        m.link(m.op3, arabic, "سد الفجوة الرقمية");
        Path out = write(m.project.coverage().report(CoverageScope.workingDraft()), "mixed.docx");
        assertEquals(List.of(), WordSchemas.errors(out));
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(out))) {
            XWPFParagraph quote = doc.getParagraphs().stream()
                    .filter(p -> p.getText().contains("سد الفجوة الرقمية"))
                    .findFirst()
                    .orElseThrow();
            assertTrue(
                    quote.getRuns().stream()
                            .anyMatch(r -> r.getCTR().getRPr() != null
                                    && r.getCTR().getRPr().sizeOfRtlArray() > 0),
                    "the Arabic quote runs right to left");
            assertTrue(
                    allText(doc).contains("مساهمة مكتوبة") || allText(doc).contains("مساهمة مكتوبة".replace(" ", "")),
                    "the control character is gone from the title");
        }
    }

    @Test
    void aCancelledExportLeavesNoFileAndKeepsAnEarlierOne() throws Exception {
        TransparencyReport report = m.project.coverage().report(CoverageScope.workingDraft());
        Path out = dir.resolve("report.docx");
        Files.writeString(out, "an earlier report");
        AtomicLong updates = new AtomicLong();
        TransparencyReportWriter.Progress cancelAtOnce = new TransparencyReportWriter.Progress() {
            @Override
            public void update(long done, long total) {
                updates.incrementAndGet();
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(
                CancellationException.class,
                () -> new TransparencyReportWriter(ZoneOffset.UTC).write(report, out, cancelAtOnce));
        assertEquals("an earlier report", Files.readString(out));
        try (var files = Files.list(dir)) {
            assertEquals(
                    List.of(),
                    files.filter(f -> f.getFileName().toString().endsWith(".part"))
                            .toList(),
                    "no half-written file is left behind");
        }

        List<long[]> seen = new ArrayList<>();
        new TransparencyReportWriter(ZoneOffset.UTC).write(report, out, new TransparencyReportWriter.Progress() {
            @Override
            public void update(long done, long total) {
                seen.add(new long[] {done, total});
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        assertTrue(Files.size(out) > 5000, "the new report replaced the earlier file");
        if (out.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
            assertEquals(
                    Files.getPosixFilePermissions(plain),
                    Files.getPosixFilePermissions(out),
                    "the report can be shared like any file the person writes");
        }
        long[] last = seen.getLast();
        assertEquals(last[1], last[0], "progress ends at 100%");
    }

    @Test
    void aFolderThatDoesNotExistIsNamedInTheError() {
        Path out = dir.resolve("no-such-folder").resolve("report.docx");
        DocxException e = assertThrows(
                DocxException.class,
                () -> write(m.project.coverage().report(CoverageScope.workingDraft()), "no-such-folder/report.docx"));
        assertTrue(
                e.getMessage().contains(out.toString()) && e.getMessage().contains("folder does not exist"),
                e.getMessage());
    }

    @Test
    void libreOfficeOpensTheReport() throws Exception {
        Path soffice = LibreOffice.find();
        assumeTrue(soffice != null, "LibreOffice (soffice) is not installed; .ci/run installs it");
        Path out = write(rev1(), "rev1.docx");
        Path pdf = LibreOffice.toPdf(soffice, out, dir.resolve("pdf"), dir.resolve("lo-profile"));
        String text = LibreOffice.pdfText(pdf);
        assertTrue(text.contains("Transparency report"), text);
        assertTrue(text.contains("Uptake by stakeholder group"), text);
        assertTrue(text.contains("multistakeholder model"), text);
        assertTrue(text.contains("page 1 of"), "the footer numbers the pages: " + text);
        Path keep = Path.of(System.getProperty("penholder.report.pdf", ""));
        if (!keep.toString().isEmpty()) {
            Files.copy(pdf, keep, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** LibreOffice headless, as a test uses it: convert to PDF and read the PDF's text. */
    static final class LibreOffice {

        static Path find() {
            for (String candidate : List.of(
                    "/usr/bin/soffice",
                    "/usr/local/bin/soffice",
                    "/opt/libreoffice/program/soffice",
                    "/Applications/LibreOffice.app/Contents/MacOS/soffice")) {
                if (Files.isExecutable(Path.of(candidate))) {
                    return Path.of(candidate);
                }
            }
            return null;
        }

        static Path toPdf(Path soffice, Path docx, Path outDir, Path profile) throws Exception {
            Files.createDirectories(outDir);
            // a profile of its own, so a LibreOffice already running elsewhere does not take the job
            Process p = new ProcessBuilder(
                            soffice.toString(),
                            "-env:UserInstallation=" + profile.toUri(),
                            "--headless",
                            "--norestore",
                            "--convert-to",
                            "pdf",
                            "--outdir",
                            outDir.toString(),
                            docx.toString())
                    .redirectErrorStream(true)
                    .start();
            String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "LibreOffice took over two minutes");
            Path pdf = outDir.resolve(docx.getFileName().toString().replaceAll("\\.docx$", ".pdf"));
            assertTrue(Files.exists(pdf), "LibreOffice made no PDF: " + log);
            return pdf;
        }

        static String pdfText(Path pdf) throws IOException {
            try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
                return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            }
        }
    }
}
