package org.penholder.history;

import java.nio.file.Path;
import org.penholder.text.Phrase;
import org.penholder.text.PhrasedFailure;

/**
 * A document from outside that cannot be read for compare; the message names the file and the
 * reason, in English for the command line, as a phrase for the window.
 */
public final class UnreadableDocumentException extends RuntimeException implements PhrasedFailure {

    private final transient Path file;

    @SuppressWarnings("serial") // a phrase holds plain words and numbers; never serialised
    private final Phrase reason;

    public UnreadableDocumentException(Path file, Phrase reason) {
        this(file, reason, null);
    }

    public UnreadableDocumentException(Path file, Phrase reason, Throwable cause) {
        super(file + ": " + reason.english(), cause);
        this.file = file;
        this.reason = reason;
    }

    /** The file's name and why, to be said in the window's language. */
    @Override
    public Phrase phrase() {
        return PhrasedFailure.fileRefused(file, reason);
    }
}
