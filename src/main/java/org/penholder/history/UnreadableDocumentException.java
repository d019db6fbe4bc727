package org.penholder.history;

import java.nio.file.Path;

/** A document from outside that cannot be read for compare; the message names the file and the reason. */
public final class UnreadableDocumentException extends RuntimeException {

    public UnreadableDocumentException(Path file, String reason) {
        super(file + ": " + reason);
    }

    public UnreadableDocumentException(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
    }
}
