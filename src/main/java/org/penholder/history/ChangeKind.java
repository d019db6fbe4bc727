package org.penholder.history;

import java.util.Locale;

/** What happened to a paragraph between two versions. */
public enum ChangeKind {
    /** The same text (a renumbered or moved paragraph can be unchanged). */
    UNCHANGED,
    /** The same paragraph with different words. */
    CHANGED,
    /** Only in the newer version. */
    ADDED,
    /** Only in the older version. */
    DELETED,
    /** One paragraph became several. */
    SPLIT,
    /** Several paragraphs became one. */
    MERGED;

    /** "unchanged", as in JSON. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
