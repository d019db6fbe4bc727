package org.penholder.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.penholder.model.AmendmentKind;
import org.penholder.model.AmendmentStatus;
import org.penholder.model.ParagraphKind;
import org.penholder.model.ParagraphStatus;
import org.penholder.store.CopyRecords.AmendmentKey;
import org.penholder.store.CopyRecords.AmendmentRow;
import org.penholder.store.CopyRecords.BlockRow;
import org.penholder.store.CopyRecords.FootnoteRow;
import org.penholder.store.CopyRecords.InputRow;
import org.penholder.store.CopyRecords.InputTagRow;
import org.penholder.store.CopyRecords.LinkRow;
import org.penholder.store.CopyRecords.ListRow;
import org.penholder.store.CopyRecords.ParagraphRow;
import org.penholder.store.CopyRecords.RemovedRow;
import org.penholder.store.CopyRecords.RevisionFootnoteRow;
import org.penholder.store.CopyRecords.RevisionRow;
import org.penholder.store.CopyRecords.SectionRow;
import org.penholder.store.CopyRecords.StakeholderRow;

/**
 * Reads the rows of a project a merge compares, from either copy. Large things (amendments' texts,
 * inputs' texts, links' quotes) are read only for the rows asked for, so that comparing two copies
 * that hold the same costs little. Made by {@link CopyAccess}, inside a read or a write.
 */
public final class CopyReader {

    /** How many ids one {@code IN (...)} lists. */
    private static final int CHUNK = 500;

    private final Connection c;
    private final java.nio.file.Path file;

    CopyReader(Connection c, java.nio.file.Path file) {
        this.c = c;
        this.file = file;
    }

    /** A meta value ({@link MetaStore} keys). */
    public Optional<String> meta(String key) {
        return sql(() -> {
            return Sql.one(c, "SELECT value FROM meta WHERE key = ?", rs -> rs.getString(1), key);
        });
    }

    /**
     * Every amendment's uid, local id, time of its last change and decision (in no order: read from
     * an index that holds them, the rows themselves hold long texts).
     */
    public List<AmendmentKey> amendmentKeys(long after) {
        return sql(() -> {
            List<AmendmentKey> out = new ArrayList<>();
            for (String[] f : rows(
                    "id || ' ' || ifnull(uid, '-') || ' ' || updated_at || ' ' || status || ' ' || decision_seq",
                    "amendment INDEXED BY amendment_merge_key WHERE id > " + after,
                    5)) {
                out.add(new AmendmentKey(
                        Long.parseLong(f[0]), uid(f[1]), f[2], AmendmentStatus.valueOf(f[3]), Integer.parseInt(f[4])));
            }
            return out;
        });
    }

    /** The tables whose rows two copies may share under the same local ids, and what a merge compares of a row. */
    public enum Keyed {
        AMENDMENT(
                "amendment",
                "amendment_merge_key",
                "id || ' ' || uid || ' ' || updated_at || ' ' || status || ' ' || decision_seq"),
        LINK(
                "link",
                "link_merge_key",
                "id || ' ' || uid || ' ' || paragraph_id || ' ' || input_id || ' ' || start_char || ' ' || end_char "
                        + "|| ' ' || note_seq || ' ' || suspect || ' ' || ifnull(note, '')");

        final String table;
        final String index;
        final String fields;

        Keyed(String table, String index, String fields) {
            this.table = table;
            this.index = index;
            this.fields = fields;
        }
    }

    /** The uid of the row of this local id, or null. */
    public String uidAt(Keyed t, long id) {
        return sql(() -> {
            return Sql.one(c, "SELECT uid FROM " + t.table + " WHERE id = ?", rs -> rs.getString(1), id)
                    .orElse(null);
        });
    }

    /** The largest local id of a table (0 when it is empty). */
    public long lastId(Keyed t) {
        return sql(() -> {
            return Sql.count(c, "SELECT COALESCE(MAX(id), 0) FROM " + t.table);
        });
    }

    /**
     * The rows up to local id {@code last} as one text: what a merge compares of each, with its id.
     * Two copies whose texts are equal hold those rows alike, under the same ids (each line holds its
     * row's id, so the order the lines come in does not matter).
     */
    public String upTo(Keyed t, long last) {
        return sql(() -> {
            return Sql.one(
                            c,
                            "SELECT group_concat(" + t.fields + ", char(10)) FROM " + t.table + " INDEXED BY " + t.index
                                    + " WHERE id <= ?",
                            rs -> rs.getString(1),
                            last)
                    .orElse("");
        });
    }

