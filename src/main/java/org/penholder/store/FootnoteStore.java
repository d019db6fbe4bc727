package org.penholder.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.penholder.events.ProjectEvent.ParagraphsChanged;
import org.penholder.model.Footnote;

/**
 * The footnotes of the draft's paragraphs as rows. A removed footnote stays in the table, marked,
 * so that undoing its removal brings back the same footnote (the same uid).
 */
public final class FootnoteStore {

    /** A footnote and the paragraph it belongs to, removed or not. */
    public record Row(String paragraphId, Footnote footnote, boolean deleted) {}

    /**
     * The order of a paragraph's footnotes: by their marks, and marks at one place in the order they
     * were made, then by uid, so that every copy of a project (whose local ids differ) numbers them alike.
     */
    private static final String IN_ORDER = "anchor, created_at, uid"; // as all(c) orders them

    private final Database db;

    public FootnoteStore(Database db) {
        this.db = db;
    }

    /** The live footnotes of a paragraph, in the order of their marks. */
    public List<Footnote> of(String paragraphId) {
        return db.read(c -> Sql.list(
                c,
                "SELECT uid, anchor, text FROM footnote WHERE paragraph_id = ? AND deleted = 0 ORDER BY " + IN_ORDER,
                FootnoteStore::map,
                paragraphId));
    }

    /** The live footnotes of every live paragraph, by paragraph id. */
    public Map<String, List<Footnote>> all() {
        return db.read(c -> all(c));
    }

    static Map<String, List<Footnote>> all(Connection c) throws SQLException {
        Map<String, List<Footnote>> out = new HashMap<>();
        for (Object[] row : Sql.list(
                c,
                "SELECT f.paragraph_id, f.uid, f.anchor, f.text FROM footnote f JOIN paragraph p ON p.id = f.paragraph_id "
                        + "WHERE f.deleted = 0 AND p.deleted = 0 ORDER BY f.paragraph_id, f.anchor, f.created_at, f.uid",
                rs -> new Object[] {rs.getString(1), map(rs, 2)})) {
            out.computeIfAbsent((String) row[0], k -> new java.util.ArrayList<>())
                    .add((Footnote) row[1]);
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return out;
    }

    /** A footnote by its uid, removed or not. */
    public Optional<Row> byUid(String uid) {
        return db.read(c -> Sql.one(
                c,
                "SELECT paragraph_id, uid, anchor, text, deleted FROM footnote WHERE uid = ?",
                rs -> new Row(rs.getString(1), map(rs, 2), rs.getInt(5) != 0),
                uid));
    }

    /** Adds a footnote to a paragraph, or brings a removed one back (same uid) as given. */
    public void put(String paragraphId, Footnote f) {
        db.run(ParagraphsChanged.of(paragraphId), c -> {
            int updated = Sql.update(
                    c,
                    "UPDATE footnote SET paragraph_id = ?, anchor = ?, text = ?, deleted = 0 WHERE uid = ?",
                    paragraphId,
                    f.anchor(),
                    f.text(),
                    f.uid());
            if (updated == 0) {
                Sql.update(
                        c,
                        "INSERT INTO footnote(uid, paragraph_id, anchor, text, created_at) VALUES (?, ?, ?, ?, ?)",
                        f.uid(),
                        paragraphId,
                        f.anchor(),
                        f.text(),
                        Instant.now());
            }
        });
    }

    /** Marks a footnote removed. */
    public void remove(String uid) {
        db.run(c -> {
            // a footnote is part of its paragraph: the paragraph changed
            Sql.one(c, "SELECT paragraph_id FROM footnote WHERE uid = ?", rs -> rs.getString(1), uid)
                    .ifPresent(p -> db.changed(ParagraphsChanged.of(p)));
            Sql.update(c, "UPDATE footnote SET deleted = 1 WHERE uid = ?", uid);
        });
    }

    /** Moves the marks of a paragraph's footnotes (and any footnote listed) to where they now stand. */
    public void place(String paragraphId, List<Footnote> notes) {
        db.run(ParagraphsChanged.of(paragraphId), c -> {
            for (Footnote f : notes) {
                Sql.update(
                        c,
                        "UPDATE footnote SET paragraph_id = ?, anchor = ? WHERE uid = ?",
                        paragraphId,
                        f.anchor(),
                        f.uid());
            }
        });
    }

    public long count() {
        return db.read(c -> Sql.count(
                c,
                "SELECT COUNT(*) FROM footnote f JOIN paragraph p ON p.id = f.paragraph_id "
                        + "WHERE f.deleted = 0 AND p.deleted = 0"));
    }

    private static Footnote map(ResultSet rs) throws SQLException {
        return map(rs, 1);
    }

    private static Footnote map(ResultSet rs, int first) throws SQLException {
        return new Footnote(rs.getString(first), rs.getInt(first + 1), rs.getString(first + 2));
    }
}
