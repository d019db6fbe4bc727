package org.penholder.model;

import java.util.Locale;

/** The team's own edits are applied at once; delegations' proposals wait for a decision. */
public enum AmendmentStatus {
    APPLIED("Applied"),
    PROPOSED("Proposed"),
    ACCEPTED("Accepted"),
    REJECTED("Rejected"),
    WITHDRAWN("Withdrawn");

    private final String displayName;

    AmendmentStatus(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AmendmentStatus parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
