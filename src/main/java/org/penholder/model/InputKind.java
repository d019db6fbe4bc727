package org.penholder.model;

/** A written submission, or an oral intervention at a meeting. */
public enum InputKind {
    WRITTEN("Written submission"),
    ORAL("Oral intervention");

    private final String displayName;

    InputKind(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
