package org.penholder.draft;

import org.penholder.text.Phrase;

/**
 * A command that will not run, or not be undone, for a reason the person can act on ("the import
 * cannot be undone: 2 of its inputs are linked"). Nothing was changed; it is no failure to save.
 */
public final class CommandRefused extends RuntimeException {

    @SuppressWarnings("serial") // a phrase holds plain words and numbers; never serialised
    private final Phrase phrase;

    public CommandRefused(Phrase reason) {
        super(reason.english());
        this.phrase = reason;
    }

    /** The reason, to be put in the window's language. */
    public Phrase phrase() {
        return phrase;
    }
}
