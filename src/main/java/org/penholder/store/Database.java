package org.penholder.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.penholder.events.ChangeLog;
import org.penholder.events.ProjectEvent;
import org.penholder.text.Phrase;

/**
 * The open connection to one project file. All access goes through {@link #read} and
 * {@link #write}, which serialise callers: the connection is used by one thread at a time, and a
 * write is one transaction, committed before it returns (the project file is the document; there
 * is no Save). A write inside a write joins the outer transaction.
 *
 * <p>The connection never leaves this package (docs/adr/0101): the stores get it through the
 * package's own {@code read}, {@code write}, {@code run} and {@code savepoint}; the services
 * outside group the stores' work into one transaction with the public ones, which take work
 * without a connection.
 */
public final class Database implements AutoCloseable {

    private final Path file;
    private final Connection connection;
    private final boolean readOnly;
    private final Runnable onClose;
    /** Why the file is open read-only ("it is on a read-only disk"); null when nobody said. */
    private volatile Phrase readOnlyWhy;

    private final ReentrantLock lock = new ReentrantLock();
    private int writeDepth;
    /** Set when SQLite ended the transaction itself inside a write (a full disk): the write then fails whole. */
    private RuntimeException transactionLost;

    private final java.util.List<Runnable> afterCommit = new java.util.ArrayList<>();

    private long savepoints;
    private long commits;
    private final ChangeLog changes = new ChangeLog();
    /** Whether the open transaction has said what it changed ({@link #changed}). */
    private boolean told;

    /** Runs before every read and write of any project; null for none (see {@link #watchAccess}). */
    private static volatile Runnable accessWatch;

    Database(Path file, Connection connection, boolean readOnly) {
        this(file, connection, readOnly, () -> {});
    }

    /** {@code onClose} runs once the connection is closed (a private copy deletes its file). */
    Database(Path file, Connection connection, boolean readOnly, Runnable onClose) {
        this.file = file;
        this.connection = connection;
        this.readOnly = readOnly;
        this.onClose = onClose;
    }

    /** Says why the file is open read-only ("it is on a read-only disk"), for the refusal of a change. */
    public void setReadOnlyReason(Phrase why) {
        this.readOnlyWhy = why;
    }

