package org.penholder.draft;

import java.util.List;
import org.penholder.model.Amendment;
import org.penholder.model.AmendmentKind;
import org.penholder.model.Author;
import org.penholder.model.Footnote;
import org.penholder.model.Ids;
import org.penholder.model.Paragraph;
import org.penholder.store.AmendmentStore;
import org.penholder.store.Database;
import org.penholder.store.DraftStore;
import org.penholder.store.FootnoteStore;
import org.penholder.store.StoreException;

/**
 * Footnotes of the draft's paragraphs: added at a place in a paragraph's text, edited, removed.
 * Each change is an amendment of its paragraph in the same transaction (docs/adr/0130): its text
 * before and after are the footnote's, and its detail names the footnote
 * ({@code {"footnote": uid, "action": "add"|"edit"|"remove", "anchor": n}}), so the history of a
 * paragraph shows its footnotes' changes and the redline finds who made them.
 */
public final class FootnoteService {

    /** The key of an amendment's detail that names the footnote it changed. */
    public static final String DETAIL_KEY = "footnote";

    private final Database db;
    private final DraftService draft;
    private final FootnoteStore footnotes;
    private final AmendmentStore amendments;

    FootnoteService(Database db, DraftService draft, DraftStore drafts, AmendmentStore amendments) {
        this.db = db;
        this.draft = draft;
        this.footnotes = drafts.footnotes();
        this.amendments = amendments;
    }

    /** The live footnotes of a paragraph, in the order of their marks. */
    public List<Footnote> of(String paragraphId) {
        return footnotes.of(paragraphId);
    }

    /** A live footnote and its paragraph, or an error naming it. */
    public FootnoteStore.Row footnote(String uid) {
        return footnotes
                .byUid(uid)
                .filter(r -> !r.deleted())
                .orElseThrow(() -> new StoreException(db.file() + ": the draft has no footnote " + uid));
    }

    /**
     * Adds a footnote to a paragraph, its mark after {@code anchor} characters of the text (a new
     * uid when {@code uid} is null; a removed footnote's uid brings it back, as redo does).
     */
    public Amendment add(String paragraphId, String uid, int anchor, String text, Author author) {
        draft.endBurst();
        return db.write(() -> {
            Paragraph p = draft.paragraph(paragraphId);
            if (anchor < 0 || anchor > p.text().length()) {
                throw new StoreException(db.file() + ": a footnote of " + paragraphId + " cannot stand at " + anchor
                        + " (its text has " + p.text().length() + " characters)");
            }
            Footnote f = new Footnote(uid == null ? Ids.newUid() : uid, anchor, text.strip());
            footnotes.put(paragraphId, f);
            return amendments.append(change(paragraphId, f, "add", null, f.text(), author, null));
        });
    }

    /** Gives a footnote new words. */
    public Amendment edit(String uid, String text, Author author, String rationale) {
        draft.endBurst();
        return db.write(() -> {
            FootnoteStore.Row row = footnote(uid);
            Footnote now = row.footnote().withText(text.strip());
            footnotes.put(row.paragraphId(), now);
            return amendments.append(
                    change(row.paragraphId(), now, "edit", row.footnote().text(), now.text(), author, rationale));
        });
    }

    /** Removes a footnote (its mark and its words); undo brings it back with {@link #add}. */
    public Amendment remove(String uid, Author author) {
        draft.endBurst();
        return db.write(() -> {
            FootnoteStore.Row row = footnote(uid);
            footnotes.remove(uid);
            return amendments.append(change(
                    row.paragraphId(), row.footnote(), "remove", row.footnote().text(), null, author, null));
        });
    }

    private static Amendment change(
            String paragraphId,
            Footnote f,
            String action,
            String before,
            String after,
            Author author,
            String rationale) {
        return DraftService.applied(
                paragraphId,
                null,
                AmendmentKind.ofTextChange(before, after),
                before,
                after,
                author,
                rationale,
                null,
                Details.of(DETAIL_KEY, f.uid(), "action", action, "anchor", f.anchor()));
    }

    /** True when an amendment changed a footnote rather than its paragraph's text. */
    public static boolean isFootnoteChange(Amendment a) {
        return a.detail() != null && Details.parse(a.detail()).hasNonNull(DETAIL_KEY);
    }
}
