package org.penholder.model;

import java.util.Locale;

/** What an amendment does to the draft. */
public enum AmendmentKind {
    INSERT_TEXT("Insert text"),
    DELETE_TEXT("Delete text"),
    REPLACE_TEXT("Replace text"),
    NEW_PARAGRAPH("New paragraph"),
    DELETE_PARAGRAPH("Delete paragraph"),
    MOVE_PARAGRAPH("Move paragraph"),
    SPLIT_PARAGRAPH("Split paragraph"),
    JOIN_PARAGRAPHS("Join paragraphs"),
    CHANGE_STATUS("Change status"),
    CHANGE_KIND("Change kind"),
    NEW_SECTION("New section"),
    RENAME_SECTION("Rename section"),
    DELETE_SECTION("Delete section"),
    CHANGE_TITLE("Change title");

    private final String displayName;

    AmendmentKind(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** "insert-text": the form used in JSON and on the command line. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static AmendmentKind parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
    }

    /** The kind of a text change, judged from what it removes and adds. */
    public static AmendmentKind ofTextChange(String before, String after) {
        String b = before == null ? "" : before;
        String a = after == null ? "" : after;
        int prefix = 0;
        int max = Math.min(b.length(), a.length());
        while (prefix < max && b.charAt(prefix) == a.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix && b.charAt(b.length() - 1 - suffix) == a.charAt(a.length() - 1 - suffix)) {
            suffix++;
        }
        boolean removes = b.length() - prefix - suffix > 0;
        boolean adds = a.length() - prefix - suffix > 0;
        if (adds && !removes) {
            return INSERT_TEXT;
        }
        if (removes && !adds) {
            return DELETE_TEXT;
        }
        return REPLACE_TEXT;
    }
}
