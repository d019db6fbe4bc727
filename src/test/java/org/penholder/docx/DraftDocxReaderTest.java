package org.penholder.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.penholder.docx.DocxFixture.del;
import static org.penholder.docx.DocxFixture.ins;
import static org.penholder.docx.DocxFixture.numbered;
import static org.penholder.docx.DocxFixture.p;
import static org.penholder.docx.DocxFixture.run;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.model.BlockKind;
import org.penholder.text.Phrase;

/** Drafts written by other hands: what the reader recognises in them. */
class DraftDocxReaderTest {

    @TempDir
    Path dir;

    private static String bold(String text) {
        return "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
    }

    private static String centered(String text) {
        return "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>" + run(text) + "</w:p>";
    }

    private static List<String> blocks(ImportedDraft d) {
        return d.blocks().stream()
                .map(b -> b.kind() + " " + (b.label() == null ? "-" : b.label().code()) + " " + b.text())
                .toList();
    }

    private ImportedDraft read(String body) throws Exception {
        return new DraftDocxReader().read(DocxFixture.body(body).write(dir.resolve("draft.docx")), Progress.NONE);
    }

    @Test
    void aUnDraftFromWordKeepsItsMastheadStructureAndNumbers() throws Exception {
        ImportedDraft d = read(centered("United Nations") + p(null, "A/80/L.7") + bold("General Assembly")
                + p(null, "Eightieth session") + p(null, "Agenda item 13")
                + p(null, "Draft resolution submitted by the President of the General Assembly")
                + bold("Outcome of the review of the World Summit") + p(null, "The General Assembly,")
                + p(null, "Recalling its resolution 70/125,")
                + "<w:p>" + run("Recognizing ") + ins("Delegation of Chile", "also ") + run("that ")
                + del("Delegation of Kenya", "the ") + run("gaps persist,") + "</w:p>"
                + p("berschrift1", "I. Commitments")
                + numbered(1, 0, "Decides:") + numbered(1, 1, "first item;") + numbered(1, 1, "second item;")
                + numbered(1, 0, "Requests the Secretary-General to report;")
                + p(null, "2 bis.\tAlso requests a summary;")
                + numbered(1, 0, "Invites Member States")
                + p(null, "to contribute to the fund;")
                + "<w:tbl><w:tr><w:tc><w:p>" + run("inside a table") + "</w:p></w:tc></w:tr></w:tbl>"
                + bold("Follow-up and review")
                + p(null, "7. Decides to remain seized of the matter.")
                + numbered(2, 0, "a bulleted afterthought"));
        assertEquals("Outcome of the review of the World Summit", d.title());
        assertEquals("A/80/L.7", d.symbol());
        assertEquals(
                List.of(
                        "United Nations",
                        "A/80/L.7",
                        "General Assembly",
                        "Eightieth session",
                        "Agenda item 13",
                        "Draft resolution submitted by the President of the General Assembly",
                        "Outcome of the review of the World Summit",
                        "The General Assembly,"),
                d.titleLines());
        assertEquals(
                List.of(
                        "PP PP1 Recalling its resolution 70/125,",
                        "PP PP2 Recognizing also that gaps persist,",
                        "HEADING - I. Commitments",
                        "OP OP1 Decides: (a) first item; (b) second item;",
                        "OP OP2 Requests the Secretary-General to report;",
                        "OP OP2bis Also requests a summary;",
                        "OP OP3 Invites Member States to contribute to the fund;",
                        "HEADING - Follow-up and review",
                        "OP OP7 Decides to remain seized of the matter. \u2022 a bulleted afterthought"),
                blocks(d));
        assertEquals(2, d.trackedChanges());
        assertTrue(
                english(d.warnings()).contains("2 tracked changes were read as accepted"),
                english(d.warnings()).toString());
        assertTrue(
                english(d.warnings()).contains("1 paragraph inside a table was left out"),
                english(d.warnings()).toString());
        assertTrue(
                english(d.warnings()).stream().anyMatch(w -> w.startsWith("3 list items")),
                english(d.warnings()).toString());
        assertTrue(
                english(d.warnings()).stream().anyMatch(w -> w.startsWith("1 unnumbered paragraph after")),
                english(d.warnings()).toString());
        assertTrue(d.fromVersion().isEmpty());
    }

    @Test
    void trackedChangesAreReadAsAcceptedEvenAcrossParagraphMarks() throws Exception {
        String deletedMark =
                "<w:p><w:pPr><w:rPr><w:del w:id=\"9\" w:author=\"A\" w:date=\"2025-01-01T00:00:00Z\"/></w:rPr></w:pPr>"
                        + run("Welcomes the report") + "</w:p>";
        String moved = "<w:p>" + run("Notes ")
                + "<w:moveFrom w:id=\"3\" w:author=\"B\"><w:r><w:t>old </w:t></w:r></w:moveFrom>"
                + "<w:moveTo w:id=\"4\" w:author=\"B\"><w:r><w:t>new </w:t></w:r></w:moveTo>" + run("words;")
                + "</w:p>";
        String field = "<w:p>" + run("See ")
                + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> REF x </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + run("paragraph 4")
                + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
                + "<w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden</w:t></w:r>" + run(" above;") + "</w:p>";
        ImportedDraft d = read(numbered(1, 0, "Decides that;")
                + deletedMark
                + p(null, " of the Secretary-General;")
                + numbered(1, 0, "")
                + moved
                + numbered(1, 0, "Continues;")
                + field.replace(
                        "<w:p>", "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"));
        List<String> texts = d.blocks().stream().map(ImportedDraft.Block::text).toList();
        assertEquals(
                List.of(
                        "Decides that; Welcomes the report of the Secretary-General; Notes new words;",
                        "Continues;",
                        "See paragraph 4 above;"),
                texts);
    }

