package org.penholder.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.penholder.events.ProjectEvent.RevisionsChanged;
import org.penholder.model.BlockKind;
import org.penholder.model.Footnote;
import org.penholder.model.Ids;
import org.penholder.model.ParagraphStatus;
import org.penholder.model.Revision;
import org.penholder.model.RevisionBlock;

/** Named, immutable snapshots of the draft. */
public final class RevisionStore {

    private final Database db;

    public RevisionStore(Database db) {
        this.db = db;
    }

    /** Stores a revision and its blocks in one transaction; refuses a name already used. */
    public Revision create(
            String name,
            String note,
            String createdBy,
            String title,
            String symbol,
            boolean numberingFrozen,
            List<RevisionBlock> blocks) {
        return db.write(c -> {
            if (Sql.count(c, "SELECT COUNT(*) FROM revision WHERE name = ?", name) > 0) {
                throw new StoreException(db.file() + ": there is already a revision named \"" + name + "\"");
            }
            Instant now = Instant.now();
            long id = Sql.insert(
                    c,
                    "INSERT INTO revision(name, note, created_at, created_by, title, symbol, "
                            + "numbering_frozen, uid) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    name,
                    note,
                    now,
                    createdBy,
                    title,
                    symbol,
                    numberingFrozen,
                    Ids.newUid());
            for (RevisionBlock b : blocks) {
                Sql.update(
                        c,
                        "INSERT INTO revision_block(revision_id, ordinal, kind, ref_id, label, status, text) "
                                + "VALUES (?, ?, ?, ?, ?, ?, ?)",
                        id,
                        b.ordinal(),
                        b.kind(),
                        b.id(),
                        b.label(),
                        b.status(),
                        b.text());
                int position = 0;
                for (Footnote f : b.footnotes()) {
                    Sql.update(
                            c,
                            "INSERT INTO revision_footnote(revision_id, block_ordinal, position, footnote_uid, anchor, "
                                    + "text) VALUES (?, ?, ?, ?, ?, ?)",
                            id,
                            b.ordinal(),
                            position++,
                            f.uid() == null ? Ids.newUid() : f.uid(),
                            f.anchor(),
                            f.text());
                }
            }
            db.changed(RevisionsChanged.of(id));
            return new Revision(id, name, note, now, createdBy, numberingFrozen);
        });
    }

    /** Takes a revision out with its blocks, exactly as it was (the undo of its freezing), to be put back by {@link #putBack}. */
    public RemovedRows remove(long id) {
        return db.write(RevisionsChanged.of(id), c -> {
            RemovedRows rows = new RemovedRows()
                    .keep(c, "revision", "id = ?", id)
                    .keep(c, "revision_block", "revision_id = ? ORDER BY ordinal", id);
            Sql.update(c, "DELETE FROM revision WHERE id = ?", id);
            return rows;
        });
    }

    /** Puts back a revision {@link #remove} took out, with its id, time and blocks. */
    public void putBack(long id, RemovedRows rows) {
        db.run(RevisionsChanged.of(id), rows::putBack);
    }

    /** Revisions, oldest first. */
    public List<Revision> all() {
        return db.read(c -> Sql.list(c, "SELECT * FROM revision ORDER BY created_at, id", RevisionStore::map));
    }

    public Optional<Revision> byName(String name) {
        return db.read(c -> Sql.one(c, "SELECT * FROM revision WHERE name = ?", RevisionStore::map, name.strip()));
    }

    public Optional<Revision> byId(long id) {
        return db.read(c -> Sql.one(c, "SELECT * FROM revision WHERE id = ?", RevisionStore::map, id));
    }

    /** The title a revision was made with. */
    public String title(long revisionId) {
        return db.read(c -> Sql.one(c, "SELECT title FROM revision WHERE id = ?", rs -> rs.getString(1), revisionId))
                .orElse("");
    }

    /** The document symbol a revision was made with ("" when it had none). */
    public String symbol(long revisionId) {
        return db.read(c -> Sql.one(c, "SELECT symbol FROM revision WHERE id = ?", rs -> rs.getString(1), revisionId))
                .orElse("");
    }

    /** The snapshot of a revision, in reading order. */
    public List<RevisionBlock> blocks(long revisionId) {
        return db.read(c -> {
            Map<Integer, List<Footnote>> notes = new HashMap<>();
            for (Object[] row : Sql.list(
                    c,
                    "SELECT block_ordinal, footnote_uid, anchor, text FROM revision_footnote WHERE revision_id = ? "
                            + "ORDER BY block_ordinal, position",
                    rs -> new Object[] {rs.getInt(1), new Footnote(rs.getString(2), rs.getInt(3), rs.getString(4))},
                    revisionId)) {
                notes.computeIfAbsent((Integer) row[0], k -> new ArrayList<>()).add((Footnote) row[1]);
            }
            return Sql.list(
                    c,
                    "SELECT * FROM revision_block WHERE revision_id = ? ORDER BY ordinal",
                    rs -> new RevisionBlock(
                            rs.getInt("ordinal"),
                            BlockKind.valueOf(rs.getString("kind")),
                            rs.getString("ref_id"),
                            rs.getString("label"),
                            rs.getString("status") == null ? null : ParagraphStatus.valueOf(rs.getString("status")),
                            rs.getString("text"),
                            notes.getOrDefault(rs.getInt("ordinal"), List.of())),
                    revisionId);
        });
    }

    public long count() {
        return db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM revision"));
    }

    static Revision map(ResultSet rs) throws SQLException {
        return new Revision(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("note"),
                Sql.instant(rs, "created_at"),
                rs.getString("created_by"),
                rs.getInt("numbering_frozen") != 0);
    }
}
