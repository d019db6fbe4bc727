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
        assertEquals(
                List.of(
                        new Segment(Op.EQUAL, "Member States "),
                        new Segment(Op.DELETE, "shall"),
                        new Segment(Op.INSERT, "should"),
                        new Segment(Op.EQUAL, " report by "),
                        new Segment(Op.DELETE, "2030"),
                        new Segment(Op.INSERT, "2035"),
                        new Segment(Op.EQUAL, ";")),
                diff);
    }

    @Test
    void insertedWordsAreOneInsertion() {
        var diff = WordDiff.diff("We decide to act;", "We decide urgently and decisively to act;");
        assertEquals(
                List.of(
                        new Segment(Op.EQUAL, "We decide "),
                        new Segment(Op.INSERT, "urgently and decisively "),
                        new Segment(Op.EQUAL, "to act;")),
                diff);
    }

    @Test
    void adjacentChangesSeparatedBySpacesReadAsOne() {
        var diff = WordDiff.diff("the Forum shall be renewed", "the Forum will become permanent");
        assertEquals(
                List.of(
                        new Segment(Op.EQUAL, "the Forum "),
                        new Segment(Op.DELETE, "shall be renewed"),
                        new Segment(Op.INSERT, "will become permanent")),
                diff);
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
        assertEquals(
                List.of(new Segment(Op.EQUAL, "建设"), new Segment(Op.INSERT, "包容的"), new Segment(Op.EQUAL, "信息社会")),
                diff);
    }

    @Test
    void similarityRanksRewordings() {
        assertEquals(1.0, WordDiff.similarity("Same words here.", "Same words here."));
        double close = WordDiff.similarity(
                "We decide to establish a task force on financing;",
                "We decide to establish a dedicated task force on financing;");
        double far = WordDiff.similarity(
                "We decide to establish a task force on financing;", "Recalling the Geneva Plan of Action,");
        assertTrue(close > 0.8, "close: " + close);
        assertTrue(far < 0.2, "far: " + far);
        assertTrue(WordDiff.unchanged(WordDiff.diff("a b", "a b")));
    }

    @Test
    void noIdeographBeforeTheFirstIdeographCodePoint() {
        for (int cp = 0; cp < WordDiff.FIRST_IDEOGRAPH; cp++) {
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            String at = "U+" + Integer.toHexString(cp);
            assertTrue(
                    s != Character.UnicodeScript.HAN
                            && s != Character.UnicodeScript.HIRAGANA
                            && s != Character.UnicodeScript.KATAKANA,
                    at);
        }
        assertEquals(Character.UnicodeScript.HAN, Character.UnicodeScript.of(WordDiff.FIRST_IDEOGRAPH));
    }

    /** The diff as built on java-diff-utils' patch, before the diff ran on numbered tokens. */
    private static List<Segment> libraryDiff(String before, String after) {
        List<String> a = WordDiff.tokens(before);
        List<String> b = WordDiff.tokens(after);
        com.github.difflib.patch.Patch<String> patch = com.github.difflib.DiffUtils.diff(a, b);
        List<Segment> raw = new java.util.ArrayList<>();
        int ia = 0;
        for (var delta : patch.getDeltas()) {
            int at = delta.getSource().getPosition();
            if (at > ia) {
                raw.add(new Segment(Op.EQUAL, String.join("", a.subList(ia, at))));
            }
            raw.add(new Segment(Op.DELETE, String.join("", delta.getSource().getLines())));
            raw.add(new Segment(Op.INSERT, String.join("", delta.getTarget().getLines())));
            ia = at + delta.getSource().size();
        }
        raw.add(new Segment(Op.EQUAL, String.join("", a.subList(ia, a.size()))));
        return WordDiff.tidy(raw);
    }

    @Test
    void sameSegmentsAsTheLibraryPatchOnRandomTexts() {
        java.util.Random r = new java.util.Random(2030);
        String[] words = {
            "the", "The", "shall", "should", "and", "States", " ", "  ", ",", ";", "(", ")", "non-State", "国", "連", "\n"
        };
        for (int round = 0; round < 2000; round++) {
            int vocabulary = 2 + r.nextInt(words.length - 1);
            StringBuilder x = new StringBuilder();
            StringBuilder y = new StringBuilder();
            for (int k = r.nextInt(40); k > 0; k--) {
                String w = words[r.nextInt(vocabulary)];
                x.append(w).append(r.nextBoolean() ? " " : "");
                int change = r.nextInt(6);
                if (change > 1) {
                    y.append(w).append(r.nextBoolean() ? " " : "");
                } else if (change == 1) {
                    y.append(words[r.nextInt(vocabulary)]).append(' ');
                }
            }
            String before = x.toString();
            String after = y.toString();
            assertEquals(libraryDiff(before, after), WordDiff.diff(before, after), () -> before + " -> " + after);
        }
    }
}
