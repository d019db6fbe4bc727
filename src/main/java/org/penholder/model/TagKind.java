package org.penholder.model;

/** The two tag lists: thematic clusters and WSIS Action Lines. */
public enum TagKind {
    CLUSTER("Thematic cluster"),
    ACTION_LINE("WSIS Action Line");

    private final String displayName;

    TagKind(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
