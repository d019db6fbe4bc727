package org.penholder.merge;

/**
 * What a merge brings in ({@code added}) and changes ({@code updated}), as the preview, the
 * command's output and its JSON show it.
 *
 * @param amendments    amendments of the other copy's draft added to the log (its edits since the copies parted)
 * @param paragraphs    paragraphs added to the draft
 * @param proposals     delegations' proposals (with their decisions) added
 * @param paragraphsChanged paragraphs of this draft that take the other copy's text, status, kind, place or deletion
 * @param decisions     proposals whose decision the other copy took later
 * @param linksChanged  links whose note or paragraph the other copy changed later
 * @param linksRemoved  links the other copy removed
 * @param titleChanged  the title or symbol comes from the other copy
 */
public record MergeCounts(
        int amendments,
        int paragraphs,
        int inputs,
        int links,
        int proposals,
        int stakeholders,
        int revisions,
        int paragraphsChanged,
        int decisions,
        int linksChanged,
        int linksRemoved,
        boolean titleChanged) {

    /** True when nothing comes in and nothing changes. */
    public boolean nothing() {
        return amendments
                                + paragraphs
                                + inputs
                                + links
                                + proposals
                                + stakeholders
                                + revisions
                                + paragraphsChanged
                                + decisions
                                + linksChanged
                                + linksRemoved
                        == 0
                && !titleChanged;
    }
}
