package org.penholder.model;

/** What a line of the draft is: its title, a section heading, or a paragraph of either kind. */
public enum BlockKind {
    TITLE,
    HEADING,
    PP,
    OP;

    public static BlockKind of(ParagraphKind kind) {
        return kind == ParagraphKind.PP ? PP : OP;
    }

    public boolean isParagraph() {
        return this == PP || this == OP;
    }
}