    @Test
    void idsWrittenByPenholderAreHonouredOnceEach() throws Exception {
        String withId = "<w:p><w:bookmarkStart w:id=\"1\" w:name=\"_PH_pabcdefghijk\"/>" + run("Recalling,")
                + "<w:bookmarkEnd w:id=\"1\"/></w:p>";
        String copy = withId.replace("Recalling,", "Recalling again,");
        String section =
                "<w:bookmarkStart w:id=\"5\" w:name=\"_PH_sabcdefghijk\"/><w:p><w:pPr><w:pStyle w:val=\"berschrift1\"/></w:pPr>"
                        + run("Part one") + "</w:p>";
        ImportedDraft d = read(withId + copy + section + "<w:p><w:bookmarkStart w:id=\"2\" w:name=\"_Toc1\"/>"
                + run("Plain,") + "</w:p>");
        assertEquals("pabcdefghijk", d.blocks().get(0).embeddedId());
        assertNull(d.blocks().get(1).embeddedId(), "a copied paragraph is a new paragraph");
        assertEquals("sabcdefghijk", d.blocks().get(2).embeddedId(), "a bookmark before the paragraph belongs to it");
        assertNull(d.blocks().get(3).embeddedId(), "other bookmarks are not ids");
        assertEquals(2, d.embeddedIds());
        assertTrue(english(d.warnings()).stream().anyMatch(w -> w.contains("appeared twice")));
    }

    @Test
    void strictOoxmlIsReadToo() throws Exception {
        String strict =
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://purl.oclc.org/ooxml/wordprocessingml/main\">"
                        + "<w:body>" + p(null, "Recalling,") + "<w:p>" + run("1.\tDecides;")
                        + "</w:p></w:body></w:document>";
        ImportedDraft d = new DraftDocxReader()
                .read(DocxFixture.document(strict).write(dir.resolve("strict.docx")), Progress.NONE);
        assertEquals(List.of("PP PP1 Recalling,", "OP OP1 Decides;"), blocks(d));
    }

    @Test
    void aRestartedListIsNumberedOnWithAWarning() throws Exception {
        String restarted =
                "<w:numbering " + DocxFixture.W + "><w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\">"
                        + "<w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum>"
                        + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
                        + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>"
                        + "</w:numbering>";
        Path file = DocxFixture.body(numbered(1, 0, "One;") + numbered(1, 0, "Two;") + numbered(2, 0, "Again one;"))
                .part("word/numbering.xml", restarted)
                .write(dir.resolve("restart.docx"));
        ImportedDraft d = new DraftDocxReader().read(file, Progress.NONE);
        assertEquals(List.of("OP OP1 One;", "OP OP2 Two;", "OP OP3 Again one;"), blocks(d));
        assertTrue(
                english(d.warnings()).contains("the numbering restarts at 1. (after 2.); numbered on as 3."),
                english(d.warnings()).toString());
    }

    @Test
    void aParagraphKnowsItsOriginalAndItsAcceptedText() throws Exception {
        Path file = DocxFixture.body("<w:p>" + run("Recognizing ") + ins("Chile", "also ") + run("that ")
                        + del("Kenya", "the ") + run("gaps persist,") + "</w:p>")
                .write(dir.resolve("changes.docx"));
        List<WordParagraph> paragraphs;
        try (WordPackage pkg = WordPackage.open(file, DocxLimits.DEFAULT);
                var in = pkg.mainDocument()) {
            paragraphs = WordBodyReader.read(in, () -> {});
        }
        WordParagraph p = paragraphs.get(0);
        assertEquals("Recognizing also that gaps persist,", p.acceptedText());
        assertEquals("Recognizing that the gaps persist,", p.originalText());
        assertEquals(2, p.changeCount());
        assertEquals("Chile", p.segments().get(1).change().author());
        assertEquals(
                WordParagraph.ChangeKind.DELETED, p.segments().get(3).change().kind());
        assertEquals("Kenya", p.segments().get(3).change().author());
        assertEquals(
                BlockKind.PP,
                new DraftDocxReader().read(file, Progress.NONE).blocks().get(0).kind());
    }

    /** The reader's warnings as the command line prints them. */
    private static List<String> english(List<Phrase> warnings) {
        return warnings.stream().map(Phrase::english).toList();
    }
}
