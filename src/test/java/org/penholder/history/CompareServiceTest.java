package org.penholder.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.penholder.history.Comparison.Summary;
import org.penholder.history.WordDiff.Op;
import org.penholder.model.BlockKind;

/** Compare of made-up revision pairs, each showing one kind of change, with and without stable ids. */
class CompareServiceTest {

    static final Map<String, String> TEXT = Map.of(
            "p1",
                    "Recalling its resolution 70/125 on the overall review of the implementation of the outcomes of the World Summit on the Information Society,",
            "p2", "Recognizing that the digital divide persists between and within countries,",
            "o1", "Decides to hold a high-level meeting on the overall review in 2035;",
            "o2",
                    "Calls upon all stakeholders to bridge digital divides, including the gender digital divide, and to promote meaningful connectivity for all by 2030;",
            "o3",
                    "Requests the Secretary-General to report on progress annually through the Commission on Science and Technology for Development;",
            "o4",
                    "Encourages Member States to develop national digital strategies that include the protection of human rights online;",
            "o5",
                    "Invites the Internet Governance Forum to continue its work as a multistakeholder platform. Decides to renew the mandate of the Forum for a further ten years.");

    /** Builds a version from "id" or "id=text" entries; PP before OP, labels numbered in order. */
    static DocumentVersion version(String name, boolean withIds, Object... entries) {
        List<DocumentVersion.Block> blocks = new ArrayList<>();
        blocks.add(new DocumentVersion.Block(BlockKind.HEADING, withIds ? "s1" : null, "", "Follow-up and review"));
        int pp = 0;
        int op = 0;
        for (Object e : entries) {
            String entry = (String) e;
            String id = entry.contains("=") ? entry.substring(0, entry.indexOf('=')) : entry;
            String text = entry.contains("=") ? entry.substring(entry.indexOf('=') + 1) : TEXT.get(id);
            boolean preamble = id.startsWith("p");
            String label = preamble ? "PP" + (++pp) : "OP" + (++op);
            blocks.add(new DocumentVersion.Block(
                    preamble ? BlockKind.PP : BlockKind.OP, withIds ? id : null, label, text));
        }
        return new DocumentVersion(name, blocks);
    }

    static DocumentVersion zero(boolean withIds) {
        return version("Zero draft", withIds, "p1", "p2", "o1", "o2", "o3", "o4", "o5");
    }

    static List<ParagraphChange> differences(Comparison c) {
        return c.differences();
    }

    @Test
    void renumberingOnlyLeavesEveryParagraphUnchanged() {
        for (boolean ids : new boolean[] {true, false}) {
            DocumentVersion older = zero(ids);
            // the same paragraphs under numbers shifted by ten, as after a clean renumbering elsewhere
            List<DocumentVersion.Block> shifted = new ArrayList<>();
            for (DocumentVersion.Block b : older.blocks()) {
                String label = b.kind() == BlockKind.OP
                        ? "OP" + (Integer.parseInt(b.label().substring(2)) + 10)
                        : b.label();
                shifted.add(new DocumentVersion.Block(b.kind(), b.id(), label, b.text()));
            }
            Comparison c = CompareService.compare(older, new DocumentVersion("Rev.1", shifted));
            assertEquals(new Summary(7, 0, 0, 0, 0, 0, 0), c.summary(), "ids " + ids);
            assertTrue(c.differences().isEmpty());
            assertEquals(List.of("OP3"), c.changes().get(4).fromLabels());
            assertEquals(List.of("OP13"), c.changes().get(4).toLabels());
        }
    }

    @Test
    void aMovedParagraphIsMovedNotDeletedAndAdded() {
        for (boolean ids : new boolean[] {true, false}) {
            Comparison c =
                    CompareService.compare(zero(ids), version("Rev.1", ids, "p1", "p2", "o1", "o4", "o2", "o3", "o5"));
            assertEquals(new Summary(7, 0, 0, 0, 0, 0, 1), c.summary(), "ids " + ids);
            ParagraphChange moved = differences(c).get(0);
            assertTrue(moved.moved());
            assertEquals(ChangeKind.UNCHANGED, moved.kind());
            assertEquals(List.of("OP4"), moved.fromLabels());
            assertEquals(List.of("OP2"), moved.toLabels());
            assertEquals(1, differences(c).size(), "the paragraphs it jumped over did not move");
        }
    }

