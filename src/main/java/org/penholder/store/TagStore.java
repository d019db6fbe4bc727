package org.penholder.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.penholder.events.ProjectEvent.InputsChanged;
import org.penholder.events.ProjectEvent.ListsChanged;
import org.penholder.model.Ids;
import org.penholder.model.ListKind;
import org.penholder.model.Tag;
import org.penholder.model.TagKind;

/** Thematic clusters and WSIS Action Lines, and which inputs carry them. */
public final class TagStore {

    private final Database db;

    public TagStore(Database db) {
        this.db = db;
    }

    public List<Tag> all() {
        return db.read(c -> Sql.list(c, "SELECT * FROM tag ORDER BY kind, position, id", TagStore::map));
    }

    public List<Tag> ofKind(TagKind kind) {
        return db.read(c -> Sql.list(c, "SELECT * FROM tag WHERE kind = ? ORDER BY position, id", TagStore::map, kind));
    }

    /**
     * Finds a tag by its name or its code ("C3"), in either list, ignoring case. When a cluster and
     * an action line share a name ("Capacity building"), the exact spelling wins, then the cluster.
     */
    public Optional<Tag> find(String nameOrCode) {
        String key = nameOrCode.strip();
        return db.read(c -> Sql.one(
                c,
                "SELECT * FROM tag WHERE name = ? COLLATE NOCASE OR "
                        + "(code <> '' AND code = ? COLLATE NOCASE) ORDER BY (code = ?) DESC, (name = ?) DESC, "
                        + "(kind = 'CLUSTER') DESC LIMIT 1",
                TagStore::map,
                key,
                key,
                key,
                key));
    }

    /** The tag of that name in one list, ignoring case. */
    public Optional<Tag> find(TagKind kind, String name) {
        return db.read(c -> Sql.one(
                c, "SELECT * FROM tag WHERE kind = ? AND name = ? COLLATE NOCASE", TagStore::map, kind, name.strip()));
    }

    /** Adds a tag at the end of its list, or returns the existing one of that name. */
    public Tag ensure(TagKind kind, String code, String name) {
        return db.write(c -> {
            Optional<Tag> existing =
                    Sql.one(c, "SELECT * FROM tag WHERE kind = ? AND name = ?", TagStore::map, kind, name);
            if (existing.isPresent()) {
                return existing.get();
            }
            long position = Sql.count(c, "SELECT COALESCE(MAX(position), 0) + 1 FROM tag WHERE kind = ?", kind);
            long id = Sql.insert(
                    c,
                    "INSERT INTO tag(kind, code, name, position, uid) VALUES (?, ?, ?, ?, ?)",
                    kind,
                    code == null ? "" : code,
                    name,
                    position,
                    Ids.newUid());
            db.changed(ListsChanged.of(kind == TagKind.CLUSTER ? ListKind.CLUSTERS : ListKind.ACTION_LINES));
            return new Tag(id, kind, code == null ? "" : code, name);
        });
    }

    public void tagInput(long inputId, long tagId) {
        db.run(
                InputsChanged.of(inputId),
                c -> Sql.update(c, "INSERT OR IGNORE INTO input_tag(input_id, tag_id) VALUES (?, ?)", inputId, tagId));
    }

    /** Gives an input exactly these tags. */
    public void setTagsOfInput(long inputId, java.util.Collection<Long> tagIds) {
        db.run(InputsChanged.of(inputId), c -> {
            Sql.update(c, "DELETE FROM input_tag WHERE input_id = ?", inputId);
            for (long t : tagIds) {
                Sql.update(c, "INSERT OR IGNORE INTO input_tag(input_id, tag_id) VALUES (?, ?)", inputId, t);
            }
        });
    }

    public List<Tag> ofInput(long inputId) {
        return db.read(c -> Sql.list(
                c,
                "SELECT t.* FROM tag t JOIN input_tag it ON it.tag_id = t.id "
                        + "WHERE it.input_id = ? ORDER BY t.kind, t.position",
                TagStore::map,
                inputId));
    }

    static Tag map(ResultSet rs) throws SQLException {
        return new Tag(
                rs.getLong("id"), TagKind.valueOf(rs.getString("kind")), rs.getString("code"), rs.getString("name"));
    }
}
