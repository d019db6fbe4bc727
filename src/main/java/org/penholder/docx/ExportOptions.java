package org.penholder.docx;

import java.util.Locale;

/**
 * What to write to a Word file.
 *
 * @param revision    the name of the revision to write, or null for the current draft
 * @param redlineFrom for a redline: the revision whose text the changes start from
 * @param agreed      whether and how the adopted texts each paragraph reuses (agreed language) are cited
 */
public record ExportOptions(Kind kind, String revision, Sources sources, String redlineFrom, Sources agreed) {

    public ExportOptions {
        kind = kind == null ? Kind.CLEAN : kind;
        sources = sources == null ? Sources.NONE : sources;
        agreed = agreed == null ? Sources.NONE : agreed;
        revision = revision == null || revision.isBlank() ? null : revision.strip();
        redlineFrom = redlineFrom == null || redlineFrom.isBlank() ? null : redlineFrom.strip();
        if (kind == Kind.REDLINE && redlineFrom == null) {
            throw new IllegalArgumentException("a redline needs the revision its changes start from");
        }
        if (kind == Kind.REDLINE && (sources != Sources.NONE || agreed != Sources.NONE)) {
            throw new IllegalArgumentException("a redline is written without sources");
        }
    }

    public ExportOptions(Kind kind, String revision, Sources sources, String redlineFrom) {
        this(kind, revision, sources, redlineFrom, Sources.NONE);
    }

    public ExportOptions(Kind kind, String revision, Sources sources) {
        this(kind, revision, sources, null);
    }

    /** The same options, citing agreed language as {@code how}. */
    public ExportOptions withAgreed(Sources how) {
        return new ExportOptions(kind, revision, sources, redlineFrom, how);
    }

    /** The changes from revision {@code from} to {@code revision} (null: the current draft) as tracked changes. */
    public static ExportOptions redline(String from, String revision) {
        return new ExportOptions(Kind.REDLINE, revision, Sources.NONE, from);
    }

    /**
     * The revision a redline of {@code version} (null: the current draft) starts from by default:
     * the revision before it, or the latest for the current draft; null when there is none.
     *
     * @param revisions the names of the revisions, oldest first
     */
    public static String redlineBase(java.util.List<String> revisions, String version) {
        int at = version == null ? revisions.size() : revisions.indexOf(version);
        return at > 0 ? revisions.get(at - 1) : null;
    }

    /** The clean text of the current draft, without sources. */
    public static ExportOptions clean() {
        return new ExportOptions(Kind.CLEAN, null, Sources.NONE);
    }

    /** The kind of document. */
    public enum Kind {
        /** The text in UN style, ready to circulate. */
        CLEAN("Clean text"),
        /** A table of the paragraphs with the proposals made on them, their proposers and status. */
        COMPILATION("Compilation of proposals"),
        /** The text with the changes since an earlier revision as Word's tracked changes. */
        REDLINE("Redline (tracked changes)");

        private final String displayName;

        Kind(String displayName) {
            this.displayName = displayName;
        }

        public String displayName() {
            return displayName;
        }
    }

    /** Whether and how each paragraph's stakeholder sources are printed. */
    public enum Sources {
        NONE("No sources"),
        FOOTNOTES("Sources as footnotes"),
        ANNEX("Sources in an annex table");

        private final String displayName;

        Sources(String displayName) {
            this.displayName = displayName;
        }

        public String displayName() {
            return displayName;
        }

        /** "none", "footnotes" or "annex". */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Reads "none", "footnotes" or "annex". */
        public static Sources parse(String text) {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        }
    }
}
