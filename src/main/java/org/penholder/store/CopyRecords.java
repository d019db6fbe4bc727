package org.penholder.store;

import java.time.Instant;
import org.penholder.model.AmendmentKind;
import org.penholder.model.AmendmentStatus;
import org.penholder.model.ParagraphKind;
import org.penholder.model.ParagraphStatus;

/**
 * Rows of a project as a merge of copies reads them (docs/adr/0140): each with what identifies it
 * across copies (a uid, an input's SHA-256, a paragraph's text id, a name) beside its local id.
 * Times are kept as the file writes them, so that a copied row is the same row.
 */
public final class CopyRecords {

    private CopyRecords() {}

    /** The least of an amendment a merge needs to know whether the other copy holds it, and as it is. */
    public record AmendmentKey(long id, String uid, String updatedAt, AmendmentStatus status, int decisionSeq) {
        public Instant updated() {
            return Instant.parse(updatedAt);
        }
    }

    /** An amendment as stored, with its uid; {@code before} and {@code after} may be left out (null) when not needed. */
    public record AmendmentRow(
            long id,
            String uid,
            String paragraphId,
            String sectionId,
            AmendmentKind kind,
            String before,
            String after,
            String author,
            String team,
            String createdAt,
            String updatedAt,
            Long proposerId,
            AmendmentStatus status,
            String rationale,
            Long proposalId,
            String relatedParagraphId,
            String detail,
            String decidedAt,
            String decidedBy,
            int decisionSeq) {

        public Instant updated() {
            return Instant.parse(updatedAt);
        }

        public boolean applied() {
            return status == AmendmentStatus.APPLIED;
        }
    }

    /** A paragraph, live or deleted. */
    public record ParagraphRow(
            String id,
            String sectionId,
            ParagraphKind kind,
            int position,
            ParagraphStatus status,
            String text,
            boolean deleted,
            String createdAt) {}

    /** A heading of the draft. */
    public record SectionRow(String id, String title, int position, boolean deleted) {}

    /** A link, with the SHA-256 of its input's text (its passage across copies). */
    public record LinkRow(
            long id,
            String uid,
            String paragraphId,
            long inputId,
            String inputSha,
            int start,
            int end,
            String note,
            int noteSeq,
            boolean suspect,
            String quote,
            String createdAt,
            String createdBy,
            String paragraphText) {

        /** The paragraph and passage: two links with the same are the same link. */
        public String passageKey() {
            return paragraphId + "|" + inputSha + "|" + start + "|" + end;
        }
    }

    /** A link or list entry removed, by uid. */
    public record RemovedRow(String uid, String kind, Long localId, String naturalKey, String removedAt) {}

    /** An input's details; its text is read apart, only when it is needed. */
    public record InputRow(
            long id,
            String sha,
            Long stakeholderId,
            String kind,
            String title,
            String occasion,
            String date,
            String language,
            String originalFile,
            String importedAt,
            boolean cjk,
            Long nearDuplicateOf) {}

    /** A stakeholder. */
    public record StakeholderRow(long id, String uid, String name, Long groupId, String country) {}

    /** An entry of an editable list: a stakeholder group ({@code kind} GROUP) or a tag (CLUSTER, ACTION_LINE). */
    public record ListRow(long id, String uid, String kind, String code, String name, int position) {
        public static final String GROUP = "GROUP";
    }

    /** A tag on an input. */
    public record InputTagRow(long inputId, long tagId) {}

    /** A revision's own fields; its blocks are read apart. */
    public record RevisionRow(
            long id,
            String uid,
            String name,
            String note,
            String createdAt,
            String createdBy,
            String title,
            String symbol,
            boolean numberingFrozen) {}

    /** One block of a revision's snapshot, as stored. */
    public record BlockRow(int ordinal, String kind, String refId, String label, String status, String text) {}

    /** A footnote of the draft, live or removed: its uid, the paragraph and place it hangs on, its words. */
    public record FootnoteRow(
            String uid, String paragraphId, int anchor, String text, boolean deleted, String createdAt) {

        /** The same footnote on another paragraph, at another place. */
        public FootnoteRow placed(String paragraph, int at) {
            return new FootnoteRow(uid, paragraph, at, text, deleted, createdAt);
        }

        /** The same footnote with other words, or removed. */
        public FootnoteRow withContent(String words, boolean removed) {
            return new FootnoteRow(uid, paragraphId, anchor, words, removed, createdAt);
        }
    }

    /** A footnote of a revision's paragraph as it stood, by the block's ordinal and its place among the block's footnotes. */
    public record RevisionFootnoteRow(int blockOrdinal, int position, String footnoteUid, int anchor, String text) {}

    /** An adopted text of the library of agreed language; known across copies by the SHA-256 of its paragraphs. */
    public record AgreedTextRow(
            long id,
            String uid,
            String symbol,
            String title,
            String date,
            String language,
            String originalFile,
            String sha,
            String importedAt,
            String importedBy) {}

    /** A paragraph of an adopted text. */
    public record AgreedParagraphRow(
            long id, String uid, long textId, int ordinal, String kind, String number, String text) {}

    /** A draft paragraph's citation of an adopted paragraph, with the amendment that inserted it (or null). */
    public record CitationRow(
            long id,
            String uid,
            String paragraphId,
            long agreedParagraphId,
            Long amendmentId,
            String createdAt,
            String createdBy) {}
}
