package org.penholder.history;

import org.penholder.model.AmendmentKind;
import org.penholder.model.ParagraphKind;

/**
 * A proposal as a delegation words it, by paragraph labels and the words it touches rather than
 * by character offsets: "in OP3 replace 'shall' with 'should'", "new paragraph after OP12".
 *
 * @param kind       what the proposal does
 * @param paragraph  the label of the paragraph it changes ("OP3"); for a new paragraph, unused
 * @param words      replace and delete: the words changed; insert: the words it goes next to (null: at the end)
 * @param text       the new words (replace, insert) or the new paragraph's text
 * @param before     insert: true to go before {@code words}, false to go after them
 * @param occurrence which appearance of {@code words} (1 = first); 0 when they must appear only once
 * @param after      new paragraph and move: the label of the paragraph it goes after
 * @param newKind    new paragraph: PP or OP; null for the kind of the paragraph it follows
 */
public record ProposalRequest(
        AmendmentKind kind,
        String paragraph,
        String words,
        String text,
        boolean before,
        int occurrence,
        String after,
        ParagraphKind newKind,
        String rationale) {

    /** Replace {@code words} of a paragraph by {@code text}. */
    public static ProposalRequest replace(String paragraph, String words, String text, String rationale) {
        return new ProposalRequest(AmendmentKind.REPLACE_TEXT, paragraph, words, text, false, 0, null, null, rationale);
    }

    /** Delete {@code words} of a paragraph. */
    public static ProposalRequest deleteWords(String paragraph, String words, String rationale) {
        return new ProposalRequest(AmendmentKind.DELETE_TEXT, paragraph, words, "", false, 0, null, null, rationale);
    }

    /** Insert {@code text} after (or before) {@code anchor}, or at the end when the anchor is null. */
    public static ProposalRequest insert(
            String paragraph, String text, String anchor, boolean before, String rationale) {
        return new ProposalRequest(
                AmendmentKind.INSERT_TEXT, paragraph, anchor, text, before, 0, null, null, rationale);
    }

    /** A new paragraph after another. */
    public static ProposalRequest newParagraph(String after, String text, String rationale) {
        return new ProposalRequest(AmendmentKind.NEW_PARAGRAPH, null, null, text, false, 0, after, null, rationale);
    }

    /** Delete a whole paragraph. */
    public static ProposalRequest deleteParagraph(String paragraph, String rationale) {
        return new ProposalRequest(
                AmendmentKind.DELETE_PARAGRAPH, paragraph, null, null, false, 0, null, null, rationale);
    }

    /** Move a paragraph after another. */
    public static ProposalRequest move(String paragraph, String after, String rationale) {
        return new ProposalRequest(
                AmendmentKind.MOVE_PARAGRAPH, paragraph, null, null, false, 0, after, null, rationale);
    }

    /** The same request for the {@code n}th appearance of its words. */
    public ProposalRequest occurrence(int n) {
        return new ProposalRequest(kind, paragraph, words, text, before, n, after, newKind, rationale);
    }

    /** The same request, for a new paragraph of the given kind. */
    public ProposalRequest ofKind(ParagraphKind k) {
        return new ProposalRequest(kind, paragraph, words, text, before, occurrence, after, k, rationale);
    }
}
