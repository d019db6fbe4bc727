package org.penholder.store;

/** A project file could not be read or written; the message names the file and the reason. */
public class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
