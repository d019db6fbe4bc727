package org.penholder.ingest;

import java.nio.file.Path;

/** A file that cannot be imported; the message names the file and says why, in words a person can act on. */
public final class UnreadableFileException extends Exception {

    private final Path file;
    private final String reason;

    public UnreadableFileException(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
        this.reason = reason;
    }

    public UnreadableFileException(Path file, String reason) {
        this(file, reason, null);
    }

    public Path file() {
        return file;
    }

    /** Why, without the file's name: "is protected with a password ...". */
    public String reason() {
        return reason;
    }
}
