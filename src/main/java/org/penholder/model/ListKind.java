package org.penholder.model;

/** The editable lists every project carries: stakeholder groups and the two lists of tags. */
public enum ListKind {
    STAKEHOLDER_GROUPS("Stakeholder groups", "group"),
    CLUSTERS("Thematic clusters", "cluster"),
    ACTION_LINES("WSIS Action Lines", "action line");

    private final String displayName;
    private final String entryName;

    ListKind(String displayName, String entryName) {
        this.displayName = displayName;
        this.entryName = entryName;
    }

    public String displayName() {
        return displayName;
    }

    /** What one entry is called ("group", "cluster", "action line"). */
    public String entryName() {
        return entryName;
    }

    /** The tag kind of a list of tags; null for stakeholder groups. */
    public TagKind tagKind() {
        return switch (this) {
            case STAKEHOLDER_GROUPS -> null;
            case CLUSTERS -> TagKind.CLUSTER;
            case ACTION_LINES -> TagKind.ACTION_LINE;
        };
    }
}