    public Path file() {
        return file;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    /** Number of transactions committed since the file was opened. */
    public long commits() {
        lock.lock();
        try {
            return commits;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs {@code watch} (on the calling thread) before every read and write of any open project, or
     * nothing when null. The window's checks use it to catch the UI thread waiting on a file.
     */
    public static void watchAccess(Runnable watch) {
        accessWatch = watch;
    }

    private static void accessed() {
        Runnable watch = accessWatch;
        if (watch != null) {
            watch.run();
        }
    }

    /**
     * Says what the open write changes, for whoever shows the project (docs/adr/0100). Stores call it
     * beside every write; the event is told only once the transaction commits, and forgotten if it
     * rolls back. Called outside a write, the event counts as committed at once.
     */
    public void changed(ProjectEvent event) {
        lock.lock();
        try {
            told = true;
            changes.post(event);
            if (writeDepth == 0) {
                changes.commit();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Keeps the committed changes for {@link #takeChanges} (a window follows this project); off by default. */
    public void recordChanges(boolean on) {
        lock.lock();
        try {
            changes.record(on);
        } finally {
            lock.unlock();
        }
    }

    /** The changes committed since the last call, oldest first (empty unless {@link #recordChanges} is on). */
    public List<ProjectEvent> takeChanges() {
        lock.lock();
        try {
            return changes.take();
        } finally {
            lock.unlock();
        }
    }

    /** Work grouped into one read or one transaction of the project file; the stores inside it do the SQL. */
    @FunctionalInterface
    public interface Work<T> {
        T call();
    }

    /** Runs work that reads through the stores as one consistent read. */
    public <T> T read(Work<T> work) {
        return read(c -> work.call());
    }

    /** Runs work that writes through the stores in one transaction, committed before it returns. */
    public <T> T write(Work<T> work) {
        return write(c -> work.call());
    }

    /** Runs work without a result in one transaction. */
    public void run(Runnable work) {
        write(c -> {
            work.run();
            return null;
        });
    }

    /** Inside a write: runs work so that, when it fails, only its own changes are undone (see {@link #savepoint(SqlWork)}). */
    public <T> T savepoint(Work<T> work) {
        return savepoint(c -> work.call());
    }

    /** Runs read-only work on the connection. */
    <T> T read(SqlWork<T> work) {
        accessed();
        lock.lock();
        try {
            return work.apply(connection);
        } catch (SQLException e) {
            throw failure("could not be read", e);
        } catch (RuntimeException e) {
            throw damagedValue(e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs read-only work in one read transaction, so that everything it reads is of one moment
     * even while another process writes to the file (outside a write; inside one, as {@link #read}).
     */
    <T> T readSnapshot(SqlWork<T> work) {
        accessed();
        lock.lock();
        try {
            if (writeDepth > 0) {
                return work.apply(connection);
            }
            try (Statement st = connection.createStatement()) {
                st.execute("BEGIN DEFERRED");
            }
            try {
                return work.apply(connection);
            } finally {
                try (Statement st = connection.createStatement()) {
                    st.execute("COMMIT");
                }
            }
        } catch (SQLException e) {
            throw failure("could not be read", e);
        } finally {
            lock.unlock();
        }
    }

    /** Runs work in one transaction and commits it; on any failure nothing of it is kept. */
    <T> T write(SqlWork<T> work) {
        if (readOnly) {
            Phrase why = readOnlyWhy;
            String name = ProjectFileException.nameOf(file);
            throw new WriteFailedException(
                    file,
                    WriteFailedException.Cause.READ_ONLY,
                    file + ": " + (why == null ? "is open read-only" : "is read-only (" + why.english() + ")")
                            + "; the change was not made",
                    why == null
                            ? Phrase.of("readOnly.notChangedOpen", name)
                            : Phrase.of("readOnly.notChanged", name, why));
        }
        accessed();
        lock.lock();
        try {
            if (writeDepth > 0) {
                writeDepth++;
                try {
                    return work.apply(connection);
                } finally {
                    writeDepth--;
                }
            }
            writeDepth = 1;
            boolean committed = false;
            told = false;
            try {
                connection.setAutoCommit(false);
                long before = totalChanges();
                T result;
                try {
                    result = work.apply(connection);
                } catch (RuntimeException e) {
                    throw damagedValue(e);
                }
                if (transactionLost != null) {
                    throw transactionLost;
                }
                if (!told && totalChanges() != before) {
                    // a write that did not say what it changed: every view reads everything again
                    changes.post(new ProjectEvent.ProjectReplaced());
                }
                connection.commit();
                committed = true;
                commits++;
                changes.commit();
                runAfterCommit();
                return result;
            } finally {
                writeDepth = 0;
                transactionLost = null;
                afterCommit.clear();
                if (committed) {
                    connection.setAutoCommit(true);
                } else {
                    rollbackQuietly();
                    changes.rollback();
                    leaveTransactionQuietly();
                }
            }
        } catch (SQLException e) {
            throw failure("could not be written", e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Inside a write, runs work so that when it fails only its own changes are undone and the
     * transaction goes on (an SQL savepoint): one bad file of a batch of imports costs only itself.
     */
    <T> T savepoint(SqlWork<T> work) {
        lock.lock();
        try {
            if (writeDepth == 0) {
                throw new IllegalStateException("a savepoint belongs inside a write");
            }
            if (transactionLost != null) {
                throw transactionLost;
            }
            String name = "sp" + (++savepoints);
            try (Statement st = connection.createStatement()) {
                st.execute("SAVEPOINT " + name);
            }
            int mark = changes.mark();
            T result;
            try {
                writeDepth++;
                result = work.apply(connection);
            } catch (SQLException | RuntimeException e) {
                RuntimeException failure =
                        e instanceof SQLException sql ? failure("could not be written", sql) : (RuntimeException) e;
                try (Statement st = connection.createStatement()) {
                    st.execute("ROLLBACK TO " + name);
                    st.execute("RELEASE " + name);
                } catch (SQLException gone) {
                    // SQLite rolled the whole transaction back itself (it does on a full disk): nothing
                    // of this write may be committed, or the files before this one would be lost unseen
                    transactionLost = failure;
                }
                changes.rollbackTo(mark);
                if (failure instanceof WriteFailedException) {
                    transactionLost = failure;
                }
                throw failure;
            } finally {
                writeDepth--;
            }
            try (Statement st = connection.createStatement()) {
                st.execute("RELEASE " + name);
            }
            return result;
        } catch (SQLException e) {
            throw failure("could not be written", e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs {@code action} once the write in progress has committed (dropped if it fails), or at
     * once outside a write: work that cannot run inside a transaction, such as a backup.
     */
    public void afterCommit(Runnable action) {
        lock.lock();
        try {
            if (writeDepth == 0) {
                action.run();
            } else {
                afterCommit.add(action);
            }
        } finally {
            lock.unlock();
        }
    }

    private void runAfterCommit() throws SQLException {
        if (afterCommit.isEmpty()) {
            return;
        }
        java.util.List<Runnable> due = java.util.List.copyOf(afterCommit);
        afterCommit.clear();
        connection.setAutoCommit(true);
        int depth = writeDepth;
        writeDepth = 0;
        try {
            due.forEach(Runnable::run);
        } finally {
            writeDepth = depth;
        }
    }

    /** Whether a write (a transaction) is in progress on this thread's call. */
    public boolean inWrite() {
        lock.lock();
        try {
            return writeDepth > 0;
        } finally {
            lock.unlock();
        }
    }

    /** Runs write work that returns nothing. */
    void run(SqlAction action) {
        write(c -> {
            action.apply(c);
            return null;
        });
    }

    /** Runs write work that says what it changes ({@link #changed}). */
    <T> T write(ProjectEvent event, SqlWork<T> work) {
        return write(c -> {
            changed(event);
            return work.apply(c);
        });
    }

    /** Runs write work without a result that says what it changes ({@link #changed}). */
    void run(ProjectEvent event, SqlAction action) {
        write(c -> {
            changed(event);
            action.apply(c);
            return null;
        });
    }

    /** Writes a consistent copy of the project to {@code target} (which must not exist). */
    public void copyTo(Path target) {
        accessed();
        lock.lock();
        try (Statement st = connection.createStatement()) {
            st.execute("VACUUM INTO '" + target.toAbsolutePath().toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            throw WriteFailedException.of(target, e)
                    .map(StoreException.class::cast)
                    .orElseGet(() ->
                            new StoreException(target + ": the copy could not be written (" + reason(e) + ")", e));
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (!readOnly) {
                // the empty journal file kept while open goes, so the project is one file again
                try (Statement st = connection.createStatement()) {
                    st.execute("PRAGMA journal_mode = DELETE");
                } catch (SQLException e) {
                    // another connection may hold the file; the empty journal left behind is harmless
                }
            }
            connection.close();
        } catch (SQLException e) {
            throw failure("could not be closed cleanly", e);
        } finally {
            lock.unlock();
            onClose.run();
        }
    }

    /** Rows inserted, updated or deleted on this connection since it opened (SQLite's own count). */
    private long totalChanges() throws SQLException {
        try (Statement st = connection.createStatement();
                var rs = st.executeQuery("SELECT total_changes()")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the transaction is gone either way; the original failure is what the caller needs
        }
    }

    /**
     * Back to autocommit after a failed write. On a full disk SQLite has already rolled the
     * transaction back itself, and the driver's closing "commit" then fails with "no transaction is
     * active": that must not hide why the write failed.
     */
    private void leaveTransactionQuietly() {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // the driver is in autocommit mode either way
        }
    }

    /**
     * A value of the file that does not read as what Penholder stored there (a time, a number, a
     * kind: a damaged or altered file) is reported as the file's fault, naming it; anything else
     * passes unchanged.
     */
    private RuntimeException damagedValue(RuntimeException e) {
        boolean decoding = e instanceof java.time.DateTimeException
                || e instanceof NumberFormatException
                || (e instanceof IllegalArgumentException
                        && String.valueOf(e.getMessage()).startsWith("No enum constant"));
        return decoding
                ? new StoreException(file + ": holds a value that cannot be read (" + e.getMessage() + ")", e)
                : e;
    }

    private StoreException failure(String what, SQLException e) {
        return WriteFailedException.of(file, e)
                .map(StoreException.class::cast)
                .orElseGet(() -> new StoreException(file + ": " + what + " (" + reason(e) + ")", e));
    }

    static String reason(SQLException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        // sqlite-jdbc prefixes messages with "[SQLITE_XXX] description (detail)"
        int close = m.indexOf(']');
        return m.startsWith("[") && close > 0 ? m.substring(close + 1).strip() : m;
    }

    /** Write work without a result. */
    @FunctionalInterface
    interface SqlAction {
        void apply(Connection connection) throws SQLException;
    }
}
