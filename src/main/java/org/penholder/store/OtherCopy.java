package org.penholder.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * Another copy of a project, opened to be read and never written: not one byte of it, and no journal
 * or lock file beside it, so that it may be open in another Penholder, on a USB stick or on a
 * read-only share. SQLite opens it read-only (it takes only shared locks and refuses, rather than
 * rolls back, a crash's unfinished changes). A copy of an older format is read as migrated: its
 * consistent snapshot is written to a temporary file elsewhere, which is migrated and read instead.
 */
public final class OtherCopy implements AutoCloseable {

    private final Path file;
    private final Database db;
    private final Path temporary;
    private final int formatRead;

    private OtherCopy(Path file, Database db, Path temporary, int formatRead) {
        this.file = file;
        this.db = db;
        this.temporary = temporary;
        this.formatRead = formatRead;
    }

    /**
     * A check of the other copy as it is on disk ({@code asItIs}, at its own format), made before
     * anything of it is read, snapshotted or migrated; it throws to refuse the copy.
     */
    @FunctionalInterface
    public interface Check {
        void verify(Path file, Database asItIs);
    }

    /** Opens another copy for reading, with no check beyond its header and format. */
    public static OtherCopy open(Path file) {
        return open(file, (f, db) -> {});
    }

    /**
     * Opens another copy for reading; refuses a file that is not a Penholder project this version can
     * read, or that {@code check} refuses.
     */
    public static OtherCopy open(Path file, Check check) {
        ProjectFiles.checkIsProject(file);
        Connection c = connect(file);
        int version;
        try {
            if (pragma(c, "application_id") != ProjectFormat.APPLICATION_ID) {
                throw ProjectFileException.notAProject(file, null);
            }
            version = pragma(c, "user_version");
            if (version > ProjectFormat.SCHEMA_VERSION) {
                throw new ProjectFileException(
                        file,
                        "was made by a newer Penholder (project format " + version + "; this Penholder reads up to "
                                + ProjectFormat.SCHEMA_VERSION + "). Merge it with a newer Penholder.",
                        ProjectFileException.said("projectFile.newerMerge", file));
            }
            Database asItIs = new Database(file, c, true);
            check.verify(file, asItIs);
            if (version == ProjectFormat.SCHEMA_VERSION) {
                return new OtherCopy(file, asItIs, null, version);
            }
        } catch (SQLException e) {
            close(c);
            throw refusal(file, e);
        } catch (RuntimeException e) {
            close(c);
            throw e;
        }
        return migratedCopy(file, c, version);
    }

    /** An older copy: its snapshot, written to a temporary file outside its folder, migrated there. */
    private static OtherCopy migratedCopy(Path file, Connection c, int version) {
        Path temp;
        try {
            Path dir = Files.createTempDirectory("penholder-copy");
            temp = dir.resolve("copy.penholder");
            try (Statement st = c.createStatement()) {
                // the connection itself cannot write its file (it is opened read-only); query_only
                // would also forbid writing the snapshot elsewhere
                st.execute("PRAGMA query_only = OFF");
                st.execute("VACUUM INTO '" + temp.toAbsolutePath().toString().replace("'", "''") + "'");
            }
        } catch (SQLException e) {
            throw refusal(file, e);
        } catch (IOException e) {
            throw new ProjectFileException(
                    file,
                    "could not be read as the current format (" + e.getMessage() + ")",
                    ProjectFileException.said("projectFile.notCurrentFormat", file, String.valueOf(e.getMessage())),
                    e);
        } finally {
            close(c);
        }
        try {
            ProjectFiles.open(temp, false).close(); // migrates the temporary copy, never the file itself
            return new OtherCopy(file, ProjectFiles.open(temp, true), temp, version);
        } catch (RuntimeException e) {
            deleteQuietly(temp);
            throw new ProjectFileException(
                    file,
                    "could not be read as the current format (" + e.getMessage().replace(temp.toString(), "copy") + ")",
                    ProjectFileException.said(
                            "projectFile.notCurrentFormat",
                            file,
                            String.valueOf(e.getMessage()).replace(temp.toString(), "copy")),
                    e);
        }
    }

    /** The file as the person named it. */
    public Path file() {
        return file;
    }

    /** The copy's contents, in this Penholder's format, to read. */
    public Database database() {
        return db;
    }

    /** The format the file itself is in (older than this Penholder's when it was read as migrated). */
    public int format() {
        return formatRead;
    }

    /** True when the copy is of an older format and was read through a migrated temporary copy. */
    public boolean migrated() {
        return temporary != null;
    }

    @Override
    public void close() {
        try {
            db.close();
        } finally {
            if (temporary != null) {
                deleteQuietly(temporary);
            }
        }
    }

    private static Connection connect(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000);
        config.setTransactionMode(SQLiteConfig.TransactionMode.DEFERRED);
        ProjectFiles.untrusted(config);
        try {
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
            try (Statement st = c.createStatement()) {
                ProjectFiles.distrustSchema(st);
                st.execute("PRAGMA query_only = ON");
            }
            return c;
        } catch (SQLException e) {
            throw refusal(file, e);
        }
    }

    private static ProjectFileException refusal(Path file, SQLException e) {
        String reason = Database.reason(e);
        if (String.valueOf(e.getMessage()).contains("READONLY_ROLLBACK")) {
            return new ProjectFileException(
                    file,
                    "was not closed properly: unfinished changes from a crash wait beside it ("
                            + ProjectFiles.journalOf(file).getFileName()
                            + "). Open it once in Penholder, which finishes them, then merge again.",
                    ProjectFileException.said(
                            "projectFile.crashJournal",
                            file,
                            String.valueOf(ProjectFiles.journalOf(file).getFileName())),
                    e);
        }
        return new ProjectFileException(
                file,
                "cannot be read (" + reason + ")",
                ProjectFileException.said("projectFile.cannotRead", file, reason),
                e);
    }

    private static int pragma(Connection c, String name) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static void close(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // already failing or done; nothing was written
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
            Files.deleteIfExists(ProjectFiles.journalOf(temp));
            Files.deleteIfExists(temp.getParent());
        } catch (IOException ignored) {
            // a temporary file left behind is harmless
        }
    }
}
