package org.penholder.docx;

import java.util.List;
import org.penholder.model.ParagraphKind;

/**
 * One edit a delegation tracked in a Word file, of the paragraphs as the file held them before the
 * changes ({@link TrackedEdits.Original}, counted by {@code original} and {@code after}).
 * {@code ordinal} numbers the edits of a file in the order they are found, the same every time the
 * same file is read.
 */
sealed interface TrackedEdit {

    int ordinal();

    Who who();

    /** Who made a change, when (as the file says), and the ids of its tracked changes in the file. */
    record Who(String author, String date, List<String> changeIds) {}

    /** Replace {@code [start, end)} of an original paragraph's text by {@code text}. */
    record TextEdit(int ordinal, int original, int start, int end, String text, Who who) implements TrackedEdit {}

    /** A new paragraph after original paragraph {@code after} (-1: before every paragraph); {@code kind} null when unknown. */
    record NewParagraph(int ordinal, int after, String text, ParagraphKind kind, Who who) implements TrackedEdit {}

    record RemovedParagraph(int ordinal, int original, Who who) implements TrackedEdit {}

    /**
     * Replace {@code [start, end)} of a footnote's text by {@code text}: the {@code note}-th footnote
     * (from 0) of original paragraph {@code original}, whose text before the changes was {@code base}.
     */
    record FootnoteEdit(int ordinal, int original, int note, String base, int start, int end, String text, Who who)
            implements TrackedEdit {}

    /** Original paragraph {@code original} moved to stand after original paragraph {@code after}. */
    record MovedParagraph(int ordinal, int original, int after, Who who) implements TrackedEdit {}
}
