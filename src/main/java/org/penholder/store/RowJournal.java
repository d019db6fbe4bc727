package org.penholder.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a merge wrote, row by row, so that an undo can take it back: rows inserted are removed, rows
 * changed get their old values, rows removed come back. A row that something written since points
 * at (an amendment on a paragraph the merge brought) is not removed but set aside: a paragraph is
 * marked deleted, a proposal withdrawn.
 */
public final class RowJournal {

    private sealed interface Entry permits Inserted, Updated, Deleted {}

    private record Inserted(String table, Map<String, Object> key) implements Entry {}

    private record Updated(String table, Map<String, Object> key, Map<String, Object> before) implements Entry {}

    private record Deleted(String table, Map<String, Object> row) implements Entry {}

    private final List<Entry> entries = new ArrayList<>();

    /** Number of rows written. */
    public int size() {
        return entries.size();
    }

    /**
     * Inserts a row and remembers it by its key columns ({@code id} when the row gets its id from
     * SQLite); returns its rowid.
     */
    long insert(Connection c, String table, Map<String, Object> values, String... keyColumns) throws SQLException {
        String columns = String.join(", ", values.keySet());
        long rowid = Sql.insert(
                c,
                "INSERT INTO " + table + "(" + columns + ") VALUES (" + CopyReader.marks(values.size()) + ")",
                values.values().toArray());
        Map<String, Object> key = new LinkedHashMap<>();
        for (String k : keyColumns) {
            key.put(k, values.containsKey(k) ? values.get(k) : (Object) rowid);
        }
        entries.add(new Inserted(table, key));
        return rowid;
    }

    /** Sets columns of one row, remembering what they held. */
    void update(Connection c, String table, String keyColumn, Object key, Map<String, Object> values)
            throws SQLException {
        Map<String, Object> where = Map.of(keyColumn, key);
        Map<String, Object> before = select(c, table, String.join(", ", values.keySet()), where);
        if (before == null) {
            throw new SQLException(table + " has no row " + key);
        }
        if (before.equals(normalise(values))) {
            return;
        }
        set(c, table, where, values);
        entries.add(new Updated(table, where, before));
    }

    /** Removes one row, remembering it whole. */
    void delete(Connection c, String table, String keyColumn, Object key) throws SQLException {
        delete(c, table, Map.of(keyColumn, key));
    }

    /** Removes the row with these key values, remembering it whole. */
    void delete(Connection c, String table, Map<String, Object> where) throws SQLException {
        Map<String, Object> row = select(c, table, "*", where);
        if (row == null) {
            return;
        }
        Sql.update(
                c,
                "DELETE FROM " + table + " WHERE " + condition(where),
                where.values().toArray());
        entries.add(new Deleted(table, row));
    }

    /** Takes back everything written, newest first, in one transaction of {@code db}. */
    public void undo(Database db) {
        db.run(this::undo);
    }

    private void undo(Connection c) throws SQLException {
        List<Entry> reversed = new ArrayList<>(entries);
        Collections.reverse(reversed);
        for (Entry e : reversed) {
            switch (e) {
                case Inserted i -> remove(c, i);
                case Updated u -> set(c, u.table(), u.key(), u.before());
                case Deleted d ->
                    Sql.update(
                            c,
                            "INSERT OR IGNORE INTO " + d.table() + "("
                                    + String.join(", ", d.row().keySet()) + ") VALUES ("
                                    + CopyReader.marks(d.row().size()) + ")",
                            d.row().values().toArray());
            }
        }
        entries.clear();
    }

    private static void remove(Connection c, Inserted i) throws SQLException {
        try {
            Sql.update(
                    c,
                    "DELETE FROM " + i.table() + " WHERE " + condition(i.key()),
                    i.key().values().toArray());
        } catch (SQLException referenced) {
            Object id = i.key().values().iterator().next();
            // written on since (an amendment on a paragraph the merge brought, a decision on its
            // proposal): the row stays, out of the way
            switch (i.table()) {
                case "paragraph", "section" ->
                    Sql.update(c, "UPDATE " + i.table() + " SET deleted = 1 WHERE id = ?", id);
                case "amendment" ->
                    Sql.update(c, "UPDATE amendment SET status = 'WITHDRAWN' WHERE id = ? AND status = 'PROPOSED'", id);
                default -> {
                    // inputs, stakeholders, list entries and revisions others point at stay as they are
                }
            }
        }
    }

    private static void set(Connection c, String table, Map<String, Object> where, Map<String, Object> values)
            throws SQLException {
        List<String> sets = new ArrayList<>();
        values.keySet().forEach(k -> sets.add(k + " = ?"));
        List<Object> params = new ArrayList<>(values.values());
        params.addAll(where.values());
        Sql.update(
                c,
                "UPDATE " + table + " SET " + String.join(", ", sets) + " WHERE " + condition(where),
                params.toArray());
    }

    private static String condition(Map<String, Object> where) {
        List<String> parts = new ArrayList<>();
        where.keySet().forEach(k -> parts.add(k + " = ?"));
        return String.join(" AND ", parts);
    }

    private static Map<String, Object> select(Connection c, String table, String columns, Map<String, Object> where)
            throws SQLException {
        try (var ps = Sql.prepare(
                        c,
                        "SELECT " + columns + " FROM " + table + " WHERE " + condition(where),
                        where.values().toArray());
                ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return null;
            }
            ResultSetMetaData md = rs.getMetaData();
            Map<String, Object> out = new LinkedHashMap<>();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                out.put(md.getColumnName(i), rs.getObject(i));
            }
            return out;
        }
    }

    /** Values as SQLite gives them back (integers as Integer or Long, booleans as 0 and 1), to compare. */
    private static Map<String, Object> normalise(Map<String, Object> values) {
        Map<String, Object> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(
                k,
                switch (v) {
                    case null -> null;
                    case Boolean b -> b ? 1 : 0;
                    case Long n when n >= Integer.MIN_VALUE && n <= Integer.MAX_VALUE -> n.intValue();
                    case Enum<?> en -> en.name();
                    case java.time.Instant t -> t.toString();
                    default -> v;
                }));
        return out;
    }
}
