package org.penholder.coverage;

import org.penholder.model.ParagraphKind;

/**
 * A paragraph of the text looked at, as it reads there.
 *
 * @param code         its label as scripts and JSON use it: "PP3", "OP12"
 * @param display      its label as people read it: "PP3", "12."
 * @param sectionId    its section; "" in the preamble
 * @param inDraft      whether the paragraph is still in the working draft (so it can be shown there)
 */
public record ScopeParagraph(
        String id,
        String code,
        String display,
        ParagraphKind kind,
        String sectionId,
        String sectionTitle,
        String text,
        boolean inDraft) {

    /** The section title of paragraphs before the first heading. */
    public static final String PREAMBLE = "Preamble";
}
