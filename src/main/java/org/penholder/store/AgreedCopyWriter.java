package org.penholder.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.penholder.store.CopyRecords.AgreedParagraphRow;
import org.penholder.store.CopyRecords.AgreedTextRow;
import org.penholder.store.CopyRecords.CitationRow;

/**
 * Writes what a merge brings into the library of adopted texts and the draft's citations of it, in
 * the merge's transaction, each row kept in its {@link RowJournal} so that an undo takes it back.
 * Rows keep their uids; local ids are this file's. Made by {@link MergeWriter#agreed}.
 */
public final class AgreedCopyWriter {

    private final Connection c;
    private final Path file;
    private final RowJournal journal;

    AgreedCopyWriter(Connection c, Path file, RowJournal journal) {
        this.c = c;
        this.file = file;
        this.journal = journal;
    }

    /** Adds an adopted text and its paragraphs; returns the other copy's paragraph ids mapped to this file's. */
    public Map<Long, Long> insertText(AgreedTextRow t, List<AgreedParagraphRow> paragraphs) {
        return MergeWriter.write(file, () -> {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("uid", t.uid());
            v.put("symbol", t.symbol());
            v.put("title", t.title());
            v.put("date", t.date());
            v.put("language", t.language());
            v.put("original_file", t.originalFile());
            v.put("sha256", t.sha());
            v.put("imported_at", t.importedAt());
            v.put("imported_by", t.importedBy());
            long id = journal.insert(c, "agreed_text", v, "id");
            Map<Long, Long> ids = new LinkedHashMap<>();
            for (AgreedParagraphRow p : paragraphs) {
                Map<String, Object> pv = new LinkedHashMap<>();
                pv.put("uid", p.uid());
                pv.put("text_id", id);
                pv.put("ordinal", p.ordinal());
                pv.put("kind", p.kind());
                pv.put("number", p.number());
                pv.put("text", p.text());
                ids.put(p.id(), journal.insert(c, "agreed_paragraph", pv, "id"));
            }
            return ids;
        });
    }

    /** Adds a citation of an adopted paragraph (this file's id) by a draft paragraph. */
    public void insertCitation(CitationRow r, long agreedParagraphId, Long amendmentId) {
        MergeWriter.write(file, () -> {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("uid", r.uid());
            v.put("paragraph_id", r.paragraphId());
            v.put("agreed_paragraph_id", agreedParagraphId);
            v.put("amendment_id", amendmentId);
            v.put("created_at", r.createdAt());
            v.put("created_by", r.createdBy());
            journal.insert(c, "agreed_citation", v, "id");
        });
    }

    /**
     * Takes an adopted text the other copy removed out of the library, with its paragraphs and
     * their citations, each row journalled (rather than left to ON DELETE CASCADE) so an undo puts
     * them back.
     */
    public void removeText(long textId) {
        MergeWriter.write(file, () -> {
            List<Long> paragraphs = Sql.list(
                    c,
                    "SELECT id FROM agreed_paragraph WHERE text_id = ? ORDER BY ordinal",
                    rs -> rs.getLong(1),
                    textId);
            for (long p : paragraphs) {
                for (long citation : Sql.list(
                        c, "SELECT id FROM agreed_citation WHERE agreed_paragraph_id = ?", rs -> rs.getLong(1), p)) {
                    journal.delete(c, "agreed_citation", "id", citation);
                }
            }
            for (long p : paragraphs) {
                journal.delete(c, "agreed_paragraph", "id", p);
            }
            journal.delete(c, "agreed_text", "id", textId);
        });
    }
}
