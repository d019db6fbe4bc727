package org.penholder.agreed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.adopted.AgreedLibrary;
import org.penholder.ingest.MadeFiles;
import org.penholder.model.AdoptedParagraph;
import org.penholder.model.AdoptedText;
import org.penholder.model.ParagraphKind;
import org.penholder.model.SearchQuery;
import org.penholder.project.Project;
import org.penholder.store.StoreException;

class AgreedLibraryTest {

    @TempDir
    Path dir;

    private Project project(String name) {
        return Project.create(dir.resolve(name + ".penholder"), "Coastal draft", null);
    }

    private static List<String> numbers(Project p, AdoptedText t) {
        return p.agreed().paragraphs(t.id()).stream()
                .map(AdoptedParagraph::number)
                .toList();
    }

    private static List<String> texts(Project p, AdoptedText t) {
        return p.agreed().paragraphs(t.id()).stream()
                .map(AdoptedParagraph::text)
                .toList();
    }

    private static List<String> expectedA() {
        List<String> out = new ArrayList<>(MadeUpLibrary.A_PREAMBLE);
        out.addAll(MadeUpLibrary.A_OPERATIVE);
        return out;
    }

    @Test
    void textMarkdownAndHtmlAreSplitIntoTheirNumberedParagraphsWithTheMastheadsDetails() {
        try (Project p = project("formats")) {
            AgreedLibrary.Report r = p.agreedLibrary()
                    .importFiles(
                            List.of(MadeUpLibrary.textA(dir), MadeUpLibrary.markdownB(dir), MadeUpLibrary.htmlC(dir)),
                            AgreedLibrary.Details.NONE);
            assertEquals(3, r.imported().size(), r.skipped().toString());
            AdoptedText a = r.imported().get(0).text();
            assertEquals(MadeUpLibrary.A_SYMBOL, a.symbol());
            assertEquals(MadeUpLibrary.A_TITLE, a.title());
            assertEquals(LocalDate.of(2031, 3, 14), a.date());
            assertEquals("en", a.language());
            assertEquals(List.of("PP1", "PP2", "PP3", "1", "2", "3", "4"), numbers(p, a));
            assertEquals(expectedA(), texts(p, a));

            AdoptedText b = r.imported().get(1).text();
            assertEquals(MadeUpLibrary.B_TITLE, b.title());
            assertEquals(LocalDate.of(2032, 2, 1), b.date());
            assertEquals(List.of("PP1", "PP2", "1", "2", "2 bis"), numbers(p, b));
            assertEquals(MadeUpLibrary.B_PREAMBLE.get(0), texts(p, b).get(0));

            AdoptedText c = r.imported().get(2).text();
            assertEquals(List.of("1", "2", "3"), numbers(p, c));
            assertEquals(MadeUpLibrary.C_PARAGRAPHS, texts(p, c));
            assertEquals(ParagraphKind.OP, p.agreed().paragraphs(c.id()).get(0).kind());
            assertEquals(MadeUpLibrary.C_TITLE, c.title());
        }
    }

    @Test
    void wordAndPdfFilesMadeByLibreOfficeGiveTheSameParagraphsAndNumbers() throws Exception {
        Path html = MadeUpLibrary.write(dir.resolve("a-res-90-101.html"), MadeUpLibrary.htmlA());
        Path docx = Soffice.convert(html, "docx:MS Word 2007 XML", "docx");
        Path pdfDir = Files.createDirectories(dir.resolve("pdf"));
        Path pdf = Soffice.convert(Files.copy(docx, pdfDir.resolve("a-res-90-101.docx")), "pdf", "pdf");
        try (Project p = project("word")) {
            AgreedLibrary.Report word = p.agreedLibrary()
                    .importFiles(
                            List.of(docx),
                            new AgreedLibrary.Details(MadeUpLibrary.A_SYMBOL, null, LocalDate.of(2031, 3, 14), null));
            assertEquals(1, word.imported().size(), word.skipped().toString());
            AdoptedText a = word.imported().getFirst().text();
            assertEquals(List.of("PP1", "PP2", "PP3", "1", "2", "3", "4"), numbers(p, a), "Word's own numbering");
            assertEquals(expectedA(), texts(p, a));

            // the same text again, as a PDF and as plain text: known by its paragraphs, not stored twice
            AgreedLibrary.Report again =
                    p.agreedLibrary().importFiles(List.of(pdf, MadeUpLibrary.textA(dir)), AgreedLibrary.Details.NONE);
            assertEquals(0, again.imported().size(), again.imported().toString() + again.skipped());
            assertEquals(2, again.duplicates().size());
            assertEquals(a.id(), again.duplicates().getFirst().existing().id());
        }
    }

