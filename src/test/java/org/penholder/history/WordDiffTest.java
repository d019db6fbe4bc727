package org.penholder.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.penholder.history.WordDiff.Op;
import org.penholder.history.WordDiff.Segment;

class WordDiffTest {

    private static String side(List<Segment> diff, Op skip) {
        StringBuilder b = new StringBuilder();
        diff.stream().filter(s -> s.op() != skip).forEach(s -> b.append(s.text()));
        return b.toString();
    }

    private static void assertRebuilds(String before, String after) {
        var diff = WordDiff.diff(before, after);
        assertEquals(before, side(diff, Op.INSERT));
        assertEquals(after, side(diff, Op.DELETE));
    }

    @Test
    void wholeWordsChange() {
        var diff = WordDiff.diff("Member States shall report by 2030;", "Member States should report by 2035;");
        assertEquals(List.of(new Segment(Op.EQUAL, "Member States "), new Segment(Op.DELETE, "shall"),
                new Segment(Op.INSERT, "should"), new Segment(Op.EQUAL, " report by "), new Segment(Op.DELETE, "2030"),
                new Segment(Op.INSERT, "2035"), new Segment(Op.EQUAL, ";")), diff);
    }

    @Test
    void insertedWordsAreOneInsertion() {
        var diff = WordDiff.diff("We decide to act;", "We decide urgently and decisively to act;");
        assertEquals(List.of(new Segment(Op.EQUAL, "We decide "), new Segment(Op.INSERT, "urgently and decisively "),
                new Segment(Op.EQUAL, "to act;")), diff);
    }

    @Test
    void adjacentChangesSeparatedBySpacesReadAsOne() {
        var diff = WordDiff.diff("the Forum shall be renewed", "the Forum will become permanent");
        assertEquals(List.of(new Segment(Op.EQUAL, "the Forum "), new Segment(Op.DELETE, "shall be renewed"),
                new Segment(Op.INSERT, "will become permanent")), diff);
    }

    @Test
    void everyScriptRebuildsBothSides() {
        assertRebuilds("Nous réaffirmons notre engagement.", "Nous réaffirmons fermement notre engagement commun.");
        assertRebuilds("نؤكد من جديد التزامنا ببناء مجتمع معلومات", "نؤكد التزامنا ببناء مجتمع معلومات جامع");
        assertRebuilds("Мы подтверждаем нашу приверженность.", "Мы вновь подтверждаем приверженность.");
        assertRebuilds("我们重申致力于建设信息社会。", "我们再次重申致力于建设包容的信息社会。");
        assertRebuilds("", "New paragraph.");
        assertRebuilds("Deleted paragraph.", "");
        assertRebuilds("multi-stakeholder model's role", "multi‑stakeholder model’s role");
    }

    @Test
    void chineseChangesAreCharacterSized() {
        var diff = WordDiff.diff("建设信息社会", "建设包容的信息社会");
        assertEquals(List.of(new Segment(Op.EQUAL, "建设"), new Segment(Op.INSERT, "包容的"), new Segment(Op.EQUAL, "信息社会")), diff);
    }

    @Test
    void similarityRanksRewordings() {
        assertEquals(1.0, WordDiff.similarity("Same words here.", "Same words here."));
        double close = WordDiff.similarity("We decide to establish a task force on financing;",
                "We decide to establish a dedicated task force on financing;");
        double far = WordDiff.similarity("We decide to establish a task force on financing;",
                "Recalling the Geneva Plan of Action,");
        assertTrue(close > 0.8, "close: " + close);
        assertTrue(far < 0.2, "far: " + far);
        assertTrue(WordDiff.unchanged(WordDiff.diff("a b", "a b")));
    }
}