    @Test
    void aMovedAndChangedParagraphIsBoth() {
        Comparison c = CompareService.compare(
                zero(false),
                version(
                        "Rev.1",
                        false,
                        "p1",
                        "p2",
                        "o1",
                        "o4=Encourages Member States to develop national digital strategies that include the protection of all human rights online;",
                        "o2",
                        "o3",
                        "o5"));
        ParagraphChange moved = differences(c).get(0);
        assertTrue(moved.moved());
        assertEquals(ChangeKind.CHANGED, moved.kind());
        assertTrue(
                moved.diff().contains(new WordDiff.Segment(Op.INSERT, "all ")),
                moved.diff().toString());
    }

    @Test
    void aSplitIsOneEntryFromOneParagraphToTwo() {
        for (boolean ids : new boolean[] {true, false}) {
            Comparison c = CompareService.compare(
                    zero(ids),
                    version(
                            "Rev.1",
                            ids,
                            "p1",
                            "p2",
                            "o1",
                            "o2",
                            "o3",
                            "o4",
                            "o5=Invites the Internet Governance Forum to continue its work as a multistakeholder platform;",
                            "o6=Decides to renew the mandate of the Forum for a further ten years;"));
            assertEquals(new Summary(6, 0, 0, 0, 1, 0, 0), c.summary(), "ids " + ids);
            ParagraphChange split = differences(c).get(0);
            assertEquals(ChangeKind.SPLIT, split.kind());
            assertEquals(List.of("OP5"), split.fromLabels());
            assertEquals(List.of("OP5", "OP6"), split.toLabels());
            assertTrue(
                    split.diff().stream()
                            .anyMatch(s -> s.op() == Op.INSERT && s.text().contains("\n")),
                    "the diff shows the paragraph break: " + split.diff());
        }
    }

    @Test
    void aMergeIsOneEntryFromTwoParagraphsToOne() {
        for (boolean ids : new boolean[] {true, false}) {
            Comparison c = CompareService.compare(
                    zero(ids),
                    version(
                            "Rev.1",
                            ids,
                            "p1",
                            "p2",
                            "o1",
                            "o2",
                            "o3=" + TEXT.get("o3").replace(';', ',')
                                    + " and encourages Member States to develop national digital "
                                    + "strategies that include the protection of human rights online;",
                            "o5"));
            assertEquals(new Summary(5, 0, 0, 0, 0, 1, 0), c.summary(), "ids " + ids);
            ParagraphChange merged = differences(c).get(0);
            assertEquals(ChangeKind.MERGED, merged.kind());
            assertEquals(List.of("OP3", "OP4"), merged.fromLabels());
            assertEquals(List.of("OP3"), merged.toLabels());
        }
    }

    @Test
    void anAddedPreambularParagraphShiftsTheOthersWithoutChangingThem() {
        for (boolean ids : new boolean[] {true, false}) {
            Comparison c = CompareService.compare(
                    zero(ids),
                    version(
                            "Rev.1",
                            ids,
                            "p1",
                            "p9=Reaffirming the importance of multilingualism and linguistic diversity in the information society,",
                            "p2",
                            "o1",
                            "o2",
                            "o3",
                            "o4",
                            "o5"));
            assertEquals(new Summary(7, 0, 1, 0, 0, 0, 0), c.summary(), "ids " + ids);
            ParagraphChange added = c.changes().get(1);
            assertEquals(ChangeKind.ADDED, added.kind());
            assertEquals(BlockKind.PP, added.paragraphKind());
            assertEquals(List.of("PP2"), added.toLabels());
            assertEquals(List.of("PP2"), c.changes().get(2).fromLabels());
            assertEquals(List.of("PP3"), c.changes().get(2).toLabels());
        }
    }

    @Test
    void aDeletedOperativeParagraphStandsWhereItWas() {
        for (boolean ids : new boolean[] {true, false}) {
            Comparison c = CompareService.compare(zero(ids), version("Rev.1", ids, "p1", "p2", "o1", "o2", "o4", "o5"));
            assertEquals(new Summary(6, 0, 0, 1, 0, 0, 0), c.summary(), "ids " + ids);
            ParagraphChange deleted = c.changes().get(4);
            assertEquals(ChangeKind.DELETED, deleted.kind());
            assertEquals(List.of("OP3"), deleted.fromLabels());
            assertEquals(List.of(), deleted.toLabels());
            assertEquals(List.of("OP2"), c.changes().get(3).toLabels(), "after the paragraph before it");
            assertEquals("Follow-up and review", deleted.section());
        }
    }

