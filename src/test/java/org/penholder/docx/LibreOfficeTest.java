package org.penholder.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.penholder.TestFiles;
import org.penholder.model.AmendmentKind;
import org.penholder.model.AmendmentStatus;
import org.penholder.model.ParagraphKind;
import org.penholder.project.Project;
import org.penholder.project.SampleProject;

/**
 * What Penholder writes opens in LibreOffice, prints its numbers ("2 bis", the gap, "7 decies") and
 * its three scripts in the fonts chosen, and comes back unchanged after LibreOffice has saved it
 * again (ids, numbers and text). Two LibreOffice runs convert every file at once. The converted
 * files stay in target/docx-libreoffice to be looked at.
 */
class LibreOfficeTest {

    private static final Path OUT = Path.of("target", "docx-libreoffice").toAbsolutePath();
    private static final Map<String, Path> WRITTEN = new LinkedHashMap<>();
    private static final Map<String, CirculatedText> SENT = new LinkedHashMap<>();
    private static final Map<String, Path> PDF = new LinkedHashMap<>();
    private static final Map<String, Path> RESAVED = new LinkedHashMap<>();
    /** The older text of each redline written. */
    private static final Map<String, CirculatedText> OLDER = new LinkedHashMap<>();

    private static final Map<String, Path> ACCEPTED = new LinkedHashMap<>();
    private static final Map<String, Path> REJECTED = new LinkedHashMap<>();

    @BeforeAll
    static void writeAndConvert() throws Exception {
        LibreOffice.require();
        Path work = Files.createDirectories(OUT.resolve("written"));
        try (var old = Files.list(work)) {
            for (Path f : old.toList()) {
                Files.delete(f);
            }
        }
        Path projects = Files.createTempDirectory("penholder-lo");
        try (Project p = TestFiles.openSample(Files.createDirectories(projects.resolve("a")))) {
            write(
                    p,
                    "clean",
                    new ExportOptions(
                            ExportOptions.Kind.CLEAN, SampleProject.FIRST_REVISION, ExportOptions.Sources.FOOTNOTES),
                    work);
            write(p, "annex", new ExportOptions(ExportOptions.Kind.CLEAN, null, ExportOptions.Sources.ANNEX), work);
            var eu = p.stakeholders().findOrCreate("European Union", "Observer/IGO", null);
            var op1 = p.draftService().draft().paragraphsInOrder().stream()
                    .filter(x -> x.kind() == ParagraphKind.OP)
                    .findFirst()
                    .orElseThrow();
            CompilationExportTest.proposal(
                    p,
                    eu,
                    AmendmentKind.REPLACE_TEXT,
                    op1.id(),
                    op1.text(),
                    op1.text().replace("We commit to support", "We commit firmly to support"),
                    AmendmentStatus.PROPOSED,
                    null,
                    "Stronger language");
            write(
                    p,
                    "compilation",
                    new ExportOptions(ExportOptions.Kind.COMPILATION, null, ExportOptions.Sources.NONE),
                    work);
            FrozenNumberingExportTest.freezeAndEdit(p);
            write(p, "frozen", ExportOptions.clean(), work);
        }
        try (Project p = TestFiles.openSample(Files.createDirectories(projects.resolve("f")))) {
            FootnotesExportTest.footnote(p);
            write(
                    p,
                    "footnoted",
                    new ExportOptions(ExportOptions.Kind.CLEAN, null, ExportOptions.Sources.FOOTNOTES),
                    work);
        }
        try (Project p = ScriptsRoundTripTest.multilingual(projects.resolve("m.penholder"))) {
            write(p, "scripts", ExportOptions.clean(), work);
        }
        try (Project p = TestFiles.openSample(Files.createDirectories(projects.resolve("r")))) {
            RedlineExportTest.editAndFreeze(p);
            write(p, "redline", ExportOptions.redline(SampleProject.FIRST_REVISION, "Rev.1"), work);
            OLDER.put("redline", p.docxExporter().text(SampleProject.FIRST_REVISION));
        }
        try (Project p = RedlineExportTest.multilingualRevisions(projects.resolve("mr.penholder"))) {
            write(p, "scripts-redline", ExportOptions.redline("Zero draft", "Rev.1"), work);
            OLDER.put("scripts-redline", p.docxExporter().text("Zero draft"));
        }
        WRITTEN.put("tracked", RunWriterTest.trackedParagraphs(work.resolve("tracked.docx")));
        List<Path> all = new ArrayList<>(WRITTEN.values());
        List<Path> pdfs = LibreOffice.convert(all, "pdf", OUT.resolve("pdf"), Duration.ofSeconds(120));
        List<String> names = new ArrayList<>(WRITTEN.keySet());
        for (int i = 0; i < names.size(); i++) {
            PDF.put(names.get(i), pdfs.get(i));
        }
        List<String> texts =
                List.of("clean", "frozen", "scripts", "footnoted", "tracked", "redline", "scripts-redline");
        List<Path> resaved = LibreOffice.convert(
                texts.stream().map(WRITTEN::get).toList(),
                "docx:MS Word 2007 XML",
                OUT.resolve("resaved"),
                Duration.ofSeconds(120));
        for (int i = 0; i < texts.size(); i++) {
            RESAVED.put(texts.get(i), resaved.get(i));
        }
        List<String> redlines = List.of("redline", "scripts-redline");
        LibreOffice.resolveChanges(
                redlines.stream().map(WRITTEN::get).toList(),
                OUT.resolve("accepted"),
                OUT.resolve("rejected"),
                Duration.ofSeconds(120));
        for (String name : redlines) {
            ACCEPTED.put(name, OUT.resolve("accepted").resolve(name + ".docx"));
            REJECTED.put(name, OUT.resolve("rejected").resolve(name + ".docx"));
        }
    }

