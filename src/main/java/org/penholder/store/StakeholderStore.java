package org.penholder.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.penholder.events.ProjectEvent.ListsChanged;
import org.penholder.events.ProjectEvent.StakeholdersChanged;
import org.penholder.model.Ids;
import org.penholder.model.ListKind;
import org.penholder.model.Stakeholder;

/** Stakeholders and the editable list of stakeholder groups. */
public final class StakeholderStore {

    private static final String SELECT = "SELECT s.id, s.name, g.name AS group_name, s.country "
            + "FROM stakeholder s LEFT JOIN stakeholder_group g ON g.id = s.group_id ";

    private final Database db;

    public StakeholderStore(Database db) {
        this.db = db;
    }

    /** Group names in their list order. */
    public List<String> groups() {
        return db.read(
                c -> Sql.list(c, "SELECT name FROM stakeholder_group ORDER BY position, id", rs -> rs.getString(1)));
    }

    /** Adds a group at the end of the list, or returns the id of the one with that name. */
    public long ensureGroup(String name) {
        return db.write(c -> {
            Optional<Long> id =
                    Sql.one(c, "SELECT id FROM stakeholder_group WHERE name = ?", rs -> rs.getLong(1), name.strip());
            if (id.isPresent()) {
                return id.get();
            }
            long next = Sql.count(c, "SELECT COALESCE(MAX(position), 0) + 1 FROM stakeholder_group");
            db.changed(ListsChanged.of(ListKind.STAKEHOLDER_GROUPS));
            return Sql.insert(
                    c,
                    "INSERT INTO stakeholder_group(name, position, uid) VALUES (?, ?, ?)",
                    name.strip(),
                    next,
                    Ids.newUid());
        });
    }

    public List<Stakeholder> all() {
        return db.read(c -> Sql.list(c, SELECT + "ORDER BY s.name COLLATE NOCASE", StakeholderStore::map));
    }

    public Optional<Stakeholder> byId(long id) {
        return db.read(c -> Sql.one(c, SELECT + "WHERE s.id = ?", StakeholderStore::map, id));
    }

    public Optional<Stakeholder> byName(String name) {
        return db.read(c -> Sql.one(c, SELECT + "WHERE s.name = ?", StakeholderStore::map, name.strip()));
    }

    /**
     * The stakeholder of that name (names compare without case), created with the group and country
     * given when it does not exist yet. An existing stakeholder's group is left as it is.
     */
    public Stakeholder findOrCreate(String name, String group, String country) {
        return db.write(c -> {
            Optional<Stakeholder> existing =
                    Sql.one(c, SELECT + "WHERE s.name = ?", StakeholderStore::map, name.strip());
            if (existing.isPresent()) {
                return existing.get();
            }
            Long groupId = group == null || group.isBlank() ? null : ensureGroup(group);
            long id = Sql.insert(
                    c,
                    "INSERT INTO stakeholder(name, group_id, country, uid) VALUES (?, ?, ?, ?)",
                    name.strip(),
                    groupId,
                    country,
                    Ids.newUid());
            db.changed(StakeholdersChanged.of(id));
            return Sql.one(c, SELECT + "WHERE s.id = ?", StakeholderStore::map, id)
                    .orElseThrow();
        });
    }

    /** Changes a stakeholder's name, group and country. */
    public void update(Stakeholder s) {
        db.run(StakeholdersChanged.of(s.id()), c -> {
            Long groupId = s.group() == null || s.group().isBlank() ? null : ensureGroup(s.group());
            Sql.update(
                    c,
                    "UPDATE stakeholder SET name = ?, group_id = ?, country = ? WHERE id = ?",
                    s.name().strip(),
                    groupId,
                    s.country(),
                    s.id());
        });
    }

    /** Whether inputs or proposals name the stakeholder (it cannot be removed then). */
    public boolean isUsed(long id) {
        return db.read(c -> Sql.count(
                        c,
                        "SELECT (SELECT COUNT(*) FROM input WHERE stakeholder_id = ?) "
                                + "+ (SELECT COUNT(*) FROM amendment WHERE proposer_id = ?)",
                        id,
                        id)
                > 0);
    }

    /** Takes an unused stakeholder out, exactly as it was, to be put back by {@link #putBack}. */
    public RemovedRows remove(long id) {
        return db.write(StakeholdersChanged.of(id), c -> {
            RemovedRows rows = new RemovedRows().keep(c, "stakeholder", "id = ?", id);
            Sql.update(c, "DELETE FROM stakeholder WHERE id = ?", id);
            return rows;
        });
    }

    /** Puts back a stakeholder {@link #remove} took out, with its id. */
    public void putBack(long id, RemovedRows rows) {
        db.run(StakeholdersChanged.of(id), rows::putBack);
    }

    public long count() {
        return db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM stakeholder"));
    }

    private static Stakeholder map(ResultSet rs) throws SQLException {
        return new Stakeholder(
                rs.getLong("id"), rs.getString("name"), rs.getString("group_name"), rs.getString("country"));
    }
}