    @Test
    void aBracketedAlternativeIsAWordChange() {
        for (boolean ids : new boolean[] {true, false}) {
            Comparison c = CompareService.compare(
                    zero(ids),
                    version(
                            "Rev.1",
                            ids,
                            "p1",
                            "p2",
                            "o1=Decides to hold a high-level meeting on the overall review in [2030][2035];",
                            "o2",
                            "o3",
                            "o4",
                            "o5"));
            assertEquals(new Summary(6, 1, 0, 0, 0, 0, 0), c.summary(), "ids " + ids);
            ParagraphChange changed = differences(c).get(0);
            assertEquals(ChangeKind.CHANGED, changed.kind());
            assertEquals(
                    "Decides to hold a high-level meeting on the overall review in [2030][2035];", changed.toText());
            assertTrue(
                    changed.diff().contains(new WordDiff.Segment(Op.INSERT, "[2030][")),
                    changed.diff().toString());
            assertTrue(
                    changed.diff().contains(new WordDiff.Segment(Op.EQUAL, "2035")),
                    "the year kept is not shown as changed");
        }
    }

    @Test
    void aRewrittenParagraphWithItsIdIsChangedButWithoutIsDeletedAndAdded() {
        String other = "o3=Welcomes the contributions of all stakeholders to the review process;";
        Comparison withIds =
                CompareService.compare(zero(true), version("Rev.1", true, "p1", "p2", "o1", "o2", other, "o4", "o5"));
        assertEquals(1, withIds.summary().changed(), "the same paragraph, by its id, whatever its words");
        Comparison outside =
                CompareService.compare(zero(false), version("Rev.1", false, "p1", "p2", "o1", "o2", other, "o4", "o5"));
        assertEquals(1, outside.summary().added());
        assertEquals(1, outside.summary().deleted());
        assertFalse(outside.differences().isEmpty());
    }

    @Test
    void aNewParagraphAfterAChangedOneIsNotMistakenForASplit() {
        Comparison c = CompareService.compare(
                zero(true),
                version(
                        "Rev.1",
                        true,
                        "p1",
                        "p2",
                        "o1",
                        "o2",
                        "o3=Requests the Secretary-General to report on progress every two years through the Commission on Science and Technology for Development;",
                        "o7=Stresses the role of youth in shaping the digital future;",
                        "o4",
                        "o5"));
        assertEquals(new Summary(6, 1, 1, 0, 0, 0, 0), c.summary());
    }

    @Test
    void fiveHundredParagraphsCompareWithEveryKindOfChange() {
        // a revision pair at the scale of DESIGN.md: checks the result, not the time
        List<Object> before = new ArrayList<>();
        List<Object> after = new ArrayList<>();
        for (int k = 0; k < 500; k++) {
            String text = "Paragraph " + k + " calls upon Member States and stakeholders to act on item " + k
                    + " of the agenda, including topic " + (k * 7 % 13) + " and review " + (k * 11 % 17) + ";";
            before.add("o" + k + "=" + text);
            if (k % 50 == 0) {
                after.add("o" + k + "=" + text.replace("calls upon", "urges"));
            } else if (k % 97 != 0) {
                after.add("o" + k + "=" + text);
            }
        }
        Comparison c =
                CompareService.compare(version("a", true, before.toArray()), version("b", true, after.toArray()));
        assertEquals(10, c.summary().changed());
        assertEquals(5, c.summary().deleted());
        Comparison outside =
                CompareService.compare(version("a", false, before.toArray()), version("b", false, after.toArray()));
        assertEquals(c.summary(), outside.summary());
    }

    @Test
    void twoParagraphsOfTheSameTextAreNeverSwapped() {
        String same = "o8=Requests the Secretary-General to report annually on progress;";
        Comparison c = CompareService.compare(
                version(
                        "Zero draft",
                        false,
                        "o1",
                        same,
                        "o2",
                        "o3",
                        "o4",
                        "o5",
                        "o9=Requests the Secretary-General to report annually on progress;"),
                version(
                        "Rev.1",
                        false,
                        "o1",
                        "o8=Requests the Secretary-General to report every two years on progress;",
                        "o2",
                        "o3",
                        "o4",
                        "o5",
                        "o9=Requests the Secretary-General to report annually on progress;"));
        assertEquals(new Summary(6, 1, 0, 0, 0, 0, 0), c.summary(), "a change in place, not a swap of two moves");
        assertEquals(List.of("OP2"), c.differences().get(0).fromLabels());
        assertEquals(List.of("OP2"), c.differences().get(0).toLabels());
    }
}
