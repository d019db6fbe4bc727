package org.penholder.store;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.penholder.text.Phrase;

/**
 * Reads the data of a project file that was refused for its schema ({@link SchemaCheck}) into a
 * new file with the schema this Penholder makes: the rows of every table Penholder knows, column by
 * column, and nothing else. No trigger, view or generated column of the original runs; the search
 * indexes are rebuilt by the new file's own triggers as the inputs go in. The original is opened
 * read-only and never changes; the new file appears under its name only once complete.
 */
public final class CleanedCopy {

    /** What the copy holds and what it left behind. */
    public record Report(
            Path file,
            List<SchemaCheck.Difference> differences,
            long rows,
            List<RowsLeftOut> rowsNotCopied,
            long danglingReferences) {
        public Report {
            differences = List.copyOf(differences);
            rowsNotCopied = List.copyOf(rowsNotCopied);
        }

        /** What of the original's schema was left out, in English ("an extra view \"everything\""). */
        public List<String> leftOut() {
            return differences.stream().map(SchemaCheck.Difference::english).toList();
        }

        /** The rows of a table the new file refused, in English ("3 of amendment (CHECK constraint failed)"). */
        public List<String> rowsLeftOut() {
            return rowsNotCopied.stream().map(r -> r.said().english()).toList();
        }

        /** One line for a person, in English (the command line). */
        public String summary() {
            return said().english();
        }

        /**
         * The same line, to be said in the reader's language; the names of tables and triggers, and
         * SQLite's reason for a row refused, are given as they are.
         */
        public Phrase said() {
            Phrase b = Phrase.of("cleanCopy.summary", rows, String.valueOf(file.getFileName()));
            if (!differences.isEmpty()) {
                b = Phrase.of("cleanCopy.leftOut", b, SchemaCheck.list(differences, differences.size()));
            }
            if (!rowsNotCopied.isEmpty()) {
                Phrase rowsList = null;
                for (RowsLeftOut r : rowsNotCopied) {
                    rowsList = rowsList == null ? r.said() : Phrase.of("schemaCheck.next", rowsList, r.said());
                }
                b = Phrase.of("cleanCopy.rowsLeftOut", b, rowsList);
            }
            if (danglingReferences != 0) {
                b = Phrase.of("cleanCopy.dangling", b, danglingReferences);
            }
            return b;
        }
    }

    /** Rows of {@code table} the new file refused, and SQLite's reason for the first. */
    public record RowsLeftOut(long count, String table, String reason) {

        /** "3 of amendment (CHECK constraint failed)", in the reader's language. */
        public Phrase said() {
            return Phrase.of("cleanCopy.rowsOf", count, table, reason);
        }
    }

    private CleanedCopy() {}

    /** Writes the cleaned copy of {@code original} to {@code target}, which must not exist. */
    public static Report write(Path original, Path target) {
        return write(original, target, Migrations.STANDARD);
    }

    static Report write(Path original, Path target, Migrations migrations) {
        ProjectFiles.checkIsProject(original, migrations);
        if (Files.exists(target)) {
            throw ProjectFileException.exists(target);
        }
        Path dir = target.toAbsolutePath().getParent();
        Path temp;
        try {
            temp = Files.createTempFile(dir, "." + target.getFileName(), ".cleaning");
        } catch (IOException e) {
            throw new ProjectFileException(
                    target,
                    "cannot be created (" + e.getMessage() + ")",
                    ProjectFileException.said("projectFile.cannotCreate", target, String.valueOf(e.getMessage())),
                    e);
        }
        try (Connection src = ProjectFiles.connect(original, true, false)) {
            int version = (int) Sql.count(src, "PRAGMA user_version");
            if (version > migrations.latest()) {
                throw new ProjectFileException(
                        original,
                        "was made by a newer Penholder",
                        ProjectFileException.said("projectFile.newer", original));
            }
            List<SchemaCheck.Difference> leftOut = SchemaCheck.differences(src, version, migrations);
            Report report;
            try (Connection dst = ProjectFiles.connect(temp, false, true)) {
                report = copy(src, dst, version, migrations, target, leftOut);
                try (Statement st = dst.createStatement()) {
                    st.execute("PRAGMA journal_mode = DELETE");
                }
            }
            move(temp, target);
            return report;
        } catch (SQLException e) {
            deleteQuietly(temp);
            throw WriteFailedException.of(target, e)
                    .map(StoreException.class::cast)
                    .orElseGet(() -> new ProjectFileException(
                            original, "could not be read into a cleaned copy (" + Database.reason(e) + ")", e));
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new ProjectFileException(
                    target,
                    "could not be written (" + e.getMessage() + ")",
                    ProjectFileException.said("projectFile.cannotWrite", target, String.valueOf(e.getMessage())),
                    e);
        } catch (RuntimeException e) {
            deleteQuietly(temp);
            throw e;
        }
    }

