package org.penholder.model;

import java.util.Locale;

/** Where a paragraph stands in the negotiation. */
public enum ParagraphStatus {
    DRAFTING("Drafting"),
    UNDER_NEGOTIATION("Under negotiation"),
    BRACKETED("Bracketed"),
    AGREED_AD_REF("Agreed ad ref"),
    AGREED("Agreed");

    private final String displayName;

    ParagraphStatus(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** The lower-case, hyphenated form used in files and on the command line ("agreed-ad-ref"). */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Reads a status from its code, its enum name or its display name. */
    public static ParagraphStatus parse(String text) {
        String key = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return valueOf(key);
    }
}
