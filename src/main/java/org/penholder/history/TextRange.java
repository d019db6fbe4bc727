package org.penholder.history;

import java.util.Optional;

/**
 * A stretch [start, end) of a paragraph's text that a proposal changes, found again in the
 * paragraph's current text by the words around it, so that a proposal made on an older text still
 * applies when other parts of the paragraph have changed since.
 */
record TextRange(int start, int end) {

    /** How many characters either side of the changed words are used to find them again. */
    static final int CONTEXT = 40;

    boolean overlaps(TextRange o) {
        if (start == end || o.start == o.end) {
            // an insertion conflicts with a change around its point, or another insertion at it
            int point = start == end ? start : o.start;
            TextRange other = start == end ? o : this;
            return other.start == other.end ? start == o.start : point > other.start && point < other.end;
        }
        return start < o.end && o.start < end;
    }

    /** Where the words {@code [start, end)} of {@code base} stand in {@code current}, if they can be found unambiguously. */
    static Optional<TextRange> locate(String base, int start, int end, String current) {
        if (base.equals(current)) {
            return Optional.of(new TextRange(start, end));
        }
        String old = base.substring(start, end);
        String before = base.substring(Math.max(0, start - CONTEXT), start);
        String after = base.substring(end, Math.min(base.length(), end + CONTEXT));
        for (int shrink = 0; shrink <= 3; shrink++) {
            int keep = CONTEXT >> shrink;
            String b = before.substring(Math.max(0, before.length() - keep));
            String a = after.substring(0, Math.min(after.length(), keep));
            Optional<TextRange> found = unique(current, b + old + a, b.length(), old.length());
            if (found.isPresent()) {
                return found;
            }
            found = unique(current, b + old, b.length(), old.length());
            if (found.isPresent()) {
                return found;
            }
            found = unique(current, old + a, 0, old.length());
            if (found.isPresent()) {
                return found;
            }
        }
        return old.isEmpty() ? Optional.empty() : unique(current, old, 0, old.length());
    }

    private static Optional<TextRange> unique(String text, String needle, int offset, int length) {
        if (needle.isEmpty()) {
            return Optional.empty();
        }
        int at = text.indexOf(needle);
        if (at < 0 || text.indexOf(needle, at + 1) >= 0) {
            return Optional.empty();
        }
        return Optional.of(new TextRange(at + offset, at + offset + length));
    }
}
