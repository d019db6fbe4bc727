package org.penholder.model;

/** Preambular or operative: decides how a paragraph is numbered and how it opens. */
public enum ParagraphKind {
    PP("Preambular"),
    OP("Operative");

    private final String displayName;

    ParagraphKind(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
