package org.penholder.history;

import java.time.Instant;
import java.util.List;
import org.penholder.model.AmendmentKind;
import org.penholder.model.AmendmentStatus;
import org.penholder.text.Phrase;

/**
 * A delegation's proposal as the Proposals view and the CLI show it: who proposed what for which
 * paragraph, its state, and a redline of the paragraph as it now stands with the proposal applied.
 *
 * @param paragraphId  the paragraph it changes (for a new paragraph: null)
 * @param label        that paragraph's current label ("OP12"), or its id when it is no longer in the draft
 * @param afterId      for a new paragraph or a move: the paragraph it goes after
 * @param afterLabel   that paragraph's label
 * @param text         the proposed words (for a deletion: the words deleted)
 * @param redline      the paragraph now, with the proposal shown as insertions and deletions
 * @param outdated     the words it changes are no longer in the paragraph (or the paragraph is gone): it cannot be accepted as it stands
 * @param conflictsWith open proposals that change the same words of the same paragraph
 * @param footnote   for a proposal on the words of a footnote: which footnote of the paragraph it is (from 1); else 0
 * @param mergedFrom    for a merge conflict (a paragraph both copies changed): the other copy's file name; else null
 */
public record Proposal(
        long id,
        AmendmentKind kind,
        AmendmentStatus status,
        Long proposerId,
        String proposer,
        String paragraphId,
        String label,
        String afterId,
        String afterLabel,
        String text,
        String rationale,
        String recordedBy,
        Instant createdAt,
        List<WordDiff.Segment> redline,
        boolean outdated,
        List<Long> conflictsWith,
        int footnote,
        String mergedFrom) {

    public Proposal {
        redline = List.copyOf(redline);
        conflictsWith = List.copyOf(conflictsWith);
    }

    /** True when it holds the other copy's version of a paragraph both copies changed (docs/adr/0141). */
    public boolean mergeConflict() {
        return mergedFrom != null;
    }

    /** True when another open proposal changes the same words. */
    public boolean conflicting() {
        return !conflictsWith.isEmpty();
    }

    /** "OP12", "new after OP12", "OP12 → after OP3": where the proposal acts, in English (the command line). */
    public String where() {
        return whereSaid().english();
    }

    /** Where the proposal acts, to be said in the reader's language (a paragraph gone named as such). */
    public Phrase whereSaid() {
        String at = switch (kind) {
            case NEW_PARAGRAPH -> "new";
            case MOVE_PARAGRAPH -> "move";
            default -> footnote > 0 ? "footnote" : "paragraph";
        };
        return Phrase.of("proposals.where", at, labelSaid(), afterLabelSaid(), footnote);
    }

    /** The paragraph's label as a phrase: "(deleted p12)" in the reader's language when it is gone. */
    public Phrase labelSaid() {
        return said(label, paragraphId);
    }

    /** The label of the paragraph it goes after, as {@link #labelSaid()}. */
    public Phrase afterLabelSaid() {
        return said(afterLabel, afterId);
    }

    /** The label the services give a paragraph no longer in the draft: its id, said as gone. */
    static Phrase deleted(String paragraphId) {
        return Phrase.of("proposals.deletedParagraph", paragraphId);
    }

    private static Phrase said(String label, String id) {
        String words = label == null ? "" : label;
        return id != null && words.equals(deleted(id).english()) ? deleted(id) : Phrase.verbatim(words);
    }
}