    @Test
    void hostileAndWrongFilesAreRefusedWithTheFileAndTheReasonAndTheRestGoIn() throws Exception {
        Path secret = MadeFiles.write(dir.resolve("secret.txt"), "TOP SECRET");
        List<Path> files = List.of(
                MadeFiles.write(dir.resolve("empty.txt"), ""),
                MadeFiles.jpegNamed(dir.resolve("photo.pdf")),
                MadeFiles.zipBomb(dir.resolve("bomb.docx")),
                MadeFiles.externalEntity(dir.resolve("xxe.docx"), secret),
                MadeFiles.pdf(dir.resolve("locked.pdf"), "pw", "Recalling its resolution,"),
                MadeUpLibrary.write(dir.resolve("binary.html"), "<html>\u0000\u0001\u0002</html>"),
                MadeUpLibrary.write(dir.resolve("nothing.html"), "<html><body><script>x()</script></body></html>"),
                dir.resolve("missing.md"),
                MadeUpLibrary.htmlC(dir));
        try (Project p = project("hostile")) {
            AgreedLibrary.Report r = p.agreedLibrary().importFiles(files, AgreedLibrary.Details.NONE);
            assertEquals(1, r.imported().size(), r.skipped().toString());
            assertEquals(8, r.skipped().size(), r.skipped().toString());
            String all = r.skipped().toString();
            assertTrue(reason(r, "empty.txt").contains("empty"), all);
            assertTrue(reason(r, "photo.pdf").contains("image"), all);
            assertTrue(
                    reason(r, "bomb.docx").contains("zip bomb")
                            || reason(r, "bomb.docx").contains("large"),
                    all);
            assertTrue(reason(r, "xxe.docx").contains("document type"), all);
            assertTrue(reason(r, "locked.pdf").contains("password"), all);
            assertTrue(reason(r, "binary.html").contains("binary"), all);
            assertTrue(reason(r, "nothing.html").contains("no paragraphs"), all);
            assertTrue(reason(r, "missing.md").contains("does not exist"), all);
            assertEquals(1, p.agreed().countTexts());
            assertTrue(texts(p, p.agreed().texts().getFirst()).stream().noneMatch(t -> t.contains("SECRET")));
        }
    }

    private static String reason(AgreedLibrary.Report r, String name) {
        return r.skipped().stream()
                .filter(s -> s.file().getFileName().toString().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " was not skipped: " + r))
                .reason();
    }

    @Test
    void anAdoptedTextNeverChangesOnceImportedAndCanBeSearchedAndRemoved() {
        try (Project p = project("immutable")) {
            p.agreedLibrary().importFiles(List.of(MadeUpLibrary.textA(dir)), AgreedLibrary.Details.NONE);
            AdoptedText a = p.agreed().texts().getFirst();
            StoreException e = assertThrows(
                    StoreException.class,
                    () -> org.penholder.store.TestSql.execute(
                            p.database(), "UPDATE agreed_paragraph SET text = 'changed' WHERE text_id = " + a.id()));
            assertTrue(e.getMessage().contains("never changes"), e.getMessage());
            assertEquals(expectedA(), texts(p, a));
            assertTrue(a.uid().length() >= 20);

            var hits = p.agreed().search(SearchQuery.parse("satellite chart*"), 10);
            assertEquals(1, hits.size());
            assertEquals("2", hits.getFirst().paragraph().number());
            assertEquals(MadeUpLibrary.A_SYMBOL, hits.getFirst().text().symbol());
            assertEquals(List.of(), p.agreed().search(SearchQuery.parse("\"OR NOT\" AND"), 10));

            p.agreed().remove(a.id());
            assertEquals(0, p.agreed().countTexts());
            assertEquals(List.of(), p.agreed().search(SearchQuery.parse("satellite"), 10));
        }
    }
}
