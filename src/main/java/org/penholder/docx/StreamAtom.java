package org.penholder.docx;

import java.util.List;

/**
 * A piece of a Word file's body read as one stream by {@link TrackedEdits}: a run of text, or a
 * paragraph mark ({@code text} null), with the tracked changes around it (outermost first) and the
 * paragraph it belongs to in the original and in the accepted text (-1 where it is not there).
 */
final class StreamAtom {
    final String text;
    final List<WordParagraph.Change> changes;
    final int paragraph;
    /** The footnote a note reference refers to ("footnote:2"); null for text and marks. */
    final String note;

    int original = -1;
    int accepted = -1;

    StreamAtom(String text, List<WordParagraph.Change> changes, int paragraph) {
        this(text, changes, paragraph, null);
    }

    StreamAtom(String text, List<WordParagraph.Change> changes, int paragraph, String note) {
        this.text = text;
        this.changes = changes;
        this.paragraph = paragraph;
        this.note = note;
    }

    boolean isMark() {
        return text == null;
    }

    WordParagraph.Change change() {
        return changes.isEmpty() ? null : changes.get(changes.size() - 1);
    }
}
