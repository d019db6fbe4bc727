package org.penholder.history;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.penholder.draft.Details;
import org.penholder.draft.FootnoteService;
import org.penholder.model.Amendment;
import org.penholder.model.AmendmentKind;
import org.penholder.model.Footnote;
import org.penholder.model.Paragraph;

/**
 * Where a proposal's words stand in its paragraph as it now reads, the paragraph with the
 * proposal applied, and whether two open proposals touch the same words (docs/adr/0021).
 */
final class ProposalAnchors {

    private ProposalAnchors() {}

    /** Two open proposals conflict when they change the same words of a paragraph, or one deletes or moves what the other also deletes or moves. */
    static boolean conflict(Amendment a, Amendment b, Map<Long, Optional<TextRange>> ranges) {
        if (a.paragraphId() == null
                || !a.paragraphId().equals(b.paragraphId())
                || !java.util.Objects.equals(footnote(a), footnote(b))) {
            return false;
        }
        boolean aWhole = a.kind() == AmendmentKind.DELETE_PARAGRAPH;
        boolean bWhole = b.kind() == AmendmentKind.DELETE_PARAGRAPH;
        boolean aMove = a.kind() == AmendmentKind.MOVE_PARAGRAPH;
        boolean bMove = b.kind() == AmendmentKind.MOVE_PARAGRAPH;
        if (aWhole || bWhole) {
            return true;
        }
        if (aMove || bMove) {
            return aMove && bMove;
        }
        Optional<TextRange> ra = ranges.getOrDefault(a.id(), Optional.empty());
        Optional<TextRange> rb = ranges.getOrDefault(b.id(), Optional.empty());
        return ra.isPresent() && rb.isPresent() && ra.get().overlaps(rb.get());
    }

    /** The footnote a proposal changes the words of, or null when it is on its paragraph. */
    static String footnote(Amendment a) {
        return Details.parse(a.detail()).path(FootnoteService.DETAIL_KEY).asText(null);
    }

    /**
     * The text a proposal changes as it now stands: its paragraph's, or its footnote's; null when
     * the paragraph (or the footnote) is gone.
     */
    static String textNow(Amendment a, Paragraph target, Map<String, List<Footnote>> footnotes) {
        if (target == null) {
            return null;
        }
        String uid = footnote(a);
        if (uid == null) {
            return target.text();
        }
        return footnotes.getOrDefault(target.id(), List.of()).stream()
                .filter(f -> uid.equals(f.uid()))
                .map(Footnote::text)
                .findFirst()
                .orElse(footnoteAction(a).equals("add") ? "" : null);
    }

    /**
     * What a proposal on a footnote does to it: "add" (brings a removed footnote back with its words),
     * "remove", or "" for a change of its words. The first two come from merging copies (docs/adr/0141).
     */
    static String footnoteAction(Amendment a) {
        return Details.parse(a.detail()).path("action").asText("");
    }

    /** Where a text proposal's words stand in the text it changes ({@code now}, null when gone). */
    static Optional<TextRange> rangeNow(Amendment a, String now) {
        if (now == null || !isText(a.kind())) {
            return Optional.empty();
        }
        JsonNode d = Details.parse(a.detail());
        return TextRange.locate(
                a.before(), d.path("start").asInt(), d.path("end").asInt(), now);
    }

    /** The text it changes ({@code now}) with the proposal applied; empty when it no longer applies. */
    static Optional<String> textWithProposal(Amendment a, String now) {
        if (a.kind() == AmendmentKind.NEW_PARAGRAPH) {
            return Optional.of(a.after());
        }
        if (now == null) {
            return Optional.empty();
        }
        if (!isText(a.kind())) {
            return Optional.of(now);
        }
        String words = Details.parse(a.detail()).path("text").asText();
        return rangeNow(a, now).map(r -> now.substring(0, r.start()) + words + now.substring(r.end()));
    }

    static boolean isText(AmendmentKind k) {
        return k == AmendmentKind.INSERT_TEXT || k == AmendmentKind.DELETE_TEXT || k == AmendmentKind.REPLACE_TEXT;
    }
}
