package org.penholder.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.penholder.history.Redline.Mark;
import org.penholder.model.BlockKind;

/**
 * The redline of two versions, whatever happened between them, accepts into the newer version and
 * rejects into the older, block for block: kind, id, label and text.
 */
class RedlineTest {

    private static Redline redline(DocumentVersion from, DocumentVersion to) {
        Redline r = Redline.of(from, to, CompareService.compare(from, to));
        assertEquals(to.blocks(), r.accepted(), "accept all gives " + to.name());
        assertEquals(from.blocks(), r.rejected(), "reject all gives " + from.name());
        return r;
    }

    private static DocumentVersion zero() {
        return CompareServiceTest.zero(true);
    }

    private static DocumentVersion v(Object... entries) {
        return CompareServiceTest.version("Rev.1", true, entries);
    }

    @Test
    void wordsChangedInAParagraphAreInsertedAndDeletedWordByWord() {
        Redline r = redline(
                zero(),
                v(
                        "p1",
                        "p2",
                        "o1=Decides to hold a high-level meeting on the overall review in 2030;",
                        "o2",
                        "o3",
                        "o4",
                        "o5"));
        Redline.Line changed =
                r.lines().stream().filter(l -> !l.unchanged()).findFirst().orElseThrow();
        assertEquals(
                List.of(
                        new Redline.Piece(Mark.KEPT, "Decides to hold a high-level meeting on the overall review in "),
                        new Redline.Piece(Mark.DELETED, "2035"),
                        new Redline.Piece(Mark.INSERTED, "2030"),
                        new Redline.Piece(Mark.KEPT, ";")),
                changed.pieces());
        assertEquals(Mark.KEPT, changed.end());
        assertEquals(List.of("o1"), changed.changeOf());
        assertEquals(1, r.changedLines());
    }

    @Test
    void addedAndDeletedParagraphsTakeTheirEndWithThem() {
        Redline r = redline(zero(), v("p1", "p2", "o1", "n1=Welcomes the new paragraph;", "o3", "o4", "o5"));
        List<Redline.Line> changes =
                r.lines().stream().filter(l -> !l.unchanged()).toList();
        assertEquals(2, changes.size());
        assertEquals(Mark.DELETED, changes.get(0).end(), "what was removed comes first");
        assertEquals("OP2", changes.get(0).older().label());
        assertEquals(Mark.INSERTED, changes.get(1).end());
        assertEquals("OP2", changes.get(1).newer().label());
        assertEquals("n1", changes.get(1).newer().id());
    }

    @Test
    void aMovedParagraphIsAMoveWithTheSameNameAtBothEnds() {
        Redline r = redline(zero(), v("p1", "p2", "o1", "o4", "o2", "o3", "o5"));
        List<Redline.Line> moved =
                r.lines().stream().filter(l -> l.move() != null).toList();
        assertEquals(2, moved.size());
        assertEquals(Mark.MOVED_TO, moved.get(0).end(), "it now stands before the paragraphs it jumped over");
        assertEquals(Mark.MOVED_FROM, moved.get(1).end());
        assertEquals(moved.get(0).move(), moved.get(1).move());
        assertEquals(2, r.changedLines());
    }

    @Test
    void aMovedParagraphWhoseWordsChangedIsDeletedAndInsertedInstead() {
        Redline r = redline(
                zero(),
                v("p1", "p2", "o1", "o4=Encourages all States to develop digital strategies;", "o2", "o3", "o5"));
        assertTrue(r.lines().stream().noneMatch(l -> l.move() != null));
        assertEquals(2, r.changedLines());
    }

    @Test
    void splitsAndMergesAreParagraphEndsInsertedOrDeleted() {
        String o5 = CompareServiceTest.TEXT.get("o5");
        int dot = o5.indexOf(". ") + 1;
        Redline split = redline(
                zero(),
                v("p1", "p2", "o1", "o2", "o3", "o4", "o5=" + o5.substring(0, dot), "o6=" + o5.substring(dot + 1)));
        assertEquals(
                1, split.lines().stream().filter(l -> l.end() == Mark.INSERTED).count());
        Redline merged = redline(
                v("p1", "p2", "o1", "o2", "o3", "o4", "o5=" + o5.substring(0, dot), "o6=" + o5.substring(dot + 1)),
                zero());
        assertEquals(
                1, merged.lines().stream().filter(l -> l.end() == Mark.DELETED).count());
    }

    @Test
    void headingsRenamedAddedAndRemovedFollowTheirOwnIds() {
        List<DocumentVersion.Block> older = new ArrayList<>(zero().blocks());
        older.add(3, new DocumentVersion.Block(BlockKind.HEADING, "s2", "", "Financing"));
        List<DocumentVersion.Block> newer = new ArrayList<>(zero().blocks());
        newer.set(0, new DocumentVersion.Block(BlockKind.HEADING, "s1", "", "Follow-up, review and financing"));
        newer.add(5, new DocumentVersion.Block(BlockKind.HEADING, "s3", "", "Human rights online"));
        Redline r = redline(new DocumentVersion("Zero draft", older), new DocumentVersion("Rev.1", newer));
        assertEquals(3, r.changedLines());
    }

    @Test
    void theSameTextWithoutIdsAndWithWhitespaceChangesStillResolvesExactly() {
        redline(
                CompareServiceTest.zero(false),
                CompareServiceTest.version(
                        "Rev.1",
                        false,
                        "p1",
                        "p2",
                        "o1=Decides  to hold a high-level meeting on the overall review in 2035; ",
                        "o3",
                        "o2",
                        "o4"));
    }

    @Test
    void whateverHappensAcceptAndRejectGiveTheTwoVersions() {
        // random edits over the sample texts: the property every redline must keep
        SplittableRandom random = new SplittableRandom(7);
        List<String> ids = List.of("p1", "p2", "o1", "o2", "o3", "o4", "o5");
        int[] seen = new int[Mark.values().length];
        for (int round = 0; round < 300; round++) {
            List<Object> entries = new ArrayList<>();
            List<String> order = new ArrayList<>(ids);
            if (random.nextInt(3) == 0) {
                int a = 2 + random.nextInt(5);
                int b = 2 + random.nextInt(5);
                order.add(b, order.remove(a));
            }
            int fresh = 0;
            for (String id : order) {
                switch (random.nextInt(6)) {
                    case 0 -> {} // deleted
                    case 1 ->
                        entries.add(id + "="
                                + CompareServiceTest.TEXT
                                        .get(id)
                                        .replace(" the ", " a ")
                                        .replace("s ", "s, "));
                    case 2 -> {
                        String t = CompareServiceTest.TEXT.get(id);
                        int cut = t.indexOf(' ', t.length() / 2);
                        entries.add(id + "=" + t.substring(0, cut));
                        entries.add((id.startsWith("p") ? "p" : "o") + "x" + (++fresh) + "=" + t.substring(cut + 1));
                    }
                    case 3 -> {
                        entries.add(id);
                        entries.add((id.startsWith("p") ? "p" : "o") + "n" + (++fresh) + "=Also decides something new "
                                + fresh + ";");
                    }
                    default -> entries.add(id);
                }
            }
            for (Redline r : List.of(redline(zero(), v(entries.toArray())), redline(v(entries.toArray()), zero()))) {
                r.lines().forEach(l -> seen[l.end().ordinal()]++);
            }
        }
        for (Mark m : Mark.values()) {
            assertTrue(seen[m.ordinal()] > 10, "the rounds exercised line ends " + m);
        }
    }
}
