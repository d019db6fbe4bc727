package org.penholder.merge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.penholder.model.FootnoteAnchors;
import org.penholder.store.CopyRecords.AmendmentRow;
import org.penholder.store.CopyRecords.FootnoteRow;
import org.penholder.store.CopyRecords.ParagraphRow;

/**
 * The footnotes of two copies merged (docs/adr/0141), once their drafts are. A footnote is matched
 * by its uid. Its words and whether it is removed are its content: the copy that changed them since
 * the copies parted gives them; when both changed them differently, this copy keeps its own and the
 * other's becomes a proposal (a footnote changed differently in both copies is a conflict on its
 * paragraph, like its text). Where its mark stands follows the paragraph text the merge keeps: a
 * footnote on a paragraph whose text comes from the other copy takes its place there, one whose
 * text this copy keeps keeps its place, and a mark on a text that changed under it moves as
 * typing would move it ({@link FootnoteAnchors}). Pure: reads rows, returns rows.
 */
final class FootnoteMerge {

    private FootnoteMerge() {}

    /**
     * A footnote both copies changed differently: this copy keeps {@code mine}; {@code theirs} is
     * to become a proposal by {@code by}, on {@code paragraphId} with its mark at {@code anchor}.
     */
    record Conflict(
            String uid,
            String paragraphId,
            int anchor,
            FootnoteRow mine,
            FootnoteRow theirs,
            AmendmentRow by,
            List<String> theirUids) {}

    /** The footnote rows to write, the conflicts, and how many footnotes come in or change. */
    record Outcome(
            List<FootnoteRow> inserts, List<FootnoteRow> updates, List<Conflict> conflicts, int added, int changed) {

        static final Outcome NONE = new Outcome(List.of(), List.of(), List.of(), 0, 0);
    }

    /** One copy's footnotes (by uid), paragraphs, and what it did since the copies parted. */
    record Side(Map<String, FootnoteRow> footnotes, Map<String, ParagraphRow> paragraphs, Touched touched) {}

    /**
     * Merges the footnotes of {@code theirs} into {@code mine}; {@code result} holds every paragraph
     * as the merged draft leaves it, and {@code fastForward} says this copy takes the other's draft whole.
     */
    static Outcome merge(Side mine, Side theirs, Map<String, ParagraphRow> result, boolean fastForward) {
        List<FootnoteRow> inserts = new ArrayList<>();
        List<FootnoteRow> updates = new ArrayList<>();
        List<Conflict> conflicts = new ArrayList<>();
        int added = 0;
        int changed = 0;
        Map<String, FootnoteRow> all = new LinkedHashMap<>(mine.footnotes());
        theirs.footnotes().forEach(all::putIfAbsent);
        for (String uid : all.keySet()) {
            FootnoteRow m = mine.footnotes().get(uid);
            FootnoteRow t = theirs.footnotes().get(uid);
            FootnoteRow content = content(m, t, mine, theirs, fastForward);
            FootnoteRow placed = place(m, t, mine, theirs, result, fastForward);
            FootnoteRow r = placed.withContent(content.text(), content.deleted());
            if (m == null) {
                inserts.add(r);
                if (!r.deleted()) {
                    added++;
                }
            } else if (!r.equals(m)) {
                updates.add(r);
                if (!sameContent(r, m)) {
                    changed++;
                }
            }
            if (m != null
                    && t != null
                    && !fastForward
                    && !sameContent(m, t)
                    && mine.touched().footnote(uid)
                    && theirs.touched().footnote(uid)) {
                conflicts.add(new Conflict(
                        uid,
                        r.paragraphId(),
                        r.anchor(),
                        m,
                        t,
                        theirs.touched().lastOfFootnote(uid),
                        theirs.touched().footnoteUids(uid)));
            }
        }
        return new Outcome(inserts, updates, conflicts, added, changed);
    }

    /** The words and life of a footnote after the merge: the side that changed them, this one on a conflict. */
    private static FootnoteRow content(FootnoteRow m, FootnoteRow t, Side mine, Side theirs, boolean fastForward) {
        if (m == null || (t != null && fastForward)) {
            return t; // fast-forward takes the other's rows whole, removed footnotes' words too
        }
        if (t == null || sameContent(m, t)) {
            return m;
        }
        return theirs.touched().footnote(m.uid()) && !mine.touched().footnote(m.uid()) ? t : m;
    }

    private static boolean sameContent(FootnoteRow a, FootnoteRow b) {
        return a.deleted() == b.deleted() && (a.deleted() || Objects.equals(a.text(), b.text()));
    }

    /** The footnote on the paragraph and at the place where the merged draft has its mark. */
    private static FootnoteRow place(
            FootnoteRow m,
            FootnoteRow t,
            Side mine,
            Side theirs,
            Map<String, ParagraphRow> result,
            boolean fastForward) {
        if (t != null && fastForward) {
            return t;
        }
        ParagraphRow hereNow = m == null ? null : result.get(m.paragraphId());
        ParagraphRow here = m == null ? null : mine.paragraphs().get(m.paragraphId());
        if (live(hereNow) && here != null && hereNow.text().equals(here.text())) {
            return m; // this copy's text of its paragraph is kept: so is the mark on it
        }
        ParagraphRow thereNow = t == null ? null : result.get(t.paragraphId());
        ParagraphRow there = t == null ? null : theirs.paragraphs().get(t.paragraphId());
        if (live(thereNow) && there != null && thereNow.text().equals(there.text())) {
            return t; // the other copy's text is taken: its mark on it too
        }
        if (live(hereNow) && here != null) {
            return m.placed(m.paragraphId(), FootnoteAnchors.follow(here.text(), hereNow.text(), m.anchor()));
        }
        if (live(thereNow) && there != null) {
            return t.placed(t.paragraphId(), FootnoteAnchors.follow(there.text(), thereNow.text(), t.anchor()));
        }
        // its paragraph is deleted here: should a proposal bring it back, it comes with the other copy's text
        if (t != null && there != null && !there.deleted()) {
            return t;
        }
        return m != null ? m : t;
    }

    private static boolean live(ParagraphRow p) {
        return p != null && !p.deleted();
    }
}
