package org.penholder.docx;

import java.nio.file.Path;

/** A Word file could not be read or written; the message names the file and says why, in one line. */
public final class DocxException extends RuntimeException {

    private final String reason;

    public DocxException(String message) {
        super(message);
        this.reason = message;
    }

    public DocxException(String message, Throwable cause) {
        super(message, cause);
        this.reason = message;
    }

    /** A refusal of {@code file}: the message is the file's name, then why. */
    public DocxException(Path file, String reason) {
        super(file + ": " + reason);
        this.reason = reason;
    }

    /** Why, without the file's name when the message begins with it. */
    public String reason() {
        return reason;
    }
}
