package org.penholder.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NumberingTest {

    private static Paragraph p(String id, ParagraphKind kind) {
        return new Paragraph(id, null, kind, 0, ParagraphStatus.DRAFTING, "");
    }

    @Test
    void preambularAndOperativeParagraphsAreCountedSeparately() {
        var labels = Numbering.consecutive(List.of(
                p("a", ParagraphKind.PP),
                p("b", ParagraphKind.PP),
                p("c", ParagraphKind.OP),
                p("d", ParagraphKind.OP),
                p("e", ParagraphKind.OP)));
        assertEquals(
                List.of("PP1", "PP2", "OP1", "OP2", "OP3"),
                labels.values().stream().map(ParagraphLabel::code).toList());
        assertEquals("3.", labels.get("e").display());
        assertEquals("PP2", labels.get("b").display());
    }

    @Test
    void frozenNumberingGivesInsertedParagraphsBisAndTer() {
        Map<String, ParagraphLabel> circulated = Map.of(
                "a", new ParagraphLabel(ParagraphKind.OP, 1, 0),
                "b", new ParagraphLabel(ParagraphKind.OP, 2, 0),
                "c", new ParagraphLabel(ParagraphKind.OP, 3, 0));
        // "x" and "y" were inserted after 2, "b" ... and paragraph 1 was deleted
        var labels = Numbering.frozen(
                List.of(
                        p("b", ParagraphKind.OP),
                        p("x", ParagraphKind.OP),
                        p("y", ParagraphKind.OP),
                        p("c", ParagraphKind.OP)),
                circulated);
        assertEquals("2.", labels.get("b").display());
        assertEquals("2 bis.", labels.get("x").display());
        assertEquals("2 ter.", labels.get("y").display());
        assertEquals("3.", labels.get("c").display());
        assertEquals("OP2bis", labels.get("x").code());
    }

    @Test
    void labelsAreReadAsPeopleTypeThem() {
        assertEquals(
                new ParagraphLabel(ParagraphKind.OP, 12, 0),
                ParagraphLabel.parse("12").orElseThrow());
        assertEquals(
                new ParagraphLabel(ParagraphKind.OP, 12, 0),
                ParagraphLabel.parse("OP12").orElseThrow());
        assertEquals(
                new ParagraphLabel(ParagraphKind.OP, 12, 0),
                ParagraphLabel.parse("12.").orElseThrow());
        assertEquals(
                new ParagraphLabel(ParagraphKind.PP, 3, 0),
                ParagraphLabel.parse("pp3").orElseThrow());
        assertEquals(
                new ParagraphLabel(ParagraphKind.OP, 12, 1),
                ParagraphLabel.parse("12 bis").orElseThrow());
        assertEquals(
                new ParagraphLabel(ParagraphKind.OP, 12, 2),
                ParagraphLabel.parse("OP12ter").orElseThrow());
        assertTrue(ParagraphLabel.parse("twelve").isEmpty());
        assertTrue(ParagraphLabel.parse("12 foo").isEmpty());
    }

    @Test
    void textChangesAreClassifiedByWhatTheyRemoveAndAdd() {
        assertEquals(
                AmendmentKind.INSERT_TEXT, AmendmentKind.ofTextChange("We decide to act", "We decide urgently to act"));
        assertEquals(
                AmendmentKind.DELETE_TEXT, AmendmentKind.ofTextChange("We decide urgently to act", "We decide to act"));
        assertEquals(AmendmentKind.REPLACE_TEXT, AmendmentKind.ofTextChange("[shall] act", "[should] act"));
        assertEquals(AmendmentKind.INSERT_TEXT, AmendmentKind.ofTextChange("", "New"));
    }

    @Test
    void unspacedScriptsAreRecognised() {
        assertTrue(TextScripts.hasUnspacedScript("信息社会世界峰会成果文件执行情况的全面审查"));
        assertTrue(!TextScripts.hasUnspacedScript("The World Summit on the Information Society, 信息 once."));
        assertTrue(TextScripts.isRightToLeft("القمة العالمية لمجتمع المعلومات"));
        assertTrue(!TextScripts.isRightToLeft("Sommet mondial sur la société de l'information"));
    }
}
