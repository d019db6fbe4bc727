package org.penholder.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.penholder.text.Phrase;

/**
 * Compares the schema a project file carries (every table, index, trigger, view and virtual table
 * in {@code sqlite_schema}, with its SQL) with what this Penholder makes for the file's format
 * version. A project file is untrusted input: a trigger or view planted by another program runs
 * with Penholder's own statements, so anything extra or altered refuses the file
 * (docs/adr/0120). The expected schema is made by running the migrations into a database in
 * memory, so it follows every step added to them.
 *
 * <p>Use {@link #verify} on any connection to a file before trusting it, read-only or not.
 */
public final class SchemaCheck {

    private SchemaCheck() {}

    /** One object of a schema: its type ("table", "index", "trigger", "view"), name, table and SQL. */
    public record SchemaObject(String type, String name, String table, String sql) {

        /** The kind a person names: "table", "virtualTable", "index", "trigger", "view" (or SQLite's word). */
        public String kind() {
            return sql != null && sql.regionMatches(true, 0, "CREATE VIRTUAL TABLE", 0, 20) ? "virtualTable" : type;
        }
    }

    /**
     * One way a file's schema differs from this Penholder's: an object {@code extra}, {@code missing}
     * or {@code altered} (found, when altered into another kind, as {@code foundAs}; else null).
     */
    public record Difference(String how, SchemaObject object, SchemaObject foundAs) {

        /** In a few words, in English (the command line): {@code an extra trigger "wipe" on amendment}. */
        public String english() {
            return said().english();
        }

        /**
         * The same words for the reader's language: {@code schemaCheck.extra}, {@code .missing} or
         * {@code .altered}, a {@code select} on the object's kind (so that each language agrees its
         * words with the noun) given its name and table; {@code .alteredAs} adds what it was found as.
         */
        public Phrase said() {
            Phrase said = Phrase.of("schemaCheck." + how, object.kind(), object.name(), object.table());
            return foundAs == null
                    ? said
                    : Phrase.of(
                            "schemaCheck.alteredAs",
                            said,
                            Phrase.of("schemaCheck.foundAs", foundAs.kind(), foundAs.name(), foundAs.table()));
        }

        @Override
        public String toString() {
            return english();
        }
    }

    /** Differences listed for a person, the first {@code shown} of them ("A; B; and 3 more"). */
    public static Phrase list(List<Difference> differences, int shown) {
        Phrase list = null;
        int n = Math.min(shown, differences.size());
        for (Difference d : differences.subList(0, n)) {
            list = list == null ? d.said() : Phrase.of("schemaCheck.next", list, d.said());
        }
        if (list == null) {
            return Phrase.verbatim("");
        }
        return differences.size() > n ? Phrase.of("schemaCheck.more", list, differences.size() - n) : list;
    }

    /**
     * What differs between the schema on {@code c} and the one this Penholder makes for format
     * {@code version}: objects extra, missing or altered, each said in a few words. Empty when they match.
     */
    static List<Difference> differences(Connection c, int version, Migrations migrations) throws SQLException {
        Map<String, SchemaObject> expected = migrations.expectedSchema(version);
        Map<String, SchemaObject> found = read(c);
        List<Difference> out = new ArrayList<>();
        for (SchemaObject f : found.values()) {
            SchemaObject e = expected.get(key(f.name()));
            if (e == null) {
                out.add(new Difference("extra", f, null));
            } else if (!e.type().equals(f.type())
                    || !e.table().equalsIgnoreCase(f.table())
                    || !Objects.equals(normalise(e.sql()), normalise(f.sql()))) {
                out.add(new Difference("altered", e, e.type().equals(f.type()) ? null : f));
            }
        }
        for (SchemaObject e : expected.values()) {
            if (!found.containsKey(key(e.name()))) {
                out.add(new Difference("missing", e, null));
            }
        }
        return out;
    }

