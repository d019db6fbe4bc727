package org.penholder.merge;

/**
 * What a merge brings in ({@code added}) and changes ({@code updated}), as the preview, the
 * command's output and its JSON show it.
 *
 * @param amendments    amendments of the other copy's draft added to the log (its edits since the copies parted)
 * @param paragraphs    paragraphs added to the draft
 * @param proposals     delegations' proposals (with their decisions) added
 * @param footnotes     footnotes added to the draft's paragraphs
 * @param agreedTexts   adopted texts added to the library of agreed language
 * @param paragraphsChanged paragraphs of this draft that take the other copy's text, status, kind, place or deletion
 * @param footnotesChanged  footnotes of this draft that take the other copy's words, or its removal
 * @param decisions     proposals whose decision the other copy took later
 * @param linksChanged  links whose note or paragraph the other copy changed later
 * @param linksRemoved  links the other copy removed
 * @param agreedTextsRemoved adopted texts the other copy removed from its library
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
        int footnotes,
        int agreedTexts,
        int paragraphsChanged,
        int footnotesChanged,
        int decisions,
        int linksChanged,
        int linksRemoved,
        int agreedTextsRemoved,
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
                                + footnotes
                                + agreedTexts
                                + paragraphsChanged
                                + footnotesChanged
                                + decisions
                                + linksChanged
                                + linksRemoved
                                + agreedTextsRemoved
                        == 0
                && !titleChanged;
    }
}
