package org.penholder.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import org.penholder.text.Phrase;
import org.penholder.text.PhrasedFailure;

/**
 * A change that could not reach the disk: the disk is full, the file or its disk is read-only, or
 * the disk failed. The change was not made (its transaction rolled back), so the person can free
 * space, or save a copy elsewhere, and try again. The message says which, in a sentence: in
 * English for the command line and logs, as a phrase ({@code writeFailed.*}) for the window.
 */
public final class WriteFailedException extends StoreException implements PhrasedFailure {

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

    @SuppressWarnings("serial") // a phrase holds plain words and numbers; never serialised
    private final Phrase said;

    @SuppressWarnings("serial")
    private final Phrase why;

    /** A refusal worded by the caller, in English, said as it is. */
    public WriteFailedException(Path file, Cause cause, String message) {
        super(message);
        this.file = file;
        this.cause = cause;
        this.said = Phrase.verbatim(message);
        this.why = said;
    }

    /** A refusal in English for the command line ({@code message}) and in the window's words ({@code said}). */
    public WriteFailedException(Path file, Cause cause, String message, Phrase said) {
        super(message);
        this.file = file;
        this.cause = cause;
        this.said = said;
        this.why = said;
    }

    /**
     * A failure said in the window's words: {@code said} a sentence ({@code writeFailed.*}),
     * {@code why} the same as a clause ({@code writeFailed.*.clause}) to follow other words.
     */
    public WriteFailedException(Path file, Cause cause, Phrase said, Phrase why, Throwable e) {
        super(said.english(), e);
        this.file = file;
        this.cause = cause;
        this.said = said;
        this.why = why;
    }

    public Path file() {
        return file;
    }

    public Cause kind() {
        return cause;
    }

    /** What could not be written and why, in a sentence, to be said in the window's language. */
    @Override
    public Phrase phrase() {
        return said;
    }

    /** Why, as a clause ("the disk holding a.penholder is full (2.1 MB free)"), to follow other words. */
    public Phrase why() {
        return why;
    }

    /** The failure SQLite reported, as one of these, or empty when it is not about writing to the disk. */
    static Optional<WriteFailedException> of(Path file, SQLException e) {
        int code = primaryCode(e);
        String name = ProjectFileException.nameOf(file);
        return switch (code) {
            case 13 -> Optional.of(diskFull(file, e)); // SQLITE_FULL
            case 8 -> Optional.of(said(file, Cause.READ_ONLY, e, "writeFailed.readOnly", name)); // SQLITE_READONLY
            case 10 -> // SQLITE_IOERR
                Optional.of(said(file, Cause.DISK_FAILED, e, "writeFailed.diskFailed", name, Database.reason(e)));
            default -> Optional.empty();
        };
    }

    /** The disk that holds a file is full: "The disk holding draft.penholder is full (2.1 MB free); nothing was changed". */
    static WriteFailedException diskFull(Path file, Throwable e) {
        String name = ProjectFileException.nameOf(file);
        long free = freeSpace(file);
        if (free >= 0 && free > NEARLY_FULL) {
            Path temp = Path.of(System.getProperty("java.io.tmpdir"));
            return said(
                    file,
                    Cause.DISK_FULL,
                    e,
                    "writeFailed.tempFull",
                    name,
                    temp.toString(),
                    sizeSaid(freeSpace(temp)),
                    sizeSaid(free));
        }
        return free >= 0
                ? said(file, Cause.DISK_FULL, e, "writeFailed.diskFull", name, sizeSaid(free))
                : said(file, Cause.DISK_FULL, e, "writeFailed.diskFullUnknown", name);
    }

    private static WriteFailedException said(Path file, Cause cause, Throwable e, String key, Object... args) {
        return new WriteFailedException(file, cause, Phrase.of(key, args), Phrase.of(key + ".clause", args), e);
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

    /** A size as people read it: "512 KB", "2.1 MB", "3.4 GB", in English (the command line). */
    public static String size(long bytes) {
        return sizeSaid(bytes).english();
    }

    /** A size as a phrase, so each language writes its units and decimal sign: "512 KB", "2,1 Mo". */
    public static Phrase sizeSaid(long bytes) {
        if (bytes < 0) {
            return Phrase.of("size.unknown");
        }
        if (bytes < 1024L * 1024) {
            return Phrase.of("backup.size.kb", Math.max(0, Math.round(bytes / 1024.0)));
        }
        if (bytes < 1024L * 1024 * 1024) {
            return Phrase.of("backup.size.mb", bytes / (1024.0 * 1024));
        }
        return Phrase.of("backup.size.gb", bytes / (1024.0 * 1024 * 1024));
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
