package org.penholder.merge;

/**
 * A paragraph both copies changed differently: this file kept its version, and the other copy's
 * became a proposal of its author's.
 *
 * @param label    the paragraph's label ("OP6") in this file, or in the other copy when this file has it deleted
 * @param proposal the proposal holding the other copy's version (null in a preview)
 * @param by       who made the other copy's version
 * @param aspect   what both changed: text, status, kind, place, life (deleted in one, changed in the other) or
 *                 footnote (one of its footnotes: its words, or removed in one and changed in the other)
 * @param mine     this file's version (text, or status or kind, or the footnote's words; null when deleted or removed)
 * @param theirs   the other copy's version
 */
public record MergeConflict(
        String paragraphId, String label, Long proposal, String by, String aspect, String mine, String theirs) {}
