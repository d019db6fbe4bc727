package org.penholder.ui.common;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * Where {@link RtlSafeText} cuts a text: lines holding right-to-left letters at every place a line
 * may break, where their letters meet other characters, around each punctuation mark, and inside
 * words too long to keep (docs/adr/0060).
 */
final class RtlCuts {

    private RtlCuts() {}

    /**
     * Where a piece starts, the word class of the pieces from there on (null: a line left whole),
     * and whether it is joined to the piece before it: no line may break between them.
     */
    record Mark(int at, String wordClass, boolean joined) {}

    /** Where the pieces of a text start, in order; none when the text has no right-to-left letters. */
    static List<Mark> marks(String text) {
        List<Mark> marks = new ArrayList<>();
        BreakIterator breaks = null;
        boolean previousCut = false;
        int start = 0;
        while (start < text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline + 1;
            boolean cut = RtlSafeText.hasRightToLeft(text, start, end);
            if (cut) {
                if (breaks == null) {
                    breaks = BreakIterator.getLineInstance(); // the rules JavaFX breaks complex text by
                }
                breaks.setText(text.substring(start, end));
                TreeSet<Integer> at = new TreeSet<>();
                TreeSet<Integer> joined = new TreeSet<>();
                at.add(start);
                int from = start;
                for (int b = breaks.next(); b != BreakIterator.DONE; b = breaks.next()) {
                    cutLongWord(text, from, start + b, at);
                    from = start + b;
                    if (from < end) {
                        at.add(from);
                    }
                }
                cutAtScriptChanges(text, start, end, at, joined);
                int i = 0;
                for (int a : at) {
                    marks.add(new Mark(
                            a, i++ % 2 == 0 ? RtlSafeText.WORD_EVEN : RtlSafeText.WORD_ODD, joined.contains(a)));
                }
            } else if (previousCut) {
                marks.add(new Mark(start, null, false));
            }
            previousCut = cut;
            start = end;
        }
        return marks;
    }

    /** What a character is to {@link #cutAtScriptChanges}. */
    private enum Kind {
        /** A letter written right to left: Arabic, Hebrew ... */
        RIGHT_TO_LEFT,
        /** Punctuation and symbols, whose direction comes from their neighbours. */
        NEUTRAL,
        /** Latin and other left-to-right letters, digits. */
        OTHER,
        /** White space, marks, joiners: part of the piece before them. */
        ATTACHED
    }

    private static Kind kind(String text, int i) {
        char c = text.charAt(i);
        if (Character.isWhitespace(c) || isMark(c) || Character.isLowSurrogate(c)) {
            return Kind.ATTACHED;
        }
        return switch (Character.getDirectionality(c)) {
            case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC ->
                Kind.RIGHT_TO_LEFT;
            case Character.DIRECTIONALITY_OTHER_NEUTRALS,
                    Character.DIRECTIONALITY_COMMON_NUMBER_SEPARATOR,
                    Character.DIRECTIONALITY_EUROPEAN_NUMBER_SEPARATOR,
                    Character.DIRECTIONALITY_EUROPEAN_NUMBER_TERMINATOR,
                    Character.DIRECTIONALITY_SEGMENT_SEPARATOR,
                    Character.DIRECTIONALITY_PARAGRAPH_SEPARATOR -> Kind.NEUTRAL;
            case Character.DIRECTIONALITY_BOUNDARY_NEUTRAL, Character.DIRECTIONALITY_NONSPACING_MARK -> Kind.ATTACHED;
            default -> Kind.OTHER;
        };
    }

    /**
     * Cuts a right-to-left line where its letters meet punctuation, digits or Latin letters, and
     * around each punctuation mark; white space stays with the piece before it. JavaFX on Linux
     * shapes each run through Pango and places the pieces Pango splits a right-to-left run into
     * (by font: Arabic letters from one font, a full stop or a guillemet from another) in logical
     * order, left to right: a full stop in the same node as its Arabic word is drawn on the wrong
     * side of it, and the word after it glued to the word. A piece of one kind is drawn by one
     * font, and the order of the pieces is the flow's bidi order (docs/adr/0060).
     */
    private static void cutAtScriptChanges(
            String text, int start, int end, NavigableSet<Integer> cuts, NavigableSet<Integer> joined) {
        Kind previous = null;
        boolean afterSpace = false;
        for (int i = start; i < end; i++) {
            Kind k = kind(text, i);
            if (k == Kind.ATTACHED) {
                afterSpace |= Character.isWhitespace(text.charAt(i));
                continue;
            }
            if (previous != null && (afterSpace || k != previous || k == Kind.NEUTRAL) && cuts.add(i)) {
                joined.add(i);
            }
            previous = k;
            afterSpace = false;
        }
    }

    /** Cuts a piece's word (its text before trailing white space) every {@link RtlSafeText#CHUNK} characters when it is too long. */
    private static void cutLongWord(String text, int from, int to, Collection<Integer> cuts) {
        int end = to;
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end - from <= RtlSafeText.LONGEST_WORD || !RtlSafeText.hasRightToLeft(text, from, end)) {
            return;
        }
        int at = from + RtlSafeText.CHUNK;
        while (at < end) {
            // never between a letter and its marks (Arabic vowels) or inside a surrogate pair
            while (at < end && (isMark(text.charAt(at)) || Character.isLowSurrogate(text.charAt(at)))) {
                at++;
            }
            if (at < end) {
                cuts.add(at);
            }
            at += RtlSafeText.CHUNK;
        }
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || c == '\u200D'
                || c == '\u200C';
    }

    /** True when a piece holds punctuation and white space only. */
    static boolean isPunctuation(String piece) {
        boolean any = false;
        for (int i = 0; i < piece.length(); i++) {
            Kind k = kind(piece, i);
            if (k == Kind.RIGHT_TO_LEFT || k == Kind.OTHER) {
                return false;
            }
            any |= k == Kind.NEUTRAL;
        }
        return any;
    }
}