    /**
     * The rows of a query as fields, all of them fetched as one text (one call into SQLite rather
     * than one per field: comparing two copies reads every key of both). {@code fields} is an
     * expression joining fields without spaces by spaces; no field may be null.
     */
    private List<String[]> rows(String fields, String from, int count) throws SQLException {
        String all = Sql.one(c, "SELECT group_concat(" + fields + ", char(10)) FROM " + from, rs -> rs.getString(1))
                .orElse(null);
        List<String[]> out = new ArrayList<>();
        if (all == null || all.isEmpty()) {
            return out;
        }
        for (String line : all.split("\n")) {
            String[] f = line.split(" ");
            if (f.length != count) {
                throw new SQLException("a row of " + from + " holds a value Penholder does not write: " + line);
            }
            out.add(f);
        }
        return out;
    }

    private static String uid(String s) throws SQLException {
        if (s.equals("-")) {
            throw new SQLException("a record has no uid");
        }
        return s;
    }

    /** The amendments of these local ids, in the order written; with their texts only when {@code texts}. */
    public List<AmendmentRow> amendments(Collection<Long> ids, boolean texts) {
        return sql(() -> {
            String columns = texts
                    ? "*"
                    : "id, uid, paragraph_id, section_id, kind, NULL AS before_text, NULL AS after_text, "
                            + "author, team, created_at, updated_at, proposer_id, status, rationale, proposal_id, "
                            + "related_paragraph_id, detail, decided_at, decided_by, decision_seq";
            List<AmendmentRow> out = new ArrayList<>();
            for (List<Long> chunk : chunks(ids)) {
                out.addAll(Sql.list(
                        c,
                        "SELECT " + columns + " FROM amendment WHERE id IN (" + marks(chunk.size()) + ")",
                        CopyReader::amendment,
                        chunk.toArray()));
            }
            out.sort(java.util.Comparator.comparingLong(AmendmentRow::id));
            return out;
        });
    }

    private static AmendmentRow amendment(ResultSet rs) throws SQLException {
        return new AmendmentRow(
                rs.getLong("id"),
                rs.getString("uid"),
                rs.getString("paragraph_id"),
                rs.getString("section_id"),
                AmendmentKind.valueOf(rs.getString("kind")),
                rs.getString("before_text"),
                rs.getString("after_text"),
                rs.getString("author"),
                rs.getString("team"),
                rs.getString("created_at"),
                rs.getString("updated_at"),
                Sql.nullableLong(rs, "proposer_id"),
                AmendmentStatus.valueOf(rs.getString("status")),
                rs.getString("rationale"),
                Sql.nullableLong(rs, "proposal_id"),
                rs.getString("related_paragraph_id"),
                rs.getString("detail"),
                rs.getString("decided_at"),
                rs.getString("decided_by"),
                rs.getInt("decision_seq"));
    }

    /** Every paragraph, live or deleted. */
    public List<ParagraphRow> paragraphs() {
        return sql(() -> {
            return Sql.list(
                    c,
                    "SELECT id, section_id, kind, position, status, text, deleted, created_at FROM paragraph "
                            + "ORDER BY deleted, section_id, position, id",
                    rs -> new ParagraphRow(
                            rs.getString(1),
                            rs.getString(2),
                            ParagraphKind.valueOf(rs.getString(3)),
                            rs.getInt(4),
                            ParagraphStatus.valueOf(rs.getString(5)),
                            rs.getString(6),
                            rs.getInt(7) != 0,
                            rs.getString(8)));
        });
    }

