package org.penholder.store;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.penholder.model.Ids;
import org.penholder.text.Phrase;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * Opens and creates project files. A file is looked at byte by byte before SQLite sees it: a file
 * that is not a Penholder project, or comes from a newer Penholder, is refused with a message that
 * names it and says why, and not one of its bytes changes.
 */
public final class ProjectFiles {

    private ProjectFiles() {}

    /** Opens a project with this Penholder's schema history. */
    public static Database open(Path file, boolean readOnly) {
        return open(file, readOnly, Migrations.STANDARD);
    }

    /**
     * Opens an existing project file, migrating it forward when it is older than {@code migrations}
     * (never when opened read-only).
     */
    public static Database open(Path file, boolean readOnly, Migrations migrations) {
        checkIsProject(file, migrations);
        boolean ro = readOnly || !Files.isWritable(file);
        Connection c = connect(file, ro, false);
        try {
            int appId = pragmaInt(c, "application_id");
            int version = pragmaInt(c, "user_version");
            if (appId != ProjectFormat.APPLICATION_ID) {
                throw ProjectFileException.notAProject(file, null);
            }
            refuseNewer(file, version, migrations);
            // before any statement of ours can fire what the file holds
            SchemaCheck.verify(file, c, version, migrations);
            if (version < migrations.latest()) {
                if (ro) {
                    return migratedCopy(file, c, migrations);
                }
                migrate(c, version, migrations);
            }
            return new Database(file, c, ro);
        } catch (SQLException e) {
            closeQuietly(c);
            throw new ProjectFileException(
                    file,
                    "could not be opened (" + Database.reason(e) + ")",
                    ProjectFileException.said("projectFile.cannotOpen", file, Database.reason(e)),
                    e);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /**
     * An older file opened read-only is read as migrated without writing it: it is copied (VACUUM
     * INTO, from the read-only connection) to a private file in the temporary folder, readable only
     * by this user, that is migrated there and deleted on close. The Database still names the
     * original file.
     */
    private static Database migratedCopy(Path file, Connection original, Migrations migrations) throws SQLException {
        Path copy;
        try {
            copy = Files.createTempFile("penholder-migrated-", ProjectFormat.EXTENSION);
        } catch (IOException e) {
            throw new ProjectFileException(
                    file,
                    "cannot be read as migrated (" + e.getMessage() + ")",
                    ProjectFileException.said("projectFile.cannotRead", file, String.valueOf(e.getMessage())),
                    e);
        }
        Runnable delete = () -> deleteQuietly(copy);
        try {
            try (Statement st = original.createStatement()) {
                st.execute("VACUUM INTO '" + copy.toAbsolutePath().toString().replace("'", "''") + "'");
            }
            original.close();
            Connection c = connect(copy, false, false);
            try {
                int version = pragmaInt(c, "user_version");
                migrate(c, version, migrations);
                try (Statement st = c.createStatement()) {
                    st.execute("PRAGMA query_only = ON");
                }
            } catch (SQLException | RuntimeException e) {
                closeQuietly(c);
                throw e;
            }
            return new Database(file, c, true, delete);
        } catch (SQLException | RuntimeException e) {
            delete.run();
            throw e;
        }
    }

    /**
     * Creates a new project file holding the current schema and whatever {@code init} writes, all in
     * one transaction. The file appears under its name only once it is complete.
     */
    static Database create(Path file, Database.SqlAction init) {
        return create(file, init, Migrations.STANDARD);
    }

    /**
     * Creates a new project file with its title and symbol (blank: none), the language of its
     * documents (a language tag) and its editable lists: stakeholder groups, thematic clusters and
     * action lines (code and name), in this order.
     */
    public static Database create(
            Path file,
            String title,
            String symbol,
            String documentLanguage,
            java.util.List<String> groups,
            java.util.List<String> clusters,
            java.util.List<org.penholder.model.Tag> actionLines) {
        return create(file, c -> {
            Sql.update(
                    c,
                    "INSERT INTO meta(key, value) VALUES ('title', ?), ('created_at', ?)",
                    title,
                    java.time.Instant.now().toString());
            if (symbol != null && !symbol.isBlank()) {
                Sql.update(c, "INSERT INTO meta(key, value) VALUES ('symbol', ?)", symbol.strip());
            }
            Sql.update(c, "INSERT INTO meta(key, value) VALUES (?, ?)", MetaStore.DOCUMENT_LANGUAGE, documentLanguage);
            // a copy of this file is this project: the id travels with it (docs/adr/0140)
            Sql.update(c, "INSERT INTO meta(key, value) VALUES (?, ?)", MetaStore.PROJECT_ID, Ids.newUid());
            int position = 1;
            for (String group : groups) {
                Sql.update(
                        c,
                        "INSERT INTO stakeholder_group(name, position, uid) VALUES (?, ?, ?)",
                        group,
                        position++,
                        Ids.newUid());
            }
            position = 1;
            for (String cluster : clusters) {
                Sql.update(
                        c,
                        "INSERT INTO tag(kind, code, name, position, uid) VALUES ('CLUSTER', '', ?, ?, ?)",
                        cluster,
                        position++,
                        Ids.newUid());
            }
            position = 1;
            for (org.penholder.model.Tag line : actionLines) {
                Sql.update(
                        c,
                        "INSERT INTO tag(kind, code, name, position, uid) VALUES ('ACTION_LINE', ?, ?, ?, ?)",
                        line.code(),
                        line.name(),
                        position++,
                        Ids.newUid());
            }
        });
    }

    static Database create(Path file, Database.SqlAction init, Migrations migrations) {
        if (Files.exists(file)) {
            throw ProjectFileException.exists(file);
        }
        Path dir = file.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new ProjectFileException(
                    file,
                    "cannot be created: the folder " + dir + " does not exist",
                    ProjectFileException.said("projectFile.noFolder", file, String.valueOf(dir)));
        }
        Path temp;
        try {
            temp = Files.createTempFile(dir, "." + file.getFileName(), ".creating");
            Files.delete(temp);
        } catch (IOException e) {
            throw new ProjectFileException(
                    file,
                    "cannot be created (" + e.getMessage() + ")",
                    ProjectFileException.said("projectFile.cannotCreate", file, String.valueOf(e.getMessage())),
                    e);
        }
        try {
            Connection c = connect(temp, false, true);
            try {
                c.setAutoCommit(false);
                migrations.migrate(c, 0);
                init.apply(c);
                c.commit();
                c.setAutoCommit(true);
                try (Statement st = c.createStatement()) {
                    st.execute("PRAGMA journal_mode = DELETE"); // no empty journal left beside the new file
                }
            } finally {
                c.close();
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file);
            }
        } catch (SQLException e) {
            deleteQuietly(temp);
            throw new ProjectFileException(
                    file,
                    "could not be created (" + Database.reason(e) + ")",
                    ProjectFileException.said("projectFile.cannotCreate", file, Database.reason(e)),
                    e);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new ProjectFileException(
                    file,
                    "could not be created (" + e.getMessage() + ")",
                    ProjectFileException.said("projectFile.cannotCreate", file, String.valueOf(e.getMessage())),
                    e);
        }
        return open(file, false, migrations);
    }

