package org.penholder.history;

import org.penholder.model.AmendmentKind;
import org.penholder.model.ParagraphKind;

/**
 * A proposal read from a delegation's file and placed in the draft, ready to be recorded once.
 *
 * @param paragraphId  the paragraph it changes, deletes or moves; null for a new paragraph
 * @param base         a text change: the paragraph's text that {@code [start, end)} counts in: the draft's
 *                     text, or the file's when the words around the change differ in the draft by now
 * @param text         a text change: the new words; a new paragraph: its text
 * @param afterId      a new paragraph or a move: the paragraph it goes after
 * @param newKind      a new paragraph: PP or OP; null for the kind of the paragraph it follows
 * @param proposer     who the file says made the change (null or blank when it does not say)
 * @param sourceFile   the SHA-256 of the file it was read from
 * @param sourceChange which change of that file it is (the same file always numbers its changes the same way)
 * @param footnoteUid  a text change of a footnote of the paragraph: that footnote ({@code base} is its text); else null
 */
public record ImportedProposal(
        AmendmentKind kind,
        String paragraphId,
        String base,
        int start,
        int end,
        String text,
        String afterId,
        ParagraphKind newKind,
        String proposer,
        String rationale,
        String sourceFile,
        String sourceChange,
        String footnoteUid) {

    public ImportedProposal(
            AmendmentKind kind,
            String paragraphId,
            String base,
            int start,
            int end,
            String text,
            String afterId,
            ParagraphKind newKind,
            String proposer,
            String rationale,
            String sourceFile,
            String sourceChange) {
        this(
                kind,
                paragraphId,
                base,
                start,
                end,
                text,
                afterId,
                newKind,
                proposer,
                rationale,
                sourceFile,
                sourceChange,
                null);
    }

    /** A change of a footnote's words: {@code [start, end)} of {@code base}, the footnote's text, becomes {@code text}. */
    public static ImportedProposal footnote(
            String paragraphId,
            String footnoteUid,
            String base,
            int start,
            int end,
            String text,
            String proposer,
            String rationale,
            String sourceFile,
            String sourceChange) {
        ImportedProposal p = text(paragraphId, base, start, end, text, proposer, rationale, sourceFile, sourceChange);
        return new ImportedProposal(
                p.kind(),
                paragraphId,
                base,
                start,
                end,
                text,
                null,
                null,
                proposer,
                rationale,
                sourceFile,
                sourceChange,
                footnoteUid);
    }

    /** A change of words: {@code [start, end)} of {@code base} becomes {@code text}. */
    public static ImportedProposal text(
            String paragraphId,
            String base,
            int start,
            int end,
            String text,
            String proposer,
            String rationale,
            String sourceFile,
            String sourceChange) {
        AmendmentKind kind = start == end
                ? AmendmentKind.INSERT_TEXT
                : text.isEmpty() ? AmendmentKind.DELETE_TEXT : AmendmentKind.REPLACE_TEXT;
        return new ImportedProposal(
                kind, paragraphId, base, start, end, text, null, null, proposer, rationale, sourceFile, sourceChange);
    }

    public static ImportedProposal newParagraph(
            String afterId,
            ParagraphKind kind,
            String text,
            String proposer,
            String rationale,
            String sourceFile,
            String sourceChange) {
        return new ImportedProposal(
                AmendmentKind.NEW_PARAGRAPH,
                null,
                null,
                0,
                0,
                text,
                afterId,
                kind,
                proposer,
                rationale,
                sourceFile,
                sourceChange);
    }

    public static ImportedProposal deleteParagraph(
            String paragraphId, String proposer, String rationale, String sourceFile, String sourceChange) {
        return new ImportedProposal(
                AmendmentKind.DELETE_PARAGRAPH,
                paragraphId,
                null,
                0,
                0,
                "",
                null,
                null,
                proposer,
                rationale,
                sourceFile,
                sourceChange);
    }

    public static ImportedProposal move(
            String paragraphId,
            String afterId,
            String proposer,
            String rationale,
            String sourceFile,
            String sourceChange) {
        return new ImportedProposal(
                AmendmentKind.MOVE_PARAGRAPH,
                paragraphId,
                null,
                0,
                0,
                "",
                afterId,
                null,
                proposer,
                rationale,
                sourceFile,
                sourceChange);
    }

    /** The words it replaces or deletes (a text change), else "". */
    public String words() {
        return base == null ? "" : base.substring(start, end);
    }
}
