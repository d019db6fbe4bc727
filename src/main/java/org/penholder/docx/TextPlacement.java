package org.penholder.docx;

import org.penholder.history.WordDiff;

/**
 * Where a stretch of a paragraph's text as a file has it stands in the paragraph's text as the draft
 * now has it: found through the word diff of the two, when the stretch (or, for an insertion, the
 * point) lies in words both texts share.
 */
final class TextPlacement {

    private TextPlacement() {
    }

    /** {@code [start, end)} of {@code from} as a range of {@code to}, or null when those words are not the same in both. */
    static int[] place(String from, int start, int end, String to) {
        if (from.equals(to)) {
            return new int[] {start, end};
        }
        int at = 0;
        int there = 0;
        for (WordDiff.Segment s : WordDiff.diff(from, to)) {
            int length = s.text().length();
            switch (s.op()) {
                case EQUAL -> {
                    if (start >= at && end <= at + length) {
                        return new int[] {there + start - at, there + end - at};
                    }
                    at += length;
                    there += length;
                }
                case DELETE -> at += length;
                case INSERT -> there += length;
            }
        }
        return null;
    }
}
