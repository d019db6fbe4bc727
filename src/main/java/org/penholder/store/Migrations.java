package org.penholder.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The schema's history: step N turns a version N-1 file into a version N file. Opening an older
 * file runs the missing steps forward, all in one transaction, so a file is either fully migrated
 * or untouched.
 */
public final class Migrations {

    /** The steps of this Penholder, from an empty file to {@link ProjectFormat#SCHEMA_VERSION}. */
    public static final Migrations STANDARD = new Migrations(List.of(
            new Step(1, "create the version 1 schema", sqlResource("schema-v1.sql")),
            new Step(2, "add footnotes", sqlResource("schema-footnotes.sql")),
            new Step(3, "add the library of adopted texts (agreed language)", sqlResource("schema-agreed.sql")),
            new Step(4, "give records ids unique across copies", sqlResource("schema-identity.sql"))));

    private final List<Step> steps;
    private final Map<Integer, Map<String, SchemaCheck.SchemaObject>> expected = new ConcurrentHashMap<>();

    public Migrations(List<Step> steps) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).version() != i + 1) {
                throw new IllegalArgumentException("migration steps must be numbered 1, 2, 3 ...");
            }
        }
        this.steps = List.copyOf(steps);
    }

    /** The steps, oldest first. */
    public List<Step> steps() {
        return steps;
    }

    /** The version a file has once every step has run. */
    public int latest() {
        return steps.size();
    }

    /** Runs the steps after {@code from}, and sets the file's version, in the current transaction. */
    void migrate(Connection c, int from) throws SQLException {
        run(c, from, latest());
    }

    /** Runs the steps after {@code from} up to {@code to}, and marks the file as of version {@code to}. */
    void run(Connection c, int from, int to) throws SQLException {
        for (Step step : steps.subList(from, to)) {
            try (Statement st = c.createStatement()) {
                for (String sql : step.statements()) {
                    st.execute(sql);
                }
            } catch (SQLException e) {
                throw new SQLException(
                        "migration to version " + step.version() + " (" + step.description() + ") failed: "
                                + Database.reason(e),
                        e);
            }
        }
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA application_id = " + ProjectFormat.APPLICATION_ID);
            st.execute("PRAGMA user_version = " + to);
        }
    }

    /** The schema these steps make up to {@code version}, made once in memory and kept (see {@link SchemaCheck}). */
    Map<String, SchemaCheck.SchemaObject> expectedSchema(int version) {
        if (version < 0 || version > latest()) {
            throw new IllegalArgumentException("no format " + version);
        }
        return expected.computeIfAbsent(version, v -> SchemaCheck.make(this, v));
    }

    /** One step of the schema's history. */
    public record Step(int version, String description, List<String> statements) {
        public Step {
            Objects.requireNonNull(description);
            statements = List.copyOf(statements);
        }
    }

    /** Splits a schema script into statements (triggers keep their inner semicolons). */
    static List<String> sqlResource(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing schema resource " + name);
            }
            return splitStatements(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> splitStatements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inTrigger = false;
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.toUpperCase(Locale.ROOT).startsWith("CREATE TRIGGER")) {
                inTrigger = true;
            }
            boolean ends = inTrigger ? trimmed.equalsIgnoreCase("END;") : trimmed.endsWith(";");
            if (ends) {
                out.add(current.toString().strip());
                current.setLength(0);
                inTrigger = false;
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }
}
