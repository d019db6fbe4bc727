package org.penholder.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.penholder.store.CopyRecords.AmendmentRow;
import org.penholder.store.CopyRecords.BlockRow;
import org.penholder.store.CopyRecords.FootnoteRow;
import org.penholder.store.CopyRecords.InputRow;
import org.penholder.store.CopyRecords.LinkRow;
import org.penholder.store.CopyRecords.ParagraphRow;
import org.penholder.store.CopyRecords.RemovedRow;
import org.penholder.store.CopyRecords.RevisionFootnoteRow;
import org.penholder.store.CopyRecords.RevisionRow;
import org.penholder.store.CopyRecords.SectionRow;

/**
 * Writes what a merge brings into a project, in the caller's transaction, each row kept in a
 * {@link RowJournal} so that the merge can be undone as one step. Rows keep the uids and times they
 * had in the other copy; local ids (stakeholders, inputs, tags, proposals) are those of this file.
 */
public final class MergeWriter {

    private final Connection c;
    private final RowJournal journal;

    private final java.nio.file.Path file;

    MergeWriter(Connection c, java.nio.file.Path file, RowJournal journal) {
        this.c = c;
        this.file = file;
        this.journal = journal;
    }

    /** Adds a paragraph row (live or deleted) the project lacks. */
    public void insertParagraph(ParagraphRow p) {
        run(() -> {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("id", p.id());
            v.putAll(state(p));
            v.put("created_at", p.createdAt());
            journal.insert(c, "paragraph", v, "id");
        });
    }

    /** Sets a paragraph to a state (its place, kind, status, text, whether deleted). */
    public void updateParagraph(ParagraphRow p) {
        run(() -> {
            journal.update(c, "paragraph", "id", p.id(), state(p));
        });
    }

