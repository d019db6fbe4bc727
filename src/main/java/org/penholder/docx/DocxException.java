package org.penholder.docx;

import java.nio.file.Path;
import org.penholder.text.Phrase;
import org.penholder.text.PhrasedFailure;

/**
 * A Word file could not be read or written; the message names the file and says why, in one line:
 * in English for the command line and logs, as a phrase ({@code docx.refused.*}) for the window.
 */
public final class DocxException extends RuntimeException implements PhrasedFailure {

    private final transient Path file;

    @SuppressWarnings("serial") // a phrase holds plain words and numbers; never serialised
    private final Phrase reason;

    /** A refusal of {@code file}: the message is the file's path, then why. */
    public DocxException(Path file, Phrase reason) {
        this(file, reason, null);
    }

    /** As {@link #DocxException(Path, Phrase)}, with the failure that caused it. */
    public DocxException(Path file, Phrase reason, Throwable cause) {
        this(file, reason, reason.english(), cause);
    }

    /**
     * A refusal the command line words as {@code english} (its own commands, where the window
     * names its menus), as it always has.
     */
    public DocxException(Path file, Phrase reason, String english, Throwable cause) {
        super(file + ": " + english, cause);
        this.file = file;
        this.reason = reason;
    }

    /** The file refused. */
    public Path file() {
        return file;
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
