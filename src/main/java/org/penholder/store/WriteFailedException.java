package org.penholder.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/**
 * A change that could not reach the disk: the disk is full, the file or its disk is read-only, or
 * the disk failed. The change was not made (its transaction rolled back), so the person can free
 * space, or save a copy elsewhere, and try again. The message says which, in a sentence.
 */
public final class WriteFailedException extends StoreException {

    /** Why nothing could be written. */
    public enum Cause {
        DISK_FULL,
        READ_ONLY,
        DISK_FAILED
    }

    /** Below this, a full disk is taken to be the project's own; above it, it was the temporary folder's. */
    private static final long NEARLY_FULL = 64L * 1024 * 1024;

    private final transient Path file;
    private final Cause cause;

    public WriteFailedException(Path file, Cause cause, String message) {
        super(message);
        this.file = file;
        this.cause = cause;
    }

    private WriteFailedException(Path file, Cause cause, String message, Throwable e) {
        super(message, e);
        this.file = file;
        this.cause = cause;
    }

    public Path file() {
        return file;
    }

    public Cause kind() {
        return cause;
    }

    /** The failure SQLite reported, as one of these, or empty when it is not about writing to the disk. */
    static Optional<WriteFailedException> of(Path file, SQLException e) {
        int code = primaryCode(e);
        String name = file.getFileName() == null
                ? file.toString()
                : file.getFileName().toString();
        return switch (code) {
            case 13 -> Optional.of(new WriteFailedException(file, Cause.DISK_FULL, diskFull(file), e)); // SQLITE_FULL
            case 8 -> // SQLITE_READONLY
                Optional.of(new WriteFailedException(
                        file, Cause.READ_ONLY, name + " cannot be written: it is read-only; nothing was changed", e));
            case 10 -> // SQLITE_IOERR
                Optional.of(new WriteFailedException(
                        file,
                        Cause.DISK_FAILED,
                        "The disk holding " + name + " could not be written (" + Database.reason(e)
                                + "); nothing was changed. It may have been removed or failed",
                        e));
            default -> Optional.empty();
        };
    }

    /** The disk that holds a file is full: "The disk holding draft.penholder is full (2.1 MB free); nothing was changed". */
    static String diskFull(Path file) {
        String name = file.getFileName() == null
                ? file.toString()
                : file.getFileName().toString();
        long free = freeSpace(file);
        if (free >= 0 && free > NEARLY_FULL) {
            Path temp = Path.of(System.getProperty("java.io.tmpdir"));
            return "A disk Penholder writes to is full: the temporary folder " + temp + " has " + size(freeSpace(temp))
                    + " free (the disk holding " + name + " has " + size(free) + "); nothing was changed";
        }
        return "The disk holding " + name + " is full" + (free >= 0 ? " (" + size(free) + " free)" : "")
                + "; nothing was changed";
    }

    /** Bytes free for this user on the disk holding {@code file} (or its folder), or -1 when unknown. */
    public static long freeSpace(Path file) {
        Path p = file.toAbsolutePath();
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        if (p == null) {
            return -1;
        }
        try {
            return Files.getFileStore(p).getUsableSpace();
        } catch (IOException e) {
            return -1;
        }
    }

    /** A size as people read it: "512 KB", "2.1 MB", "3.4 GB". */
    public static String size(long bytes) {
        if (bytes < 0) {
            return "an unknown amount";
        }
        if (bytes < 1024L * 1024) {
            return Math.max(0, Math.round(bytes / 1024.0)) + " KB";
        }
        if (bytes < 1024L * 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
        }
        return String.format(Locale.ROOT, "%.1f GB", bytes / (1024.0 * 1024 * 1024));
    }

    private static int primaryCode(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getErrorCode() != 0) {
                return s.getErrorCode() & 0xff;
            }
        }
        return 0;
    }
}
