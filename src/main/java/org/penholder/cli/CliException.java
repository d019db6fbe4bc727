package org.penholder.cli;

/** A command could not do what was asked; the message says why, in one line. */
final class CliException extends RuntimeException {

    CliException(String message) {
        super(message);
    }
}
