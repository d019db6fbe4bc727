package org.penholder.draft;

/**
 * A command that will not run, or not be undone, for a reason the person can act on ("the import
 * cannot be undone: 2 of its inputs are linked"). Nothing was changed; it is no failure to save.
 */
public final class CommandRefused extends RuntimeException {

    public CommandRefused(String message) {
        super(message);
    }
}
