package org.penholder.model;

import java.util.List;

/**
 * One line of a revision's snapshot: a heading or a paragraph as it stood when the revision was
 * made, with its footnotes. {@code id} is the section id for headings and the paragraph id for
 * paragraphs.
 */
public record RevisionBlock(
        int ordinal,
        BlockKind kind,
        String id,
        String label,
        ParagraphStatus status,
        String text,
        List<Footnote> footnotes) {

    public RevisionBlock {
        footnotes = footnotes == null ? List.of() : List.copyOf(footnotes);
    }

    public RevisionBlock(int ordinal, BlockKind kind, String id, String label, ParagraphStatus status, String text) {
        this(ordinal, kind, id, label, status, text, List.of());
    }
}
