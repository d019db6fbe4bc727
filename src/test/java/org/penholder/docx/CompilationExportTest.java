package org.penholder.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.model.Amendment;
import org.penholder.model.AmendmentKind;
import org.penholder.model.AmendmentStatus;
import org.penholder.model.Paragraph;
import org.penholder.model.ParagraphKind;
import org.penholder.model.Stakeholder;
import org.penholder.project.Project;

/** The compilation of proposals: each paragraph with every proposal on it, its proposer and status. */
class CompilationExportTest {

    static Amendment proposal(
            Project p,
            Stakeholder by,
            AmendmentKind kind,
            String paragraphId,
            String before,
            String after,
            AmendmentStatus status,
            String related,
            String rationale) {
        return p.amendments()
                .append(new Amendment(
                        0,
                        paragraphId,
                        null,
                        kind,
                        before,
                        after,
                        by.name(),
                        "",
                        null,
                        by.id(),
                        status,
                        rationale,
                        null,
                        related,
                        null));
    }

    @Test
    void proposalsStandBesideTheirParagraphsWithWhatTheyChange(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("compilation.docx");
        try (Project p = TestFiles.openSample(dir)) {
            List<Paragraph> ops = p.draftService().draft().paragraphsInOrder().stream()
                    .filter(x -> x.kind() == ParagraphKind.OP)
                    .toList();
            Paragraph op1 = ops.get(0);
            Paragraph op3 = ops.get(2);
            Paragraph pp2 = p.draftService().draft().paragraphsInOrder().get(1);
            Paragraph op9 = ops.get(8);
            Stakeholder eu = p.stakeholders().findOrCreate("European Union", "Observer/IGO", null);
            Stakeholder g77 = p.stakeholders().findOrCreate("Group of 77 and China", "Member State", null);
            proposal(
                    p,
                    eu,
                    AmendmentKind.REPLACE_TEXT,
                    op1.id(),
                    op1.text(),
                    op1.text().replace("We commit to support", "We commit firmly and consistently to support"),
                    AmendmentStatus.PROPOSED,
                    null,
                    "Stronger language");
            proposal(
                    p,
                    g77,
                    AmendmentKind.REPLACE_TEXT,
                    op1.id(),
                    op1.text(),
                    op1.text().replace("local and ", ""),
                    AmendmentStatus.WITHDRAWN,
                    null,
                    null);
            proposal(
                    p,
                    g77,
                    AmendmentKind.DELETE_PARAGRAPH,
                    pp2.id(),
                    pp2.text(),
                    null,
                    AmendmentStatus.REJECTED,
                    null,
                    null);
            proposal(
                    p,
                    eu,
                    AmendmentKind.NEW_PARAGRAPH,
                    null,
                    null,
                    "We welcome the Global Digital Compact.",
                    AmendmentStatus.PROPOSED,
                    op3.id(),
                    null);
            p.draftService().deleteParagraph(op9.id(), TestAuthors.ME);
            proposal(
                    p,
                    eu,
                    AmendmentKind.INSERT_TEXT,
                    op9.id(),
                    op9.text(),
                    op9.text() + " Now.",
                    AmendmentStatus.PROPOSED,
                    null,
                    null);
            // applied edits and the team's own entries are not proposals
            p.amendments()
                    .append(new Amendment(
                            0,
                            op1.id(),
                            null,
                            AmendmentKind.INSERT_TEXT,
                            "a",
                            "b",
                            "x",
                            "",
                            null,
                            eu.id(),
                            AmendmentStatus.APPLIED,
                            null,
                            null,
                            null,
                            null));

            var result = p.docxExporter()
                    .export(
                            new ExportOptions(ExportOptions.Kind.COMPILATION, null, ExportOptions.Sources.FOOTNOTES),
                            out,
                            false,
                            Progress.NONE);
            assertEquals(5, result.proposals());
        }
        DocxExporterTest.assertValid(out);
        try (XWPFDocument doc = DocxExporterTest.poi(out)) {
            assertEquals(
                    org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation.LANDSCAPE,
                    doc.getDocument().getBody().getSectPr().getPgSz().getOrient(),
                    "a wide table on landscape pages");
            XWPFTable table = doc.getTables().get(0);
            assertEquals(
                    List.of("Paragraph", "Text of the current draft", "Proposal", "Proposer", "Status"),
                    table.getRow(0).getTableCells().stream()
                            .map(c -> c.getText())
                            .toList());
            List<XWPFTableRow> op1Rows = rowsFrom(table, "1.", 2);
            XWPFTableRow eu = op1Rows.get(0);
            assertEquals(
                    List.of("European Union", "(Observer/IGO)"),
                    eu.getCell(3).getParagraphs().stream().map(x -> x.getText()).toList());
            assertEquals("Proposed", eu.getCell(4).getText());
            List<XWPFRun> added = eu.getCell(2).getParagraphs().get(0).getRuns().stream()
                    .filter(r -> r.isBold() && r.getUnderline() != org.apache.poi.xwpf.usermodel.UnderlinePatterns.NONE)
                    .toList();
            assertEquals(1, added.size());
            assertEquals("firmly and consistently ", added.get(0).text());
            assertTrue(eu.getCell(2).getText().contains("Rationale: Stronger language"));
            XWPFTableRow g77 = op1Rows.get(1);
            assertTrue(
                    g77.getCell(2).getParagraphs().get(0).getRuns().stream()
                            .anyMatch(r -> r.isStrikeThrough() && r.text().equals("local and ")),
                    "words removed are struck through");
            assertEquals("Withdrawn", g77.getCell(4).getText());
            assertEquals("", g77.getCell(1).getText(), "the paragraph's text is merged down, not repeated");

            XWPFTableRow pp2 = rowsFrom(table, "PP2", 1).get(0);
            assertTrue(pp2.getCell(2).getText().startsWith("Delete the paragraph"));
            assertEquals("Rejected", pp2.getCell(4).getText());
            XWPFTableRow added3 = rowsFrom(table, "New after 3.", 1).get(0);
            assertTrue(added3.getCell(2).getText().contains("We welcome the Global Digital Compact."));
            assertTrue(table.getRows().stream()
                    .anyMatch(r ->
                            r.getCell(0).getText().startsWith("Proposals on paragraphs not in the current draft")));
            assertTrue(table.getRows().stream()
                    .anyMatch(r -> r.getTableCells().size() == 5
                            && r.getCell(2).getText().endsWith("Now.")));
            assertTrue(doc.getFootnotes().size() > 10, "sources as footnotes in the text column");
        }
    }

    private static List<XWPFTableRow> rowsFrom(XWPFTable table, String label, int count) {
        for (int i = 0; i < table.getRows().size(); i++) {
            if (table.getRow(i).getCell(0).getText().equals(label)) {
                return table.getRows().subList(i, i + count);
            }
        }
        throw new AssertionError("no row for " + label);
    }
}