    private static void write(Project p, String name, ExportOptions options, Path dir) {
        Path file = dir.resolve(name + ".docx");
        p.docxExporter().export(options, file, true, Progress.NONE);
        WRITTEN.put(name, file);
        SENT.put(name, p.docxExporter().text(options.revision()));
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static Set<String> fonts(Path pdf) throws Exception {
        Set<String> fonts = new HashSet<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name).getName());
                }
            }
        }
        return fonts;
    }

    @Test
    void everyFileOpensAndPrints() throws Exception {
        for (var e : PDF.entrySet()) {
            try (PDDocument doc = Loader.loadPDF(e.getValue().toFile())) {
                assertTrue(doc.getNumberOfPages() >= 1, e.getKey());
            }
        }
        String clean = text(PDF.get("clean"));
        assertTrue(clean.contains("A/80/L.xx") && clean.contains("Zero draft"), "symbol and version in the header");
        assertTrue(clean.contains("1/") && clean.contains("Reaffirming"), clean.substring(0, 300));
        assertTrue(clean.contains("Source: Member-State representatives (Member State)"), "footnotes print");
        assertTrue(text(PDF.get("annex")).contains("Annex: sources of the paragraphs"));
        String compilation = text(PDF.get("compilation"));
        assertTrue(compilation.contains("Compilation of proposals") && compilation.contains("European Union"));
    }

    @Test
    void unNumberingSurvivesLibreOffice() throws Exception {
        // compared without spaces: how much room a tab leaves is the layout's business
        String printed = text(PDF.get("frozen")).replaceAll("\\s+", "");
        for (String number : List.of(
                "1. We commit",
                "2 bis. We add a paragraph",
                "2 ter. We add another one",
                "4. We recognize",
                "6. We call for stronger links",
                "7 novies. Added after seven, number 8",
                "7 decies. Added after seven, number 9")) {
            assertTrue(printed.contains(number.replace(" ", "")), number + " in: " + printed);
        }
        assertTrue(
                !java.util.regex.Pattern.compile("(?<![0-9])5\\.We")
                        .matcher(printed)
                        .find(),
                "the gap after 4 stays: 5 was deleted");
    }

    @Test
    void libreOfficeKeepsOurTrackedChangesAsChanges() throws Exception {
        Path resaved = RESAVED.get("tracked");
        assertEquals(RunWriterTest.ACCEPTED, CorporaImportTest.texts(resaved, false));
        assertEquals(RunWriterTest.REJECTED, CorporaImportTest.texts(resaved, true));
    }

    @Test
    void libreOfficeKeepsTheRedlinesChangesAndPrintsThem() throws Exception {
        for (String name : OLDER.keySet()) {
            Path resaved = RESAVED.get(name);
            assertEquals(
                    RedlineExportTest.shownInRedline(SENT.get(name)), CorporaImportTest.texts(resaved, false), name);
            assertEquals(
                    RedlineExportTest.shownInRedline(OLDER.get(name)), CorporaImportTest.texts(resaved, true), name);
        }
        String printed = text(PDF.get("redline")).replaceAll("\\s+", "");
        assertTrue(printed.contains("tostronglysupport") && printed.contains("Rev.1comparedwithZerodraft"), printed);
        assertFalse(
                java.util.regex.Pattern.compile("\\[\\d+\\.\\]")
                        .matcher(printed)
                        .find(),
                "numbers print once, never as \"22.[25.]\": " + printed);
    }

    @Test
    void libreOfficesAcceptAllAndRejectAllGiveTheTwoRevisions() throws Exception {
        for (String name : OLDER.keySet()) {
            assertEquals(
                    RedlineExportTest.shownInRedline(SENT.get(name)),
                    CorporaImportTest.texts(ACCEPTED.get(name), false),
                    name);
            assertEquals(
                    RedlineExportTest.shownInRedline(OLDER.get(name)),
                    CorporaImportTest.texts(REJECTED.get(name), false),
                    name);
            for (Path f : List.of(ACCEPTED.get(name), REJECTED.get(name))) {
                assertEquals(
                        0,
                        RedlineExportTest.paragraphs(f).stream()
                                .mapToInt(WordParagraph::changeCount)
                                .sum(),
                        f + " holds no tracked change any more");
            }
        }
        Path accepted = ACCEPTED.get("redline");
        Path rejected = REJECTED.get("redline");
        ImportedDraft back = new DraftDocxReader().read(accepted, Progress.NONE);
        assertEquals(
                DocxExporterTest.blocksOf(SENT.get("redline")),
                DocxExporterTest.blocksOf(back),
                "accepted by LibreOffice, the redline reads as the newer revision: paragraphs, numbers, ids, text");
        ImportedDraft before = new DraftDocxReader().read(rejected, Progress.NONE);
        assertEquals(
                withoutIds(DocxExporterTest.blocksOf(OLDER.get("redline"))),
                withoutIds(DocxExporterTest.blocksOf(before)),
                "rejected by LibreOffice, it reads as the older revision: kinds (a preambular paragraph again), numbers, text");
    }

    private static List<String> withoutIds(List<String> blocks) {
        return blocks.stream().map(b -> b.replaceFirst("\\|[^|]*\\|", "||")).toList();
    }

    @Test
    void whatLibreOfficeSavesComesBackTheSame() {
        for (String name : List.of("clean", "frozen", "scripts")) {
            ImportedDraft back = new DraftDocxReader().read(RESAVED.get(name), Progress.NONE);
            assertEquals(DocxExporterTest.blocksOf(SENT.get(name)), DocxExporterTest.blocksOf(back), name);
            assertEquals(SENT.get(name).title(), back.title(), name);
        }
    }

    @Test
    void footnotesComeBackFromLibreOfficeWhereTheyStoodAndPrint() throws Exception {
        CirculatedText sent = SENT.get("footnoted");
        ImportedDraft back = new DraftDocxReader().read(RESAVED.get("footnoted"), Progress.NONE);
        assertEquals(DocxExporterTest.blocksOf(sent), DocxExporterTest.blocksOf(back), "paragraphs, numbers, text");
        List<String> notes = new ArrayList<>();
        for (var b : sent.blocks()) {
            b.footnotes().forEach(f -> notes.add(b.id() + "@" + f.anchor() + ":" + f.text()));
        }
        assertEquals(4, notes.size());
        assertEquals(notes, FootnotesExportTest.notesOf(back.blocks()), "the draft's footnotes, the sources' left out");
        String printed = text(PDF.get("footnoted")).replaceAll("\\s+", " ");
        assertTrue(printed.contains("See E/CN.16/2025/2, para. 12."), printed);
        assertTrue(printed.contains("Source: Member-State representatives"), "sources print beside them");
        Path out = OUT.resolve("png");
        Files.createDirectories(out);
        Process png = new ProcessBuilder(
                        "pdftoppm",
                        "-png",
                        "-r",
                        "80",
                        "-f",
                        "1",
                        "-l",
                        "1",
                        PDF.get("footnoted").toString(),
                        out.resolve("footnoted").toString())
                .redirectErrorStream(true)
                .start();
        assertTrue(png.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) && png.exitValue() == 0);
    }

    @Test
    void threeScriptsPrintInTheChosenFonts() throws Exception {
        Path pdf = PDF.get("scripts");
        // compared without spaces (justified lines, spacing between Chinese and digits); the order of
        // Arabic letters in extracted PDF text is the renderer's, so Arabic is checked by its font
        String printed = text(pdf).replaceAll("\\s+", "");
        assertTrue(printed.contains(ScriptsRoundTripTest.CHINESE.replaceAll("\\s+", "")), printed);
        assertTrue(printed.contains(ScriptsRoundTripTest.RUSSIAN.replaceAll("\\s+", "")), printed);
        Set<String> fonts = fonts(pdf);
        assertTrue(fonts.stream().anyMatch(f -> f.contains("NotoNaskhArabic")), fonts.toString());
        assertTrue(fonts.stream().anyMatch(f -> f.contains("NotoSerifCJK")), fonts.toString());
        assertTrue(fonts.stream().anyMatch(f -> f.contains("NotoSerif-")), fonts.toString());
    }
}