    private static Map<String, Object> state(ParagraphRow p) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("section_id", p.sectionId());
        v.put("kind", p.kind().name());
        v.put("position", p.position());
        v.put("status", p.status().name());
        v.put("text", p.text());
        v.put("deleted", p.deleted() ? 1 : 0);
        return v;
    }

    /** Adds a section the project lacks. */
    public void insertSection(SectionRow s) {
        run(() -> {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("id", s.id());
            v.putAll(state(s));
            journal.insert(c, "section", v, "id");
        });
    }

    /** Sets a section's title and place. */
    public void updateSection(SectionRow s) {
        run(() -> {
            journal.update(c, "section", "id", s.id(), state(s));
        });
    }

    private static Map<String, Object> state(SectionRow s) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("title", s.title());
        v.put("position", s.position());
        v.put("deleted", s.deleted() ? 1 : 0);
        return v;
    }

    /** Adds a footnote the project lacks (live or removed), on a paragraph it holds. */
    public void insertFootnote(FootnoteRow f) {
        run(() -> {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("uid", f.uid());
            v.putAll(state(f));
            v.put("created_at", f.createdAt());
            journal.insert(c, "footnote", v, "uid");
        });
    }

    /** Sets a footnote to a state: its paragraph and place, its words, whether removed. */
    public void updateFootnote(FootnoteRow f) {
        run(() -> {
            journal.update(c, "footnote", "uid", f.uid(), state(f));
        });
    }

    private static Map<String, Object> state(FootnoteRow f) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("paragraph_id", f.paragraphId());
        v.put("anchor", f.anchor());
        v.put("text", f.text());
        v.put("deleted", f.deleted() ? 1 : 0);
        return v;
    }

    /** Adds an amendment as the other copy holds it (same uid and times); returns its local id here. */
    public long insertAmendment(AmendmentRow a) {
        return sql(() -> {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("uid", a.uid());
            v.put("paragraph_id", a.paragraphId());
            v.put("section_id", a.sectionId());
            v.put("kind", a.kind().name());
            v.put("before_text", a.before());
            v.put("after_text", a.after());
            v.put("author", a.author());
            v.put("team", a.team() == null ? "" : a.team());
            v.put("created_at", a.createdAt());
            v.put("updated_at", a.updatedAt());
            v.put("proposer_id", a.proposerId());
            v.put("status", a.status().name());
            v.put("rationale", a.rationale());
            v.put("proposal_id", a.proposalId());
            v.put("related_paragraph_id", a.relatedParagraphId());
            v.put("detail", a.detail());
            v.put("decided_at", a.decidedAt());
            v.put("decided_by", a.decidedBy());
            v.put("decision_seq", a.decisionSeq());
            return journal.insert(c, "amendment", v, "id");
        });
    }

    /** An amendment of a burst of typing that went on in the other copy: its kind, text and time. */
    public void extendAmendment(long id, AmendmentRow other) {
        run(() -> {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("kind", other.kind().name());
            v.put("after_text", other.after());
            v.put("updated_at", other.updatedAt());
            journal.update(c, "amendment", "id", id, v);
        });
    }

    /** Takes the other copy's decision on a proposal. */
    public void decide(long id, AmendmentRow other) {
        run(() -> {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("status", other.status().name());
            v.put("decided_at", other.decidedAt());
            v.put("decided_by", other.decidedBy());
            v.put("decision_seq", other.decisionSeq());
            journal.update(c, "amendment", "id", id, v);
        });
    }

    /** Adds an input (its text and details); the search indexes follow by trigger. */
    public long insertInput(InputRow in, Long stakeholderId, Long nearDuplicateOf, String text) {
        return sql(() -> {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("stakeholder_id", stakeholderId);
            v.put("kind", in.kind());
            v.put("title", in.title());
            v.put("occasion", in.occasion());
            v.put("date", in.date());
            v.put("language", in.language());
            v.put("original_file", in.originalFile());
            v.put("sha256", in.sha());
            v.put("imported_at", in.importedAt());
            v.put("text", text);
            v.put("cjk", in.cjk() ? 1 : 0);
            v.put("near_duplicate_of", nearDuplicateOf);
            return journal.insert(c, "input", v, "id");
        });
    }

    /** Fills in details of an input this project left blank. */
    public void fillInput(long id, Map<String, Object> blanks) {
        run(() -> {
            if (!blanks.isEmpty()) {
                journal.update(c, "input", "id", id, blanks);
            }
        });
    }

    /** Adds a stakeholder; returns its local id. */
    public long insertStakeholder(String uid, String name, Long groupId, String country) {
        return sql(() -> {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("uid", uid);
            v.put("name", name);
            v.put("group_id", groupId);
            v.put("country", country);
            return journal.insert(c, "stakeholder", v, "id");
        });
    }

    /** Fills in a stakeholder's group or country this project left blank. */
    public void fillStakeholder(long id, Map<String, Object> blanks) {
        run(() -> {
            if (!blanks.isEmpty()) {
                journal.update(c, "stakeholder", "id", id, blanks);
            }
        });
    }

    /** Adds a stakeholder group at the end of the list; returns its local id. */
    public long insertGroup(String uid, String name) {
        return sql(() -> {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("uid", uid);
            v.put("name", name);
            v.put("position", Sql.count(c, "SELECT COALESCE(MAX(position), 0) + 1 FROM stakeholder_group"));
            return journal.insert(c, "stakeholder_group", v, "id");
        });
    }

    /** Adds a tag at the end of its list; returns its local id. */
    public long insertTag(String uid, String kind, String code, String name) {
        return sql(() -> {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("uid", uid);
            v.put("kind", kind);
            v.put("code", code == null ? "" : code);
            v.put("name", name);
            v.put("position", Sql.count(c, "SELECT COALESCE(MAX(position), 0) + 1 FROM tag WHERE kind = ?", kind));
            return journal.insert(c, "tag", v, "id");
        });
    }

    /** Removes a tag (from its inputs too) or an unused group the other copy removed. */
    public void removeListEntry(String table, long id) {
        run(() -> {
            if (table.equals("tag")) {
                for (long input :
                        Sql.list(c, "SELECT input_id FROM input_tag WHERE tag_id = ?", rs -> rs.getLong(1), id)) {
                    Map<String, Object> pair = new LinkedHashMap<>();
                    pair.put("input_id", input);
                    pair.put("tag_id", id);
                    journal.delete(c, "input_tag", pair);
                }
            }
            journal.delete(c, table, "id", id);
        });
    }

    /** Puts a tag on an input. */
    public void tagInput(long inputId, long tagId) {
        run(() -> {
            if (Sql.count(c, "SELECT COUNT(*) FROM input_tag WHERE input_id = ? AND tag_id = ?", inputId, tagId) == 0) {
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("input_id", inputId);
                v.put("tag_id", tagId);
                journal.insert(c, "input_tag", v, "input_id", "tag_id");
            }
        });
    }

    /** Adds a link as the other copy holds it (same uid); returns its local id. */
    public long insertLink(LinkRow l, String paragraphId, long inputId) {
        return sql(() -> {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("uid", l.uid());
            v.put("paragraph_id", paragraphId);
            v.put("input_id", inputId);
            v.put("start_char", l.start());
            v.put("end_char", l.end());
            v.put("quote", l.quote());
            v.put("note", l.note());
            v.put("created_at", l.createdAt());
            v.put("created_by", l.createdBy());
            v.put("paragraph_text", l.paragraphText());
            v.put("suspect", l.suspect() ? 1 : 0);
            v.put("note_seq", l.noteSeq());
            return journal.insert(c, "link", v, "id");
        });
    }

    /** Sets a link's paragraph, note and reference text to the other copy's. */
    public void updateLink(long id, Map<String, Object> values) {
        run(() -> {
            journal.update(c, "link", "id", id, values);
        });
    }

    /** Removes a link the other copy removed. */
    public void removeLink(long id) {
        run(() -> {
            journal.delete(c, "link", "id", id);
        });
    }

    /** Remembers a removal the other copy made, so that it travels on to further copies. */
    public void insertRemoved(RemovedRow r) {
        run(() -> {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("uid", r.uid());
            v.put("kind", r.kind());
            v.put("local_id", null);
            v.put("natural_key", r.naturalKey());
            v.put("removed_at", r.removedAt());
            journal.insert(c, "removed_record", v, "uid");
        });
    }

    /** Adds a revision with its blocks and their footnotes, under {@code name}; returns its local id. */
    public long insertRevision(RevisionRow r, String name, List<BlockRow> blocks, List<RevisionFootnoteRow> footnotes) {
        return sql(() -> {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("uid", r.uid());
            v.put("name", name);
            v.put("note", r.note());
            v.put("created_at", r.createdAt());
            v.put("created_by", r.createdBy());
            v.put("title", r.title());
            v.put("symbol", r.symbol());
            v.put("numbering_frozen", r.numberingFrozen() ? 1 : 0);
            long id = journal.insert(c, "revision", v, "id");
            // the blocks and their footnotes go with their revision when an undo removes it (ON DELETE CASCADE)
            for (BlockRow b : blocks) {
                Sql.update(
                        c,
                        "INSERT INTO revision_block(revision_id, ordinal, kind, ref_id, label, status, text) "
                                + "VALUES (?, ?, ?, ?, ?, ?, ?)",
                        id,
                        b.ordinal(),
                        b.kind(),
                        b.refId(),
                        b.label(),
                        b.status(),
                        b.text());
            }
            for (RevisionFootnoteRow f : footnotes) {
                Sql.update(
                        c,
                        "INSERT INTO revision_footnote(revision_id, block_ordinal, position, footnote_uid, anchor, text) "
                                + "VALUES (?, ?, ?, ?, ?, ?)",
                        id,
                        f.blockOrdinal(),
                        f.position(),
                        f.footnoteUid(),
                        f.anchor(),
                        f.text());
            }
            return id;
        });
    }

    /** Writes the library of adopted texts and the draft's citations of it, in the same transaction and journal. */
    public AgreedCopyWriter agreed() {
        return new AgreedCopyWriter(c, file, journal);
    }

    /** Sets (or, with null, removes) a meta value. */
    public void putMeta(String key, String value) {
        run(() -> {
            boolean exists = Sql.count(c, "SELECT COUNT(*) FROM meta WHERE key = ?", key) > 0;
            if (value == null) {
                if (exists) {
                    journal.delete(c, "meta", "key", key);
                }
            } else if (exists) {
                journal.update(c, "meta", "key", key, Map.of("value", value));
            } else {
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("key", key);
                v.put("value", value);
                journal.insert(c, "meta", v, "key");
            }
        });
    }

    @FunctionalInterface
    interface Step {
        void run() throws SQLException;
    }

    private <T> T sql(CopyReader.Work<T> work) {
        return write(file, work);
    }

    private void run(Step step) {
        write(file, step);
    }

    /** A statement of a merge's writer; its failure is a {@link StoreException} naming the file. */
    static <T> T write(java.nio.file.Path file, CopyReader.Work<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw WriteFailedException.of(file, e)
                    .map(StoreException.class::cast)
                    .orElseGet(
                            () -> new StoreException(file + ": could not be written (" + Database.reason(e) + ")", e));
        }
    }

    static void write(java.nio.file.Path file, Step step) {
        write(file, () -> {
            step.run();
            return null;
        });
    }
}
