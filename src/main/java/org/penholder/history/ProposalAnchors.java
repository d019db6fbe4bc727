package org.penholder.history;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;
import org.penholder.draft.Details;
import org.penholder.model.Amendment;
import org.penholder.model.AmendmentKind;
import org.penholder.model.Paragraph;

/**
 * Where a proposal's words stand in its paragraph as it now reads, the paragraph with the
 * proposal applied, and whether two open proposals touch the same words (docs/adr/0021).
 */
final class ProposalAnchors {

    private ProposalAnchors() {}

    /** Two open proposals conflict when they change the same words of a paragraph, or one deletes or moves what the other also deletes or moves. */
    static boolean conflict(Amendment a, Amendment b, Map<Long, Optional<TextRange>> ranges) {
        if (a.paragraphId() == null || !a.paragraphId().equals(b.paragraphId())) {
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

    /** Where a text proposal's words stand in the paragraph now. */
    static Optional<TextRange> rangeNow(Amendment a, Paragraph target) {
        if (target == null || !isText(a.kind())) {
            return Optional.empty();
        }
        JsonNode d = Details.parse(a.detail());
        return TextRange.locate(
                a.before(), d.path("start").asInt(), d.path("end").asInt(), target.text());
    }

    /** The paragraph's current text with the proposal applied; empty when it no longer applies. */
    static Optional<String> textWithProposal(Amendment a, Paragraph target) {
        if (a.kind() == AmendmentKind.NEW_PARAGRAPH) {
            return Optional.of(a.after());
        }
        if (target == null) {
            return Optional.empty();
        }
        if (!isText(a.kind())) {
            return Optional.of(target.text());
        }
        String words = Details.parse(a.detail()).path("text").asText();
        return rangeNow(a, target)
                .map(r -> target.text().substring(0, r.start())
                        + words
                        + target.text().substring(r.end()));
    }

    static boolean isText(AmendmentKind k) {
        return k == AmendmentKind.INSERT_TEXT || k == AmendmentKind.DELETE_TEXT || k == AmendmentKind.REPLACE_TEXT;
    }
}
