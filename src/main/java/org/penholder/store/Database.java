package org.penholder.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.penholder.events.ChangeLog;
import org.penholder.events.ProjectEvent;

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
    private final ReentrantLock lock = new ReentrantLock();
    private int writeDepth;
    private long savepoints;
    private long commits;
    private final ChangeLog changes = new ChangeLog();
    /** Whether the open transaction has said what it changed ({@link #changed}). */
    private boolean told;

    /** Runs before every read and write of any project; null for none (see {@link #watchAccess}). */
    private static volatile Runnable accessWatch;

    Database(Path file, Connection connection, boolean readOnly) {
        this.file = file;
        this.connection = connection;
        this.readOnly = readOnly;
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
        } finally {
            lock.unlock();
        }
    }

    /** Runs work in one transaction and commits it; on any failure nothing of it is kept. */
    <T> T write(SqlWork<T> work) {
        if (readOnly) {
            throw new StoreException(file + ": is open read-only; the change was not made");
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
                T result = work.apply(connection);
                if (!told && totalChanges() != before) {
                    // a write that did not say what it changed: every view reads everything again
                    changes.post(new ProjectEvent.ProjectReplaced());
                }
                connection.commit();
                committed = true;
                commits++;
                changes.commit();
                return result;
            } finally {
                writeDepth = 0;
                if (!committed) {
                    rollbackQuietly();
                    changes.rollback();
                }
                connection.setAutoCommit(true);
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
                try (Statement st = connection.createStatement()) {
                    st.execute("ROLLBACK TO " + name);
                    st.execute("RELEASE " + name);
                }
                changes.rollbackTo(mark);
                throw e instanceof SQLException sql ? failure("could not be written", sql) : (RuntimeException) e;
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
            throw new StoreException(target + ": the copy could not be written (" + reason(e) + ")", e);
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

    private StoreException failure(String what, SQLException e) {
        return new StoreException(file + ": " + what + " (" + reason(e) + ")", e);
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
