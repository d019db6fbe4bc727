package org.penholder.store;

import java.nio.file.Path;

/**
 * A file that cannot be opened as a Penholder project: not one, from a newer Penholder, locked,
 * unreadable. Nothing has been written to it.
 */
public class ProjectFileException extends StoreException {

    private final transient Path file;

    public ProjectFileException(Path file, String reason) {
        super(file + ": " + reason);
        this.file = file;
    }

    public ProjectFileException(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