    private static Report copy(
            Connection src,
            Connection dst,
            int version,
            Migrations migrations,
            Path target,
            List<SchemaCheck.Difference> leftOut)
            throws SQLException {
        try (Statement st = dst.createStatement()) {
            st.execute("PRAGMA foreign_keys = OFF"); // rows go in table by table; references are checked after
        }
        dst.setAutoCommit(false);
        migrations.run(dst, 0, version);
        Map<String, String> kinds = new HashMap<>();
        for (String[] t :
                Sql.list(dst, "PRAGMA table_list", rs -> new String[] {rs.getString("name"), rs.getString("type")})) {
            kinds.put(t[0].toLowerCase(Locale.ROOT), t[1]);
        }
        Map<String, SchemaCheck.SchemaObject> found = SchemaCheck.read(src);
        long rows = 0;
        List<RowsLeftOut> rowsLeftOut = new ArrayList<>();
        for (SchemaCheck.SchemaObject table : SchemaCheck.read(dst).values()) {
            String key = table.name().toLowerCase(Locale.ROOT);
            if (!table.type().equals("table")
                    || !"table".equals(kinds.get(key))
                    || (key.startsWith("sqlite_") && !key.equals("sqlite_sequence"))) {
                continue; // virtual tables and their shadow tables are filled by the new file's triggers
            }
            SchemaCheck.SchemaObject there = found.get(key);
            if (there == null
                    || !there.type().equals("table")
                    || there.sql() == null
                    || there.sql().regionMatches(true, 0, "CREATE VIRTUAL", 0, 14)) {
                continue;
            }
            List<String> columns = plainColumns(dst, table.name());
            columns.retainAll(plainColumns(src, table.name()));
            if (columns.isEmpty()) {
                continue;
            }
            long[] outcome = copyRows(src, dst, target, table.name(), columns, rowsLeftOut);
            rows += outcome[0];
        }
        long dangling = Sql.list(dst, "PRAGMA foreign_key_check", rs -> 1).size();
        dst.commit();
        dst.setAutoCommit(true);
        return new Report(target, leftOut, rows, rowsLeftOut, dangling);
    }

    /** Copies the rows one by one: a row the fresh schema refuses is left out and counted. */
    private static long[] copyRows(
            Connection src,
            Connection dst,
            Path target,
            String table,
            List<String> columns,
            List<RowsLeftOut> rowsLeftOut)
            throws SQLException {
        String names = columns.stream().map(CleanedCopy::quote).collect(Collectors.joining(", "));
        String marks = String.join(", ", Collections.nCopies(columns.size(), "?"));
        long copied = 0;
        long refused = 0;
        String firstReason = null;
        try (Statement read = src.createStatement();
                ResultSet rs = read.executeQuery("SELECT " + names + " FROM " + quote(table));
                PreparedStatement insert = dst.prepareStatement(
                        "INSERT INTO " + quote(table) + " (" + names + ") VALUES (" + marks + ")")) {
            while (rs.next()) {
                for (int i = 1; i <= columns.size(); i++) {
                    insert.setObject(i, rs.getObject(i));
                }
                try {
                    insert.executeUpdate();
                    copied++;
                } catch (SQLException e) {
                    if (WriteFailedException.of(target, e).isPresent()) {
                        throw e; // a full disk ends the copy; only a row the schema refuses is left out
                    }
                    refused++;
                    if (firstReason == null) {
                        firstReason = Database.reason(e);
                    }
                }
            }
        }
        if (refused > 0) {
            rowsLeftOut.add(new RowsLeftOut(refused, table, firstReason));
        }
        return new long[] {copied, refused};
    }

    /** The table's stored columns (not generated ones, whose expressions the original file would supply). */
    private static List<String> plainColumns(Connection c, String table) throws SQLException {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String[] col : Sql.list(
                c,
                "SELECT name, hidden FROM pragma_table_xinfo(?)",
                rs -> new String[] {rs.getString(1), rs.getString(2)},
                table)) {
            if ("0".equals(col[1])) {
                byKey.put(col[0].toLowerCase(Locale.ROOT), col[0]);
            }
        }
        return new KeyedList(byKey);
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
            Files.deleteIfExists(ProjectFiles.journalOf(p));
        } catch (IOException ignored) {
            // a stray temporary file is harmless
        }
    }

    /** Column names compared without regard to case, as SQLite compares them. */
    private static final class KeyedList extends ArrayList<String> {
        private final Set<String> keys;

        KeyedList(Map<String, String> byKey) {
            super(byKey.values());
            this.keys = byKey.keySet();
        }

        @Override
        public boolean contains(Object o) {
            return o instanceof String s && keys.contains(s.toLowerCase(Locale.ROOT));
        }
    }
}
