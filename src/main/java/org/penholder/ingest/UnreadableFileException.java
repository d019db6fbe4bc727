package org.penholder.ingest;

import java.nio.file.Path;
import org.penholder.text.Phrase;
import org.penholder.text.PhrasedFailure;

/**
 * A file that cannot be imported; the message names the file and says why, in words a person can
 * act on: in English for the command line and logs, as a phrase ({@code unreadable.*}) for the
 * window.
 */
public final class UnreadableFileException extends Exception implements PhrasedFailure {

    private final transient Path file;

    @SuppressWarnings("serial") // a phrase holds plain words and numbers; never serialised
    private final Phrase reason;

    public UnreadableFileException(Path file, Phrase reason, Throwable cause) {
        super(file + ": " + reason.english(), cause);
        this.file = file;
        this.reason = reason;
    }

    public UnreadableFileException(Path file, Phrase reason) {
        this(file, reason, null);
    }

    public Path file() {
        return file;
    }

    /** Why, without the file's name, in English: "is protected with a password ...". */
    public String reason() {
        return reason.english();
    }

    /** Why, without the file's name, to be said in the reader's language. */
    public Phrase reasonSaid() {
        return reason;
    }

    /** The file's name and why, to be said in the window's language. */
    @Override
    public Phrase phrase() {
        return PhrasedFailure.fileRefused(file, reason);
    }
}
