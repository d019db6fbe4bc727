package org.penholder.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A footnote's mark follows the words it stands after, whatever is typed around it. */
class FootnoteAnchorsTest {

    private static final String TEXT = "Recalling resolution 70/125, and the outcomes";
    /** After "70/125". */
    private static final int MARK = TEXT.indexOf(',');

    private static String marked(String text, int at) {
        return text.substring(0, at) + "^" + text.substring(at);
    }

    private static String follow(String after) {
        return marked(after, FootnoteAnchors.follow(TEXT, after, MARK));
    }

    @Test
    void typingBeforeTheMarkMovesItTypingAfterItDoesNot() {
        assertEquals(
                "Recalling its resolution 70/125^, and the outcomes",
                follow("Recalling its resolution 70/125, and the outcomes"));
        assertEquals(
                "Recalling resolution 70/125^ of 2015, and the outcomes",
                follow("Recalling resolution 70/125 of 2015, and the outcomes"),
                "text typed right after the mark goes after it, as in Word");
        assertEquals(
                "Recalling resolution 70/125^, and the outcomes of the Summit",
                follow("Recalling resolution 70/125, and the outcomes of the Summit"));
    }

    @Test
    void deletingOrReplacingTheWordsBeforeTheMarkKeepsTheFootnote() {
        assertEquals("Recalling resolution^, and the outcomes", follow("Recalling resolution, and the outcomes"));
        assertEquals(
                "Recalling resolution 70/1^, and the outcomes",
                follow("Recalling resolution 70/1, and the outcomes"),
                "a replaced number: the mark follows its replacement");
        assertEquals("^", marked("", FootnoteAnchors.follow(TEXT, "", MARK)), "all text gone: the mark stays");
    }

    @Test
    void severalChangesAtOnceEachMoveTheMarkAsTheirOwn() {
        // as when a proposal is accepted: words inserted before the mark and words changed after it
        assertEquals(
                "Further recalling resolution 70/125^, and all the outcomes",
                follow("Further recalling resolution 70/125, and all the outcomes"));
    }

    @Test
    void footnotesKeepTheirOrder() {
        List<Footnote> notes = List.of(new Footnote("a", 9, "first"), new Footnote("b", MARK, "second"));
        List<Footnote> after = FootnoteAnchors.follow(TEXT, "Also " + TEXT, notes);
        assertEquals(List.of(14, MARK + 5), after.stream().map(Footnote::anchor).toList());
    }
}
