package org.penholder.text;

import java.nio.file.Path;

/**
 * A failure or refusal a person reads in the window's language: the exception's own message stays
 * English for the command line and logs; its phrase is what the window puts into words.
 */
public interface PhrasedFailure {

    /** What went wrong or why nothing was done, to be said in the window's language. */
    Phrase phrase();

    /**
     * A file from outside refused: its name (its folder is where the person just looked), then
     * why ({@code unreadable.file}: "notes.docx: is empty").
     */
    static Phrase fileRefused(Path file, Phrase why) {
        Path name = file.getFileName();
        return Phrase.of("unreadable.file", name == null ? file.toString() : name.toString(), why);
    }
}
