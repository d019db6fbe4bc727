package org.penholder.store;

import java.sql.Statement;

/**
 * Raw SQL for tests outside the store that must do what no store does (a trigger that refuses a
 * row, a row deleted behind the stores' backs): the connection itself stays in this package.
 */
public final class TestSql {

    private TestSql() {}

    /** Runs one statement in a transaction of its own. */
    public static void execute(Database db, String sql) {
        db.run(c -> {
            try (Statement st = c.createStatement()) {
                st.execute(sql);
            }
        });
    }

    /** The first column of every row a query answers, as text. */
    public static java.util.List<String> strings(Database db, String sql) {
        return db.read(c -> Sql.list(c, sql, rs -> rs.getString(1)));
    }

    /** The number a counting query answers. */
    public static long count(Database db, String sql) {
        return db.read(c -> Sql.count(c, sql));
    }
}