    /**
     * Refuses the file on {@code c} unless its schema is exactly what this Penholder makes for
     * {@code version}: throws {@link UntrustedProjectException} naming what was found. A schema
     * SQLite cannot read refuses the file as damaged.
     */
    static void verify(Path file, Connection c, int version, Migrations migrations) {
        List<Difference> differences;
        try {
            differences = differences(c, version, migrations);
        } catch (SQLException e) {
            throw new ProjectFileException(
                    file,
                    "is damaged (" + Database.reason(e) + ")",
                    ProjectFileException.said("projectFile.damaged", file, Database.reason(e)),
                    e);
        }
        if (!differences.isEmpty()) {
            throw new UntrustedProjectException(file, differences);
        }
    }

    /** Verifies a file with this Penholder's schema history, at the version the file says it has. */
    static void verify(Path file, Connection c) {
        int version;
        try {
            version = (int) Sql.count(c, "PRAGMA user_version");
        } catch (SQLException e) {
            throw new ProjectFileException(
                    file,
                    "is damaged (" + Database.reason(e) + ")",
                    ProjectFileException.said("projectFile.damaged", file, Database.reason(e)),
                    e);
        }
        verify(file, c, version, Migrations.STANDARD);
    }

    /** Verifies an open project, at the version it says it has (a copy to merge, before it is read). */
    public static void verify(Database db) {
        db.read(c -> {
            verify(db.file(), c);
            return null;
        });
    }

    /** The schema on a connection, by lower-case name, in the order SQLite keeps it. */
    static Map<String, SchemaObject> read(Connection c) throws SQLException {
        Map<String, SchemaObject> out = new LinkedHashMap<>();
        for (SchemaObject o : Sql.list(
                c,
                "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY rowid",
                rs -> new SchemaObject(
                        rs.getString(1), rs.getString(2), Objects.toString(rs.getString(3), ""), rs.getString(4)))) {
            out.put(key(o.name()), o);
        }
        return out;
    }

    /** The schema that running steps 1 to {@code version} makes, read from a database in memory. */
    static Map<String, SchemaObject> make(Migrations migrations, int version) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            c.setAutoCommit(false);
            migrations.run(c, 0, version);
            c.commit();
            return read(c);
        } catch (SQLException e) {
            throw new IllegalStateException("the schema of format " + version + " cannot be made", e);
        }
    }

    private static String key(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT);
    }

    /**
     * SQL text in a form where layout does not count: comments dropped, runs of white space made
     * one space and dropped beside punctuation, words outside quotes in lower case (SQL keywords and
     * plain names are case-blind); string literals and quoted names are kept exactly. Null stays null
     * (SQLite's own indexes have no SQL).
     */
    static String normalise(String sql) {
        if (sql == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(sql.length());
        boolean space = false;
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char ch = sql.charAt(i);
            if (ch == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                while (i < n && sql.charAt(i) != '\n') {
                    i++;
                }
                space = true;
                continue;
            }
            if (ch == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                space = true;
                continue;
            }
            if (Character.isWhitespace(ch)) {
                space = true;
                i++;
                continue;
            }
            if (space && !out.isEmpty() && isWordChar(out.charAt(out.length() - 1)) && isWordStart(ch)) {
                out.append(' ');
            }
            space = false;
            char close = switch (ch) {
                case '\'' -> '\'';
                case '"' -> '"';
                case '`' -> '`';
                case '[' -> ']';
                default -> 0;
            };
            if (close != 0) {
                int j = i + 1;
                while (j < n) {
                    if (sql.charAt(j) == close) {
                        if (close != ']' && j + 1 < n && sql.charAt(j + 1) == close) {
                            j += 2; // a doubled quote stands for itself
                            continue;
                        }
                        break;
                    }
                    j++;
                }
                int end = Math.min(n, j + 1);
                out.append(sql, i, end);
                i = end;
                continue;
            }
            out.append(Character.toLowerCase(ch));
            i++;
        }
        return out.toString();
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '\'' || c == '"' || c == '`' || c == ']';
    }

    private static boolean isWordStart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '\'' || c == '"' || c == '`' || c == '[';
    }
}
