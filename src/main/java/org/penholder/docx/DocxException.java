package org.penholder.docx;

/** A Word file could not be read or written; the message names the file and says why, in one line. */
public final class DocxException extends RuntimeException {

    public DocxException(String message) {
        super(message);
    }

    public DocxException(String message, Throwable cause) {
        super(message, cause);
    }
}
