package org.penholder.model;

import java.util.Comparator;
import java.util.List;

/**
 * A footnote of a paragraph: its text, and the place in the paragraph's text it hangs on (the
 * number of characters before its mark, in UTF-16 units). Footnotes of a paragraph are in the order
 * of their places; their numbers ("3") are counted through the document, never stored.
 *
 * @param uid    the footnote's identity, unique across copies of a project; null for a footnote read
 *               from a file and not yet stored
 * @param anchor where its mark stands: 0 before the first character, the text's length after the last
 */
public record Footnote(String uid, int anchor, String text) {

    /** Orders footnotes by where their marks stand. */
    public static final Comparator<Footnote> IN_TEXT = Comparator.comparingInt(Footnote::anchor);

    public Footnote {
        text = text == null ? "" : text;
        if (anchor < 0) {
            throw new IllegalArgumentException("a footnote's place cannot be before its paragraph: " + anchor);
        }
    }

    public Footnote withAnchor(int at) {
        return new Footnote(uid, at, text);
    }

    public Footnote withText(String newText) {
        return new Footnote(uid, anchor, newText);
    }

    public Footnote withUid(String id) {
        return new Footnote(id, anchor, text);
    }

    /** The footnotes in the order of their marks, each placed within a text of {@code length} characters. */
    public static List<Footnote> placed(List<Footnote> notes, int length) {
        return notes.stream()
                .map(f -> f.anchor() > length ? f.withAnchor(length) : f)
                .sorted(IN_TEXT)
                .toList();
    }
}
