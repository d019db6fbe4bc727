package org.penholder.merge;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.penholder.draft.Details;
import org.penholder.draft.FootnoteService;
import org.penholder.store.CopyRecords.AmendmentRow;

/**
 * What one copy did to each paragraph since the copies parted, read from its applied amendments the
 * other copy lacks: which aspects of the paragraph it changed, who changed it last, and which of its
 * amendments did (docs/adr/0141).
 */
final class Touched {

    /** What of a paragraph an amendment changes. */
    enum Aspect {
        TEXT,
        STATUS,
        KIND,
        PLACE,
        LIFE,
        /** One of its footnotes: added, edited or removed (which one: {@link Touched#footnote}). */
        FOOTNOTE
    }

    private final Map<String, EnumSet<Aspect>> aspects = new HashMap<>();
    private final Map<String, AmendmentRow> last = new HashMap<>();
    private final Map<String, List<String>> uids = new HashMap<>();
    private final Map<String, AmendmentRow> lastOfSection = new HashMap<>();
    private final Map<String, AmendmentRow> lastTitle = new HashMap<>();
    private final List<List<String>> pairs = new ArrayList<>();
    private final Map<String, AmendmentRow> lastOfFootnote = new HashMap<>();
    private final Map<String, List<String>> footnoteUids = new HashMap<>();
    private boolean draftChanged;

    /** Reads the applied amendments of one side, oldest first. */
    static Touched by(List<AmendmentRow> amendments) {
        Touched t = new Touched();
        for (AmendmentRow a : amendments) {
            if (a.applied()) {
                t.add(a);
            }
        }
        return t;
    }

    private void add(AmendmentRow a) {
        draftChanged = true;
        String p = a.paragraphId();
        String footnote = footnoteOf(a);
        if (footnote != null) {
            // a change of a footnote is an amendment of its paragraph, of an aspect of its own
            mark(p, a, Aspect.FOOTNOTE);
            lastOfFootnote.put(footnote, a);
            footnoteUids.computeIfAbsent(footnote, k -> new ArrayList<>()).add(a.uid());
            return;
        }
        switch (a.kind()) {
            case INSERT_TEXT, DELETE_TEXT, REPLACE_TEXT -> mark(p, a, Aspect.TEXT);
            case CHANGE_STATUS -> mark(p, a, Aspect.STATUS);
            case CHANGE_KIND -> mark(p, a, Aspect.KIND);
            case MOVE_PARAGRAPH -> mark(p, a, Aspect.PLACE);
            case DELETE_PARAGRAPH -> mark(p, a, Aspect.LIFE);
            case NEW_PARAGRAPH -> mark(p, a, Aspect.values()); // made (or brought back) here: all of it
            case SPLIT_PARAGRAPH -> {
                pair(a);
                if (isNewPart(a)) {
                    mark(p, a, Aspect.values());
                } else {
                    mark(p, a, Aspect.TEXT);
                }
            }
            case JOIN_PARAGRAPHS -> {
                pair(a);
                if (isRemovedPart(a)) {
                    mark(p, a, Aspect.LIFE);
                } else {
                    mark(p, a, Aspect.TEXT);
                }
            }
            case NEW_SECTION, RENAME_SECTION, DELETE_SECTION -> {
                if (a.sectionId() != null) {
                    lastOfSection.put(a.sectionId(), a);
                }
            }
            case CHANGE_TITLE -> lastTitle.put(TitleField.of(a).key(), a);
        }
    }

    /** The footnote an amendment changed, or null when it changed its paragraph. */
    private static String footnoteOf(AmendmentRow a) {
        if (a.detail() == null || !a.detail().contains(FootnoteService.DETAIL_KEY)) {
            return null;
        }
        return Details.parse(a.detail()).path(FootnoteService.DETAIL_KEY).asText(null);
    }

    /** The second part of a split: the one that did not exist before (its detail says where it came from). */
    private static boolean isNewPart(AmendmentRow a) {
        return Details.parse(a.detail()).has("from");
    }

    /** The paragraph a join removed (its detail says where it went). */
    private static boolean isRemovedPart(AmendmentRow a) {
        return Details.parse(a.detail()).has("into");
    }

    private void pair(AmendmentRow a) {
        if (a.paragraphId() != null && a.relatedParagraphId() != null) {
            pairs.add(List.of(a.paragraphId(), a.relatedParagraphId()));
        }
    }

    /** Paragraphs split from or joined to each other by this side: a change to one is a change to both. */
    List<List<String>> splitsAndJoins() {
        return pairs;
    }

    private void mark(String paragraphId, AmendmentRow a, Aspect... what) {
        if (paragraphId == null) {
            return;
        }
        aspects.computeIfAbsent(paragraphId, k -> EnumSet.noneOf(Aspect.class)).addAll(List.of(what));
        last.put(paragraphId, a);
        uids.computeIfAbsent(paragraphId, k -> new ArrayList<>()).add(a.uid());
    }

    /** True when this side changed anything of the draft since the copies parted. */
    boolean draftChanged() {
        return draftChanged;
    }

    /** The aspects of a paragraph this side changed (empty when none). */
    EnumSet<Aspect> of(String paragraphId) {
        EnumSet<Aspect> a = aspects.get(paragraphId);
        return a == null ? EnumSet.noneOf(Aspect.class) : EnumSet.copyOf(a);
    }

    boolean touched(String paragraphId) {
        return aspects.containsKey(paragraphId);
    }

    /** The last amendment of this side on a paragraph: who made the change. */
    AmendmentRow last(String paragraphId) {
        return last.get(paragraphId);
    }

    /** This side's amendments on a paragraph, oldest first. */
    List<String> uids(String paragraphId) {
        return uids.getOrDefault(paragraphId, List.of());
    }

    /** True when this side added, edited or removed the footnote of this uid. */
    boolean footnote(String uid) {
        return lastOfFootnote.containsKey(uid);
    }

    /** This side's last change of a footnote: who made it (null when it made none). */
    AmendmentRow lastOfFootnote(String uid) {
        return lastOfFootnote.get(uid);
    }

    /** This side's amendments of a footnote, oldest first. */
    List<String> footnoteUids(String uid) {
        return footnoteUids.getOrDefault(uid, List.of());
    }

    /** This side's last change of a section's heading, or null. */
    AmendmentRow lastOfSection(String sectionId) {
        return lastOfSection.get(sectionId);
    }

    /** This side's last change of the title (or the symbol), or null. */
    AmendmentRow lastTitle(TitleField field) {
        return lastTitle.get(field.key());
    }

    /** The document's title or symbol, both changed by amendments of kind CHANGE_TITLE. */
    enum TitleField {
        TITLE,
        SYMBOL;

        String key() {
            return name();
        }

        static TitleField of(AmendmentRow a) {
            return "symbol".equals(Details.parse(a.detail()).path("field").asText()) ? SYMBOL : TITLE;
        }
    }
}
