package org.penholder.store;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Checks a project file from its pages up to its references and search index. */
public final class IntegrityCheck {

    private IntegrityCheck() {}

    /** The problems found; empty when the file is sound. */
    public static List<String> run(Database db) {
        return db.read(c -> {
            List<String> problems = new ArrayList<>();
            for (String line : Sql.list(c, "PRAGMA integrity_check", rs -> rs.getString(1))) {
                if (!"ok".equalsIgnoreCase(line)) {
                    problems.add("database: " + line);
                }
            }
            for (String fk : Sql.list(
                    c,
                    "PRAGMA foreign_key_check",
                    rs -> rs.getString("table") + " row " + rs.getLong("rowid") + " points at a missing "
                            + rs.getString("parent"))) {
                problems.add("reference: " + fk);
            }
            long appId = Sql.count(c, "PRAGMA application_id");
            if (appId != ProjectFormat.APPLICATION_ID) {
                problems.add("format: the file is not marked as a Penholder project");
            }
            long version = Sql.count(c, "PRAGMA user_version");
            if (version != ProjectFormat.SCHEMA_VERSION) {
                problems.add("format: project format " + version + ", expected " + ProjectFormat.SCHEMA_VERSION);
            }
            if (!db.isReadOnly()) {
                for (String index : List.of("input_fts", "input_trigram")) {
                    try (Statement st = c.createStatement()) {
                        st.execute("INSERT INTO " + index + "(" + index + ") VALUES ('integrity-check')");
                    } catch (SQLException e) {
                        problems.add("search index " + index + ": " + Database.reason(e));
                    }
                }
            }
            return problems;
        });
    }
}
