package org.penholder.docx;

import java.util.ArrayList;
import java.util.List;

/**
 * A paragraph's text as the reader shapes it (stripped, its typed number cut off, joined to the
 * paragraph before) with the places of the notes referred to in it, which follow every cut.
 *
 * @param marks the notes ("footnote:2") and where they stand, in order
 */
record NotedText(String text, List<Mark> marks) {

    /** A note referred to at {@code offset} characters into the text. */
    record Mark(int offset, String note) {}

    static final NotedText EMPTY = new NotedText("", List.of());

    NotedText {
        marks = List.copyOf(marks);
    }

    /** The accepted text of a paragraph with the notes it refers to. */
    static NotedText accepted(WordParagraph p) {
        List<Mark> marks = new ArrayList<>();
        for (WordParagraph.NoteRef n : p.notes(true)) {
            marks.add(new Mark(n.offset(), n.note()));
        }
        return new NotedText(p.acceptedText(), marks);
    }

    /** This text followed by another. */
    NotedText append(NotedText more) {
        if (more.text.isEmpty() && more.marks.isEmpty()) {
            return this;
        }
        List<Mark> all = new ArrayList<>(marks);
        more.marks.forEach(m -> all.add(new Mark(m.offset() + text.length(), m.note())));
        return new NotedText(text + more.text, all);
    }

    NotedText append(String more) {
        return append(new NotedText(more, List.of()));
    }

    /** Without white space at either end; a mark in it moves to the nearest character kept. */
    NotedText strip() {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = text.length();
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return cut(start, end);
    }

    /** The text from {@code start} on. */
    NotedText from(int start) {
        return cut(start, text.length());
    }

    private NotedText cut(int start, int end) {
        if (start == 0 && end == text.length()) {
            return this;
        }
        List<Mark> kept = new ArrayList<>();
        for (Mark m : marks) {
            kept.add(new Mark(Math.clamp(m.offset() - start, 0, end - start), m.note()));
        }
        return new NotedText(text.substring(start, end), kept);
    }
}
