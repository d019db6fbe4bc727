package org.penholder.draft;

import java.util.List;
import org.penholder.model.Footnote;
import org.penholder.model.FootnoteAnchors;
import org.penholder.model.Paragraph;
import org.penholder.store.FootnoteStore;

/**
 * Keeps the marks of footnotes where they belong while paragraphs are edited, split and joined
 * (docs/adr/0130); the draft service calls it in the same transaction as the change.
 */
final class FootnoteMarks {

    private final FootnoteStore store;

    FootnoteMarks(FootnoteStore store) {
        this.store = store;
    }

    /** The marks of a paragraph's footnotes follow a change of its text (docs/adr/0130). */
    void follow(String paragraphId, String before, String after) {
        List<Footnote> notes = store.of(paragraphId);
        if (!notes.isEmpty() && !before.equals(after)) {
            store.place(paragraphId, FootnoteAnchors.follow(before, after, notes));
        }
    }

    /** The footnotes after the cut go with the second part, their marks where its text has them. */
    void split(Paragraph p, String newId, String firstText, String secondText) {
        List<Footnote> notes = store.of(p.id());
        if (notes.isEmpty()) {
            return;
        }
        String text = p.text();
        int cut = text.startsWith(firstText) ? firstText.length() : text.length();
        int secondStart = text.endsWith(secondText) ? text.length() - secondText.length() : text.length();
        List<Footnote> first = new java.util.ArrayList<>();
        List<Footnote> second = new java.util.ArrayList<>();
        for (Footnote f : notes) {
            if (f.anchor() > cut && f.anchor() >= secondStart) {
                second.add(f.withAnchor(Math.min(f.anchor() - secondStart, secondText.length())));
            } else {
                first.add(f.withAnchor(Math.min(f.anchor(), firstText.length())));
            }
        }
        store.place(p.id(), first);
        store.place(newId, second);
    }

    /** The footnotes of the paragraph joined on come along, after the text they followed. */
    void join(Paragraph keep, Paragraph removed, String mergedText) {
        follow(keep.id(), keep.text(), mergedText);
        List<Footnote> notes = store.of(removed.id());
        if (notes.isEmpty()) {
            return;
        }
        int offset = mergedText.endsWith(removed.text())
                ? mergedText.length() - removed.text().length()
                : Math.min(keep.text().length(), mergedText.length());
        store.place(
                keep.id(),
                notes.stream()
                        .map(f -> f.withAnchor(Math.min(offset + f.anchor(), mergedText.length())))
                        .toList());
    }
}