    /** Refuses anything that is not a Penholder project this version can read, by its bytes alone. */
    public static void checkIsProject(Path file) {
        checkIsProject(file, Migrations.STANDARD);
    }

    static void checkIsProject(Path file, Migrations migrations) {
        if (!Files.exists(file)) {
            throw new ProjectFileException(
                    file, "does not exist", Phrase.of("projectFile.missing", ProjectFileException.nameOf(file)));
        }
        if (Files.isDirectory(file)) {
            throw new ProjectFileException(
                    file,
                    "is a folder, not a Penholder project file",
                    Phrase.of("projectFile.folder", ProjectFileException.nameOf(file)));
        }
        FileHeader header;
        try {
            header = FileHeader.read(file);
        } catch (IOException e) {
            throw new ProjectFileException(
                    file,
                    "cannot be read (" + e.getMessage() + ")",
                    ProjectFileException.said("projectFile.cannotRead", file, String.valueOf(e.getMessage())),
                    e);
        }
        switch (header.kind()) {
            case EMPTY ->
                throw new ProjectFileException(
                        file,
                        "is empty, not a Penholder project",
                        Phrase.of("projectFile.empty", ProjectFileException.nameOf(file)));
            case NOT_SQLITE -> throw ProjectFileException.notAProject(file, "it is not an SQLite database");
            case SQLITE -> {
                if (header.applicationId() != ProjectFormat.APPLICATION_ID) {
                    throw ProjectFileException.notAProject(file, "it is an SQLite database of another application");
                }
                // while a crash's journal waits to be rolled back the header may be from the unfinished
                // transaction; SQLite's own answer after opening decides then
                if (!Files.exists(journalOf(file))) {
                    refuseNewer(file, header.userVersion(), migrations);
                }
            }
        }
    }

