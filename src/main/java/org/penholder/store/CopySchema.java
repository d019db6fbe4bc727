package org.penholder.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Whether a project file holds exactly the tables, columns, indexes and triggers this Penholder
 * writes: a file changed with another tool (a table added, a trigger dropped, a column renamed) is
 * told apart from one Penholder wrote, before anything is read from it.
 */
public final class CopySchema {

    private static volatile Map<String, String> expected;

    private CopySchema() {}

    /** What differs from the schema this Penholder writes; empty when nothing does. */
    public static List<String> differences(Database db) {
        Map<String, String> want = expected();
        Map<String, String> have = db.read(CopySchema::describe);
        List<String> out = new ArrayList<>();
        Set<String> names = new TreeSet<>(want.keySet());
        names.addAll(have.keySet());
        for (String name : names) {
            String w = want.get(name);
            String h = have.get(name);
            if (h == null) {
                out.add("it lacks the " + name);
            } else if (w == null) {
                out.add("it holds a " + name + " Penholder does not make");
            } else if (!w.equals(h)) {
                out.add("its " + name + " is not as Penholder makes it");
            }
        }
        return out;
    }

    private static Map<String, String> expected() {
        Map<String, String> e = expected;
        if (e == null) {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
                Migrations.STANDARD.migrate(c, 0);
                e = describe(c);
            } catch (SQLException ex) {
                throw new IllegalStateException("the schema of this Penholder cannot be built", ex);
            }
            expected = e;
        }
        return e;
    }

    /** "table amendment" -> its columns; "trigger x" -> its statement, white space made single. */
    private static Map<String, String> describe(Connection c) throws SQLException {
        Map<String, String> out = new TreeMap<>();
        record Entry(String type, String name, String sql) {}
        for (Entry e : Sql.list(
                c,
                "SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'",
                rs -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3)))) {
            String key = e.type() + " " + e.name();
            if (e.type().equals("table")) {
                out.put(
                        key,
                        String.join(
                                ";",
                                Sql.list(
                                        c,
                                        "SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_xinfo(?)",
                                        rs -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getInt(3) + " "
                                                + rs.getString(4) + " " + rs.getInt(5),
                                        e.name())));
            } else {
                out.put(
                        key,
                        e.sql() == null ? "" : e.sql().replaceAll("\\s+", " ").strip());
            }
        }
        return out;
    }
}
