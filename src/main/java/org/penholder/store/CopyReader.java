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
import org.penholder.store.CopyRecords.InputRow;
import org.penholder.store.CopyRecords.InputTagRow;
import org.penholder.store.CopyRecords.LinkRow;
import org.penholder.store.CopyRecords.ListRow;
import org.penholder.store.CopyRecords.ParagraphRow;
import org.penholder.store.CopyRecords.RemovedRow;
import org.penholder.store.CopyRecords.RevisionRow;
import org.penholder.store.CopyRecords.SectionRow;
import org.penholder.store.CopyRecords.StakeholderRow;

/**
 * Reads the rows of a project a merge compares, from either copy. Large things (amendments' texts,
 * inputs' texts, links' quotes) are read only for the rows asked for, so that comparing two copies
 * that hold the same costs little. Call inside {@link Database#readSnapshot} or a write.
 */
public final class CopyReader {

    /** How many ids one {@code IN (...)} lists. */
    private static final int CHUNK = 500;

    private final Connection c;

    public CopyReader(Connection c) {
        this.c = c;
    }

    /** A meta value ({@link MetaStore} keys). */
    public Optional<String> meta(String key) throws SQLException {
        return Sql.one(c, "SELECT value FROM meta WHERE key = ?", rs -> rs.getString(1), key);
    }

    /** Every amendment's uid, local id, time of its last change and decision, in the order written. */
    public List<AmendmentKey> amendmentKeys() throws SQLException {
        return Sql.list(
                c,
                "SELECT id, uid, updated_at, status, decision_seq FROM amendment ORDER BY id",
                rs -> new AmendmentKey(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        AmendmentStatus.valueOf(rs.getString(4)),
                        rs.getInt(5)));
    }

    /** The amendments of these local ids, in the order written; with their texts only when {@code texts}. */
    public List<AmendmentRow> amendments(Collection<Long> ids, boolean texts) throws SQLException {
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
    public List<ParagraphRow> paragraphs() throws SQLException {
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
    }

    /** Every section, in order. */
    public List<SectionRow> sections() throws SQLException {
        return Sql.list(
                c,
                "SELECT id, title, position, deleted FROM section ORDER BY deleted, position, id",
                rs -> new SectionRow(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4) != 0));
    }

    /** Every link, without its quote and reference text. */
    public List<LinkRow> linkKeys() throws SQLException {
        return Sql.list(
                c,
                "SELECT l.id, l.uid, l.paragraph_id, l.input_id, i.sha256, l.start_char, l.end_char, l.note, "
                        + "l.note_seq, l.suspect FROM link l JOIN input i ON i.id = l.input_id ORDER BY l.id",
                rs -> new LinkRow(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getString(5),
                        rs.getInt(6),
                        rs.getInt(7),
                        rs.getString(8),
                        rs.getInt(9),
                        rs.getInt(10) != 0,
                        null,
                        null,
                        null,
                        null));
    }

    /** The links of these local ids, whole. */
    public List<LinkRow> links(Collection<Long> ids) throws SQLException {
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
    }

    /** Links and list entries removed, by uid. */
    public List<RemovedRow> removed() throws SQLException {
        return Sql.list(
                c,
                "SELECT uid, kind, local_id, natural_key, removed_at FROM removed_record ORDER BY removed_at, uid",
                rs -> new RemovedRow(
                        rs.getString(1),
                        rs.getString(2),
                        Sql.nullableLong(rs, "local_id"),
                        rs.getString(4),
                        rs.getString(5)));
    }

    /** Every input's details (not its text). */
    public List<InputRow> inputs() throws SQLException {
        return Sql.list(
                c,
                "SELECT id, sha256, stakeholder_id, kind, title, occasion, date, language, original_file, "
                        + "imported_at, cjk, near_duplicate_of FROM input ORDER BY id",
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
                        Sql.nullableLong(rs, "near_duplicate_of")));
    }

    /** The text of an input. */
    public String inputText(long id) throws SQLException {
        return Sql.one(c, "SELECT text FROM input WHERE id = ?", rs -> rs.getString(1), id)
                .orElseThrow(() -> new SQLException("there is no input " + id));
    }

    /** Every stakeholder. */
    public List<StakeholderRow> stakeholders() throws SQLException {
        return Sql.list(
                c,
                "SELECT id, uid, name, group_id, country FROM stakeholder ORDER BY id",
                rs -> new StakeholderRow(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        Sql.nullableLong(rs, "group_id"),
                        rs.getString(5)));
    }

    /** The stakeholder groups and the tags, each list in its order. */
    public List<ListRow> lists() throws SQLException {
        List<ListRow> out = new ArrayList<>(Sql.list(
                c,
                "SELECT id, uid, name, position FROM stakeholder_group ORDER BY position, id",
                rs -> new ListRow(rs.getLong(1), rs.getString(2), ListRow.GROUP, "", rs.getString(3), rs.getInt(4))));
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
    }

    /** Which input carries which tag. */
    public List<InputTagRow> inputTags() throws SQLException {
        return Sql.list(
                c,
                "SELECT input_id, tag_id FROM input_tag ORDER BY input_id, tag_id",
                rs -> new InputTagRow(rs.getLong(1), rs.getLong(2)));
    }

    /** Every revision's own fields, oldest first. */
    public List<RevisionRow> revisions() throws SQLException {
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
    }

    /** A revision's blocks, in reading order. */
    public List<BlockRow> blocks(long revisionId) throws SQLException {
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
}
