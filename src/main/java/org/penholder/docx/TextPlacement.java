package org.penholder.docx;

import org.penholder.history.WordDiff;

/**
 * Where a change of a paragraph's text as a file has it goes in the paragraph's text as the draft
 * now has it: found through the word diff of the two, when the words it replaces (or, for an
 * insertion, the point) lie in words both texts share. An insertion where the file has spaces the
 * draft lacks (a trailing space the draft's text was trimmed of) goes where they were, with them.
 */
final class TextPlacement {

    /** {@code [start, end)} of the draft's text becomes {@code text}. */
    record Placed(int start, int end, String text) {}

    private TextPlacement() {}

    /** Where replacing {@code [start, end)} of {@code from} by {@code text} goes in {@code to}; null when those words differ. */
    static Placed place(String from, int start, int end, String text, String to) {
        if (from.equals(to)) {
            return new Placed(start, end, text);
        }
        int at = 0;
        int there = 0;
        for (WordDiff.Segment s : WordDiff.diff(from, to)) {
            int length = s.text().length();
            switch (s.op()) {
                case EQUAL -> {
                    if (start >= at && end <= at + length) {
                        return new Placed(there + start - at, there + end - at, text);
                    }
                    there += length;
                }
                case DELETE -> {
                    if (start == end
                            && start > at
                            && start <= at + length
                            && s.text().isBlank()) {
                        return new Placed(there, there, s.text().substring(0, start - at) + text);
                    }
                }
                case INSERT -> there += length;
            }
            at += s.op() == WordDiff.Op.INSERT ? 0 : length;
        }
        return null;
    }
}
