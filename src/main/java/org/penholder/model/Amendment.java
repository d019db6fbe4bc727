package org.penholder.model;

import java.time.Instant;

/**
 * One change to the draft, applied or proposed. The amendment log is the history of the draft:
 * nothing in the draft changes without one.
 *
 * @param paragraphId       the paragraph changed (null for title and section changes)
 * @param sectionId         the section changed, for section amendments
 * @param proposerId        the stakeholder who proposed it (null for the team's own edits)
 * @param proposalId        for an applied amendment that accepts a proposal: that proposal
 * @param relatedParagraphId the other paragraph of a split, join or move
 * @param detail            small structured extras (positions of a move, link ids of a join), JSON
 */
public record Amendment(
        long id,
        String paragraphId,
        String sectionId,
        AmendmentKind kind,
        String before,
        String after,
        String author,
        String team,
        Instant createdAt,
        Long proposerId,
        AmendmentStatus status,
        String rationale,
        Long proposalId,
        String relatedParagraphId,
        String detail) {}
