package org.penholder.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.model.Ids;
import org.penholder.model.Paragraph;
import org.penholder.model.ParagraphKind;
import org.penholder.project.Project;
import org.penholder.project.SampleProject;
import org.penholder.store.MetaStore;

/**
 * Once a revision has circulated, numbers are frozen: added paragraphs print "2 bis", "2 ter",
 * deleted ones leave a gap. The Word file says so with real Word numbering, and reads back so.
 */
class FrozenNumberingExportTest {

    @TempDir
    Path dir;

    static Paragraph op(Project p, int n) {
        return p.draftService().draft().paragraphsInOrder().stream()
                .filter(x -> x.kind() == ParagraphKind.OP)
                .skip(n - 1)
                .findFirst()
                .orElseThrow();
    }

    /** Freezes numbering to the Zero draft, adds 2 bis, 2 ter and ten paragraphs after 7, deletes 5. */
    static void freezeAndEdit(Project p) {
        long zero =
                p.revisions().byName(SampleProject.FIRST_REVISION).orElseThrow().id();
        p.meta().put(MetaStore.FROZEN_NUMBERING_REVISION, Long.toString(zero));
        Paragraph two = op(p, 2);
        Paragraph seven = op(p, 7);
        Paragraph five = op(p, 5);
        for (int i = 0; i < 10; i++) {
            p.draftService()
                    .insertParagraph(
                            Ids.newParagraphId(),
                            seven.sectionId(),
                            seven.position() + 1 + i,
                            ParagraphKind.OP,
                            "Added after seven, number " + (i + 1) + ".",
                            TestAuthors.ME);
        }
        p.draftService()
                .insertParagraph(
                        Ids.newParagraphId(),
                        two.sectionId(),
                        two.position() + 1,
                        ParagraphKind.OP,
                        "We add a paragraph after the second.",
                        TestAuthors.ME);
        p.draftService()
                .insertParagraph(
                        Ids.newParagraphId(),
                        two.sectionId(),
                        two.position() + 2,
                        ParagraphKind.OP,
                        "We add another one.",
                        TestAuthors.ME);
        p.draftService().deleteParagraph(five.id(), TestAuthors.ME);
    }

    @Test
    void frozenNumbersAreWordNumberingAndReadBackTheSame() throws Exception {
        Path out = dir.resolve("frozen.docx");
        CirculatedText text;
        try (Project p = TestFiles.openSample(dir)) {
            freezeAndEdit(p);
            text = p.docxExporter().text(null);
            p.docxExporter().export(ExportOptions.clean(), out, false, Progress.NONE);
        }
        List<String> labels = text.paragraphs().stream()
                .filter(b -> b.kind() == org.penholder.model.BlockKind.OP)
                .map(b -> b.label())
                .toList();
        assertEquals(
                List.of("OP1", "OP2", "OP2bis", "OP2ter", "OP3", "OP4", "OP6", "OP7", "OP7bis", "OP7ter", "OP7quater"),
                labels.subList(0, 11));
        assertTrue(labels.contains("OP7decies") && labels.contains("OP7undecies"), labels.toString());
        DocxExporterTest.assertValid(out);

        try (XWPFDocument doc = DocxExporterTest.poi(out)) {
            Map<String, XWPFParagraph> byText =
                    doc.getParagraphs().stream().collect(Collectors.toMap(XWPFParagraph::getText, x -> x, (a, b) -> a));
            XWPFParagraph bis = byText.get("We add a paragraph after the second.");
            XWPFParagraph ter = byText.get("We add another one.");
            assertEquals(BigInteger.ONE, bis.getNumIlvl(), "bis is level 1 of the operative list");
            assertEquals(BigInteger.TWO, ter.getNumIlvl(), "ter is level 2");
            assertEquals(
                    "%1 bis.",
                    doc.getNumbering()
                            .getAbstractNum(BigInteger.ONE)
                            .getCTAbstractNum()
                            .getLvlArray(1)
                            .getLvlText()
                            .getVal());
            XWPFParagraph six = byText.get(op(text, 6).text());
            XWPFParagraph four = byText.get(op(text, 4).text());
            assertNotEquals(four.getNumID(), six.getNumID(), "the gap after 4 starts a new numbering instance");
            var override = doc.getNumbering().getNum(six.getNumID()).getCTNum().getLvlOverrideArray(0);
            assertEquals(6, override.getStartOverride().getVal().intValue());
            XWPFParagraph decies = byText.get("7 decies.\tAdded after seven, number 9.");
            assertTrue(decies != null && decies.getNumID() == null, "past novies the number is typed");
        }

        ImportedDraft back = new DraftDocxReader().read(out, Progress.NONE);
        assertEquals(DocxExporterTest.blocksOf(text), DocxExporterTest.blocksOf(back));
        assertEquals(List.of(), back.warnings());
    }

    private static org.penholder.model.RevisionBlock op(CirculatedText text, int number) {
        return text.paragraphs().stream()
                .filter(b -> ("OP" + number).equals(b.label()))
                .findFirst()
                .orElseThrow();
    }
}
