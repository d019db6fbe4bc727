package org.penholder.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.penholder.draft.DraftService;
import org.penholder.draft.FootnoteService;
import org.penholder.model.Amendment;
import org.penholder.model.AmendmentKind;
import org.penholder.model.Author;
import org.penholder.store.AmendmentStore;
import org.penholder.store.Database;
import org.penholder.store.MetaStore;
import org.penholder.store.StakeholderStore;
import org.penholder.store.StoreException;
import org.penholder.text.DocumentWords;

/**
 * The timeline of one paragraph: every amendment that touched it, oldest first, each with a word
 * diff of its step; and restoring any earlier text, as a new amendment (history is never rewritten).
 */
public final class ParagraphHistory {

    private final Database db;
    private final AmendmentStore amendments;
    private final StakeholderStore stakeholders;
    private final DraftService draftService;
    private final MetaStore meta;

    public ParagraphHistory(
            Database db,
            AmendmentStore amendments,
            StakeholderStore stakeholders,
            DraftService draftService,
            MetaStore meta) {
        this.db = db;
        this.amendments = amendments;
        this.stakeholders = stakeholders;
        this.draftService = draftService;
        this.meta = meta;
    }

    /**
     * The rationale of a restored text, "Restored the text of amendment 12": kept in the project,
     * where every teammate reads it, so in the document's language, not the window's.
     */
    public String restoredNote(long amendmentId) {
        return DocumentWords.in(meta.documentLanguage()).get("history.restoredNote", Long.toString(amendmentId));
    }

    /**
     * One step of the timeline.
     *
     * @param proposer the stakeholder who proposed it, or empty for the team's own edits
     * @param diff     the words changed by this step (empty for a change of status or kind)
     * @param text     the paragraph's text after the step, or null when the step did not leave one (a deletion)
     */
    public record Step(Amendment amendment, String proposer, List<WordDiff.Segment> diff, String text) {

        /** True when the step left a text that can be restored. */
        public boolean restorable() {
            return text != null;
        }
    }

    /** The newest amendments of the whole draft, newest first: the amendment log. */
    public List<Amendment> latest(int limit) {
        return amendments.latest(limit);
    }

    /** Every amendment of one paragraph, newest first, as the log lists them. */
    public List<Amendment> logOf(String paragraphId) {
        List<Amendment> all = new ArrayList<>(amendments.ofParagraph(paragraphId));
        java.util.Collections.reverse(all);
        return all;
    }

    /** The timeline of a paragraph, oldest first. */
    public List<Step> of(String paragraphId) {
        return db.read(() -> {
            Map<Long, String> names = new HashMap<>();
            stakeholders.all().forEach(s -> names.put(s.id(), s.name()));
            List<Step> steps = new ArrayList<>();
            for (Amendment a : amendments.ofParagraph(paragraphId)) {
                String proposer = a.proposerId() == null ? "" : names.getOrDefault(a.proposerId(), "");
                steps.add(new Step(a, proposer, diffOf(a), textAfter(a)));
            }
            return steps;
        });
    }

    private static List<WordDiff.Segment> diffOf(Amendment a) {
        if (a.kind() == AmendmentKind.CHANGE_STATUS || a.kind() == AmendmentKind.CHANGE_KIND) {
            return List.of();
        }
        return WordDiff.diff(a.before() == null ? "" : a.before(), a.after() == null ? "" : a.after());
    }

    private static String textAfter(Amendment a) {
        if (FootnoteService.isFootnoteChange(a)) {
            return null; // the words of a footnote, not of the paragraph
        }
        return switch (a.kind()) {
            case CHANGE_STATUS,
                    CHANGE_KIND,
                    DELETE_PARAGRAPH,
                    NEW_SECTION,
                    RENAME_SECTION,
                    DELETE_SECTION,
                    CHANGE_TITLE -> null;
            default -> a.status() == org.penholder.model.AmendmentStatus.APPLIED ? a.after() : null;
        };
    }

    /** Gives a paragraph the text it had after an earlier step; recorded as a new amendment. */
    public Amendment restore(String paragraphId, long amendmentId, Author author) {
        return db.write(() -> {
            Amendment a = amendments
                    .byId(amendmentId)
                    .filter(x -> paragraphId.equals(x.paragraphId()))
                    .orElseThrow(() -> new StoreException(
                            db.file() + ": amendment " + amendmentId + " is not in the history of " + paragraphId));
            String text = textAfter(a);
            if (text == null) {
                throw new StoreException(db.file() + ": amendment " + amendmentId + " left no text to restore");
            }
            return draftService.setText(paragraphId, text, author, restoredNote(amendmentId));
        });
    }
}
