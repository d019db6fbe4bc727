package org.penholder.store;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.penholder.events.ProjectEvent.InputsChanged;
import org.penholder.events.ProjectEvent.ListsChanged;
import org.penholder.model.Ids;
import org.penholder.model.ListEntry;
import org.penholder.model.ListKind;

/**
 * The editable lists of a project: stakeholder groups (table stakeholder_group) and tags (table tag,
 * by kind). Names are unique in their list, whatever their case; the order is the list's own.
 */
public final class ListStore {

    private final Database db;

    public ListStore(Database db) {
        this.db = db;
    }

    /** A list's entries, in order, with how often each is used. */
    public List<ListEntry> entries(ListKind list) {
        return db.read(c -> list == ListKind.STAKEHOLDER_GROUPS
                ? Sql.list(
                        c,
                        "SELECT g.id, '' AS code, g.name, (SELECT COUNT(*) FROM stakeholder s WHERE s.group_id = g.id) AS uses "
                                + "FROM stakeholder_group g ORDER BY g.position, g.id",
                        rs -> new ListEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
                : Sql.list(
                        c,
                        "SELECT t.id, t.code, t.name, (SELECT COUNT(*) FROM input_tag it WHERE it.tag_id = t.id) AS uses "
                                + "FROM tag t WHERE t.kind = ? ORDER BY t.position, t.id",
                        rs -> new ListEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)),
                        list.tagKind()));
    }

    /** Adds an entry at the end of its list; refuses a name the list has already. */
    public ListEntry add(ListKind list, String code, String name) {
        String n = requireName(name);
        String k = code == null ? "" : code.strip();
        return db.write(ListsChanged.of(list), c -> {
            refuseTaken(list, n, -1);
            long position = Sql.count(
                    c,
                    "SELECT COALESCE(MAX(position), 0) + 1 FROM " + table(list)
                            + (list == ListKind.STAKEHOLDER_GROUPS
                                    ? ""
                                    : " WHERE kind = '" + list.tagKind().name() + "'"));
            long id = list == ListKind.STAKEHOLDER_GROUPS
                    ? Sql.insert(
                            c,
                            "INSERT INTO stakeholder_group(name, position, uid) VALUES (?, ?, ?)",
                            n,
                            position,
                            Ids.newUid())
                    : Sql.insert(
                            c,
                            "INSERT INTO tag(kind, code, name, position, uid) VALUES (?, ?, ?, ?, ?)",
                            list.tagKind(),
                            k,
                            n,
                            position,
                            Ids.newUid());
            return new ListEntry(id, list == ListKind.STAKEHOLDER_GROUPS ? "" : k, n, 0);
        });
    }

    /** Renames an entry (and, for action lines, sets its code); refuses a name the list has already. */
    public void rename(ListKind list, long id, String code, String name) {
        String n = requireName(name);
        db.run(ListsChanged.of(list), c -> {
            refuseTaken(list, n, id);
            int changed = list == ListKind.STAKEHOLDER_GROUPS
                    ? Sql.update(c, "UPDATE stakeholder_group SET name = ? WHERE id = ?", n, id)
                    : Sql.update(
                            c,
                            "UPDATE tag SET name = ?, code = ? WHERE id = ? AND kind = ?",
                            n,
                            code == null ? "" : code.strip(),
                            id,
                            list.tagKind());
            if (changed != 1) {
                throw new StoreException(db.file() + ": the list of "
                        + list.displayName().toLowerCase(Locale.ROOT) + " has no entry " + id);
            }
        });
    }

    /**
     * Removes an entry. A tag is taken off the inputs that carry it (they are given back by
     * {@link #restore}); a group that stakeholders belong to is not removed.
     */
    public Removed remove(ListKind list, long id) {
        return db.write(ListsChanged.of(list), c -> {
            ListEntry entry = entries(list).stream()
                    .filter(e -> e.id() == id)
                    .findFirst()
                    .orElseThrow(() -> new StoreException(db.file() + ": the list of "
                            + list.displayName().toLowerCase(Locale.ROOT) + " has no entry " + id));
            int position = (int) Sql.count(c, "SELECT position FROM " + table(list) + " WHERE id = ?", id);
            if (list == ListKind.STAKEHOLDER_GROUPS) {
                if (entry.uses() > 0) {
                    throw new StoreException("The group \"" + entry.name() + "\" has " + entry.uses()
                            + (entry.uses() == 1 ? " stakeholder" : " stakeholders")
                            + "; move them to another group first.");
                }
                RemovedRecords.remember(c, RemovedRecords.Kind.STAKEHOLDER_GROUP, id, entry.name());
                Sql.update(c, "DELETE FROM stakeholder_group WHERE id = ?", id);
                return new Removed(list, entry, position, List.of());
            }
            List<Long> inputs = Sql.list(c, "SELECT input_id FROM input_tag WHERE tag_id = ?", rs -> rs.getLong(1), id);
            RemovedRecords.remember(c, RemovedRecords.Kind.TAG, id, entry.name());
            if (!inputs.isEmpty()) {
                db.changed(new InputsChanged(java.util.Set.copyOf(inputs)));
            }
            Sql.update(c, "DELETE FROM tag WHERE id = ?", id);
            return new Removed(list, entry, position, inputs);
        });
    }

    /** Puts a removed entry back, with its id and place, on the inputs it was on. */
    public void restore(Removed r) {
        db.run(ListsChanged.of(r.list()), c -> {
            if (!r.inputs().isEmpty()) {
                db.changed(new InputsChanged(java.util.Set.copyOf(r.inputs())));
            }
            if (r.list() == ListKind.STAKEHOLDER_GROUPS) {
                Sql.update(
                        c,
                        "INSERT INTO stakeholder_group(id, name, position, uid) VALUES (?, ?, ?, ?)",
                        r.entry().id(),
                        r.entry().name(),
                        r.position(),
                        RemovedRecords.takeBack(
                                c,
                                RemovedRecords.Kind.STAKEHOLDER_GROUP,
                                r.entry().id(),
                                r.entry().name()));
            } else {
                Sql.update(
                        c,
                        "INSERT INTO tag(id, kind, code, name, position, uid) VALUES (?, ?, ?, ?, ?, ?)",
                        r.entry().id(),
                        r.list().tagKind(),
                        r.entry().code(),
                        r.entry().name(),
                        r.position(),
                        RemovedRecords.takeBack(
                                c,
                                RemovedRecords.Kind.TAG,
                                r.entry().id(),
                                r.entry().name()));
                for (long input : r.inputs()) {
                    Sql.update(
                            c,
                            "INSERT OR IGNORE INTO input_tag(input_id, tag_id) SELECT ?, ? WHERE EXISTS "
                                    + "(SELECT 1 FROM input WHERE id = ?)",
                            input,
                            r.entry().id(),
                            input);
                }
            }
        });
    }

    /** Moves an entry one place up ({@code -1}) or down ({@code +1}) in its list. */
    public void move(ListKind list, long id, int direction) {
        db.run(ListsChanged.of(list), c -> {
            List<ListEntry> all = entries(list);
            int i = indexOf(all, id);
            int j = i + Integer.signum(direction);
            if (i < 0 || j < 0 || j >= all.size()) {
                return;
            }
            // number the list afresh, with the two entries swapped
            for (int k = 0; k < all.size(); k++) {
                int from = k == i ? j : k == j ? i : k;
                Sql.update(
                        c,
                        "UPDATE " + table(list) + " SET position = ? WHERE id = ?",
                        from + 1,
                        all.get(k).id());
            }
        });
    }

    private static int indexOf(List<ListEntry> all, long id) {
        for (int k = 0; k < all.size(); k++) {
            if (all.get(k).id() == id) {
                return k;
            }
        }
        return -1;
    }

    private void refuseTaken(ListKind list, String name, long except) {
        Optional<ListEntry> same = entries(list).stream()
                .filter(e -> e.id() != except && e.name().equalsIgnoreCase(name))
                .findFirst();
        if (same.isPresent()) {
            throw new StoreException("The list of " + list.displayName().toLowerCase(Locale.ROOT) + " has \""
                    + same.get().name() + "\" already.");
        }
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new StoreException("An entry of a list needs a name.");
        }
        return name.strip();
    }

    private static String table(ListKind list) {
        return list == ListKind.STAKEHOLDER_GROUPS ? "stakeholder_group" : "tag";
    }

    /** What {@link #remove} took away, enough to put it back. */
    public record Removed(ListKind list, ListEntry entry, int position, List<Long> inputs) {}
}