    private static void refuseNewer(Path file, int version, Migrations migrations) {
        if (version > migrations.latest()) {
            throw new ProjectFileException(
                    file,
                    "was made by a newer Penholder (project format " + version + "; this Penholder reads up to "
                            + migrations.latest() + "). Open it with a newer Penholder.",
                    Phrase.of("projectFile.newer", ProjectFileException.nameOf(file)));
        }
    }

    private static void migrate(Connection c, int from, Migrations migrations) throws SQLException {
        c.setAutoCommit(false);
        try {
            migrations.migrate(c, from);
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    static Path journalOf(Path file) {
        return file.resolveSibling(file.getFileName() + "-journal");
    }

    /** The longest string or blob Penholder reads or writes: above the largest input text it imports. */
    static final int MAX_VALUE_BYTES = 256 * 1024 * 1024;

    static Connection connect(Path file, boolean readOnly, boolean create) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        // A rollback journal keeps every commit in the project file itself (docs/adr/0001); truncating it
        // rather than deleting it spares each commit a directory sync. Closing deletes it.
        config.setJournalMode(SQLiteConfig.JournalMode.TRUNCATE);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(10_000);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.setReadOnly(readOnly);
        if (!create) {
            config.resetOpenMode(SQLiteOpenMode.CREATE);
        }
        untrusted(config);
        try {
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
            try (Statement st = c.createStatement()) {
                distrustSchema(st);
            }
            return c;
        } catch (SQLException e) {
            throw new ProjectFileException(
                    file,
                    "could not be opened (" + Database.reason(e) + ")",
                    ProjectFileException.said("projectFile.cannotOpen", file, Database.reason(e)),
                    e);
        }
    }

    /**
     * The settings for a file someone else may have written (docs/adr/0120): no extensions, and limits
     * well below SQLite's defaults on the size of a value and of a statement, on nesting and on
     * attached files (VACUUM INTO attaches its target). The driver applies limits before anything else.
     */
    static void untrusted(SQLiteConfig config) {
        config.enableLoadExtension(false);
        config.setPragma(SQLiteConfig.Pragma.LIMIT_LENGTH, Integer.toString(MAX_VALUE_BYTES));
        config.setPragma(SQLiteConfig.Pragma.LIMIT_SQL_LENGTH, Integer.toString(1_000_000));
        config.setPragma(SQLiteConfig.Pragma.LIMIT_EXPR_DEPTH, "200");
        config.setPragma(SQLiteConfig.Pragma.LIMIT_ATTACHED, "1");
        config.setPragma(SQLiteConfig.Pragma.LIMIT_TRIGGER_DEPTH, "16");
        config.setPragma(SQLiteConfig.Pragma.LIMIT_COMPOUND_SELECT, "100");
    }

    /**
     * Functions and virtual tables named in the file's schema run only when SQLite marks them
     * harmless, and damaged pages are looked for as each is read. SQLITE_DBCONFIG_DEFENSIVE is not
     * reachable through the driver (docs/adr/0120).
     */
    static void distrustSchema(Statement st) throws SQLException {
        st.execute("PRAGMA trusted_schema = OFF");
        st.execute("PRAGMA cell_size_check = ON");
        st.execute("PRAGMA mmap_size = 0");
    }

    private static int pragmaInt(Connection c, String pragma) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("PRAGMA " + pragma)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // already failing; the first error is the one to report
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
            Files.deleteIfExists(journalOf(p));
        } catch (IOException ignored) {
            // a stray temporary file is harmless
        }
    }
}