    /** Every section, in order. */
    public List<SectionRow> sections() {
        return sql(() -> {
            return Sql.list(
                    c,
                    "SELECT id, title, position, deleted FROM section ORDER BY deleted, position, id",
                    rs -> new SectionRow(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4) != 0));
        });
    }

    /**
     * The links after local id {@code after}, without their quote and reference text (read from an
     * index that holds the rest); {@code shaOfInput} gives each its input's SHA-256.
     */
    public List<LinkRow> linkKeys(java.util.Map<Long, String> shaOfInput, long after) {
        return sql(() -> {
            java.util.Map<Long, String> notes = new java.util.HashMap<>();
            for (var e : Sql.list(
                    c,
                    "SELECT id, note FROM link WHERE note IS NOT NULL AND id > " + after,
                    rs -> java.util.Map.entry(rs.getLong(1), rs.getString(2)))) {
                notes.put(e.getKey(), e.getValue());
            }
            List<LinkRow> out = new ArrayList<>();
            for (String[] f : rows(
                    "id || ' ' || ifnull(uid, '-') || ' ' || paragraph_id || ' ' || input_id || ' ' || start_char || ' ' "
                            + "|| end_char || ' ' || note_seq || ' ' || suspect",
                    "link INDEXED BY link_merge_key WHERE id > " + after,
                    8)) {
                long id = Long.parseLong(f[0]);
                long input = Long.parseLong(f[3]);
                out.add(new LinkRow(
                        id,
                        uid(f[1]),
                        f[2],
                        input,
                        shaOfInput.get(input),
                        Integer.parseInt(f[4]),
                        Integer.parseInt(f[5]),
                        notes.get(id),
                        Integer.parseInt(f[6]),
                        !f[7].equals("0"),
                        null,
                        null,
                        null,
                        null));
            }
            return out;
        });
    }

    /** The links of these local ids, whole. */
    public List<LinkRow> links(Collection<Long> ids) {
        return sql(() -> {
            List<LinkRow> out = new ArrayList<>();
            for (List<Long> chunk : chunks(ids)) {
                out.addAll(Sql.list(
                        c,
                        "SELECT l.*, i.sha256 FROM link l JOIN input i ON i.id = l.input_id WHERE l.id IN ("
                                + marks(chunk.size()) + ") ORDER BY l.id",
                        rs -> new LinkRow(
                                rs.getLong("id"),
                                rs.getString("uid"),
                                rs.getString("paragraph_id"),
                                rs.getLong("input_id"),
                                rs.getString("sha256"),
                                rs.getInt("start_char"),
                                rs.getInt("end_char"),
                                rs.getString("note"),
                                rs.getInt("note_seq"),
                                rs.getInt("suspect") != 0,
                                rs.getString("quote"),
                                rs.getString("created_at"),
                                rs.getString("created_by"),
                                rs.getString("paragraph_text")),
                        chunk.toArray()));
            }
            return out;
        });
    }

    /** Links and list entries removed, by uid. */
    public List<RemovedRow> removed() {
        return sql(() -> {
            return Sql.list(
                    c,
                    "SELECT uid, kind, local_id, natural_key, removed_at FROM removed_record ORDER BY removed_at, uid",
                    rs -> new RemovedRow(
                            rs.getString(1),
                            rs.getString(2),
                            Sql.nullableLong(rs, "local_id"),
                            rs.getString(4),
                            rs.getString(5)));
        });
    }

    /**
     * Every input's SHA-256 and the details a merge fills in (read from an index that holds them);
     * the rest are left out (null).
     */
    public List<InputRow> inputKeys() {
        return sql(() -> {
            return Sql.list(
                    c,
                    "SELECT id, sha256, stakeholder_id, occasion, date, language FROM input INDEXED BY input_merge_key",
                    rs -> new InputRow(
                            rs.getLong("id"),
                            rs.getString("sha256"),
                            Sql.nullableLong(rs, "stakeholder_id"),
                            null,
                            null,
                            rs.getString("occasion"),
                            rs.getString("date"),
                            rs.getString("language"),
                            null,
                            null,
                            false,
                            null));
        });
    }

    /** The inputs of these local ids, with all their details (not their texts), in id order. */
    public List<InputRow> inputs(Collection<Long> ids) {
        return sql(() -> {
            List<InputRow> out = new ArrayList<>();
            for (List<Long> chunk : chunks(ids)) {
                out.addAll(inputsWhere("WHERE id IN (" + marks(chunk.size()) + ")", chunk.toArray()));
            }
            out.sort(java.util.Comparator.comparingLong(InputRow::id));
            return out;
        });
    }

    private List<InputRow> inputsWhere(String where, Object... params) throws SQLException {
        return Sql.list(
                c,
                "SELECT id, sha256, stakeholder_id, kind, title, occasion, date, language, original_file, "
                        + "imported_at, cjk, near_duplicate_of FROM input " + where,
                rs -> new InputRow(
                        rs.getLong("id"),
                        rs.getString("sha256"),
                        Sql.nullableLong(rs, "stakeholder_id"),
                        rs.getString("kind"),
                        rs.getString("title"),
                        rs.getString("occasion"),
                        rs.getString("date"),
                        rs.getString("language"),
                        rs.getString("original_file"),
                        rs.getString("imported_at"),
                        rs.getInt("cjk") != 0,
                        Sql.nullableLong(rs, "near_duplicate_of")),
                params);
    }

    /** The text of an input. */
    public String inputText(long id) {
        return sql(() -> {
            return Sql.one(c, "SELECT text FROM input WHERE id = ?", rs -> rs.getString(1), id)
                    .orElseThrow(() -> new SQLException("there is no input " + id));
        });
    }

    /** Every stakeholder. */
    public List<StakeholderRow> stakeholders() {
        return sql(() -> {
            return Sql.list(
                    c,
                    "SELECT id, uid, name, group_id, country FROM stakeholder ORDER BY id",
                    rs -> new StakeholderRow(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            Sql.nullableLong(rs, "group_id"),
                            rs.getString(5)));
        });
    }

    /** The stakeholder groups and the tags, each list in its order. */
    public List<ListRow> lists() {
        return sql(() -> {
            List<ListRow> out = new ArrayList<>(Sql.list(
                    c,
                    "SELECT id, uid, name, position FROM stakeholder_group ORDER BY position, id",
                    rs -> new ListRow(
                            rs.getLong(1), rs.getString(2), ListRow.GROUP, "", rs.getString(3), rs.getInt(4))));
            out.addAll(Sql.list(
                    c,
                    "SELECT id, uid, kind, code, name, position FROM tag ORDER BY kind, position, id",
                    rs -> new ListRow(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getInt(6))));
            return out;
        });
    }

    /** Which input carries which tag. */
    public List<InputTagRow> inputTags() {
        return sql(() -> {
            return Sql.list(
                    c,
                    "SELECT input_id, tag_id FROM input_tag ORDER BY input_id, tag_id",
                    rs -> new InputTagRow(rs.getLong(1), rs.getLong(2)));
        });
    }

    /** Every revision's own fields, oldest first. */
    public List<RevisionRow> revisions() {
        return sql(() -> {
            return Sql.list(
                    c,
                    "SELECT id, uid, name, note, created_at, created_by, title, symbol, numbering_frozen FROM revision "
                            + "ORDER BY id",
                    rs -> new RevisionRow(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getString(7),
                            rs.getString(8),
                            rs.getInt(9) != 0));
        });
    }

    /** A revision's blocks, in reading order. */
    public List<BlockRow> blocks(long revisionId) {
        return sql(() -> {
            return Sql.list(
                    c,
                    "SELECT ordinal, kind, ref_id, label, status, text FROM revision_block WHERE revision_id = ? "
                            + "ORDER BY ordinal",
                    rs -> new BlockRow(
                            rs.getInt(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6)),
                    revisionId);
        });
    }

    /** Every footnote of the draft, live or removed, in the order written. */
    public List<FootnoteRow> footnotes() {
        return sql(() -> {
            return Sql.list(
                    c,
                    "SELECT uid, paragraph_id, anchor, text, deleted, created_at FROM footnote ORDER BY id",
                    rs -> new FootnoteRow(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getInt(3),
                            rs.getString(4),
                            rs.getInt(5) != 0,
                            rs.getString(6)));
        });
    }

    /** The footnotes of a revision's paragraphs as they stood, in reading order. */
    public List<RevisionFootnoteRow> revisionFootnotes(long revisionId) {
        return sql(() -> {
            return Sql.list(
                    c,
                    "SELECT block_ordinal, position, footnote_uid, anchor, text FROM revision_footnote "
                            + "WHERE revision_id = ? ORDER BY block_ordinal, position",
                    rs -> new RevisionFootnoteRow(
                            rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getInt(4), rs.getString(5)),
                    revisionId);
        });
    }

    /** The library of adopted texts and the draft's citations of it, read from the same copy. */
    public AgreedCopyReader agreed() {
        return new AgreedCopyReader(c, file);
    }

    static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        List<List<Long>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            out.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return out;
    }

    static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    /** A statement of a copy's reader; its failure is a {@link StoreException} naming the file. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws SQLException;
    }

    private <T> T sql(Work<T> work) {
        return read(file, work);
    }

    static <T> T read(java.nio.file.Path file, Work<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new StoreException(file + ": could not be read (" + Database.reason(e) + ")", e);
        }
    }
}
