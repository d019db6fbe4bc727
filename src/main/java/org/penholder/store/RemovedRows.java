package org.penholder.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows taken out of the project exactly as they were, every column, so that an undo can put them
 * back as they were: with their ids, and with columns a later schema adds. Tables are kept in the
 * order they are put back (a row before the rows that point at it).
 */
public final class RemovedRows {

    private final List<Table> tables = new ArrayList<>();

    RemovedRows() {}

    /** The rows of one table. */
    record Table(String name, List<String> columns, List<Object[]> rows) {}

    /** Keeps the rows of {@code table} that {@code where} selects (to be put back after those kept before). */
    RemovedRows keep(Connection c, String table, String where, Object... params) throws SQLException {
        try (PreparedStatement ps = Sql.prepare(c, "SELECT * FROM " + table + " WHERE " + where, params);
                ResultSet rs = ps.executeQuery()) {
            ResultSetMetaData md = rs.getMetaData();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                columns.add(md.getColumnName(i));
            }
            List<Object[]> rows = new ArrayList<>();
            while (rs.next()) {
                Object[] row = new Object[columns.size()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = rs.getObject(i + 1);
                }
                rows.add(row);
            }
            tables.add(new Table(table, List.copyOf(columns), rows));
        }
        return this;
    }

    /** Puts every row back, table by table, in the order they were kept. */
    void putBack(Connection c) throws SQLException {
        for (Table t : tables) {
            if (t.rows().isEmpty()) {
                continue;
            }
            String sql = "INSERT INTO " + t.name() + "(" + String.join(", ", t.columns()) + ") VALUES ("
                    + String.join(", ", t.columns().stream().map(x -> "?").toList()) + ")";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (Object[] row : t.rows()) {
                    for (int i = 0; i < row.length; i++) {
                        ps.setObject(i + 1, row[i]);
                    }
                    ps.executeUpdate();
                }
            }
        }
    }

    /** How many rows of a table were kept. */
    public int count(String table) {
        return tables.stream()
                .filter(t -> t.name().equals(table))
                .mapToInt(t -> t.rows().size())
                .sum();
    }
}
