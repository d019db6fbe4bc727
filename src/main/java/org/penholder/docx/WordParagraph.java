package org.penholder.docx;

import java.util.List;

/**
 * One paragraph of a Word file as it was read: its style, numbering and direction, the bookmarks
 * that start in it, and its text as runs, each either plain or part of a tracked change with its
 * author and date. The accepted and the original text of a paragraph both follow from it, which
 * is what reading a delegation's tracked changes as proposals needs.
 *
 * @param numId       direct numbering instance (0: numbering removed; null: from the style)
 * @param markChange  a tracked insertion or deletion of the paragraph mark itself, or null
 * @param inTable     the paragraph is inside a table
 */
record WordParagraph(String styleId, Integer numId, Integer ilvl, Integer outlineLevel, boolean centered,
                     boolean bidi, boolean inTable, List<String> bookmarks, List<Segment> segments,
                     Change markChange) {

    WordParagraph {
        bookmarks = List.copyOf(bookmarks);
        segments = List.copyOf(segments);
    }

    /** What a tracked change did. */
    enum ChangeKind { INSERTED, DELETED, MOVED_TO, MOVED_FROM;

        /** True when the text is in the document once all changes are accepted. */
        boolean keptWhenAccepted() {
            return this == INSERTED || this == MOVED_TO;
        }
    }

    /** A tracked change: what, by whom, when (as written in the file). */
    record Change(ChangeKind kind, String author, String date) {
    }

    /** A run of text, plain ({@code change} null) or inside a tracked change. */
    record Segment(String text, Change change, boolean bold) {
    }

    /** The text with every tracked change accepted. */
    String acceptedText() {
        StringBuilder b = new StringBuilder();
        for (Segment s : segments) {
            if (s.change() == null || s.change().kind().keptWhenAccepted()) {
                b.append(s.text());
            }
        }
        return b.toString();
    }

    /** The text with every tracked change rejected: as it was before the changes. */
    String originalText() {
        StringBuilder b = new StringBuilder();
        for (Segment s : segments) {
            if (s.change() == null || !s.change().kind().keptWhenAccepted()) {
                b.append(s.text());
            }
        }
        return b.toString();
    }

    /** Number of tracked changes in the paragraph (runs of one change count once). */
    int changeCount() {
        int n = markChange == null ? 0 : 1;
        Change last = null;
        for (Segment s : segments) {
            if (s.change() != null && s.change() != last) {
                n++;
            }
            last = s.change();
        }
        return n;
    }

    /** True when every letter of the accepted text is in bold runs. */
    boolean allBold() {
        boolean any = false;
        for (Segment s : segments) {
            if (s.change() != null && !s.change().kind().keptWhenAccepted()) {
                continue;
            }
            if (!s.text().isBlank()) {
                if (!s.bold()) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }
}
