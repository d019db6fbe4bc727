package org.penholder.draft;

import org.penholder.text.Phrase;
import org.penholder.text.PhrasedFailure;

/**
 * A command that will not run, or not be undone, for a reason the person can act on ("the import
 * cannot be undone: 2 of its inputs are linked"). Nothing was changed; it is no failure to save.
 */
public final class CommandRefused extends RuntimeException implements PhrasedFailure {

    @SuppressWarnings("serial") // a phrase holds plain words and numbers; never serialised
    private final Phrase phrase;

    public CommandRefused(Phrase reason) {
        this(reason, reason.english());
    }

    /**
     * A refusal the command line and logs word as {@code english}, which says more than the
     * window needs (the project file's name: "…/wsis.penholder: there is already a revision named
     * \"Rev.1\""), as they always have.
     */
    public CommandRefused(Phrase reason, String english) {
        super(english);
        this.phrase = reason;
    }

    /**
     * A revision asked for by a name the project lacks, said with the names there are; the
     * command line and logs keep {@code english}.
     */
    public static CommandRefused noRevisionNamed(String name, java.util.List<String> names, String english) {
        return new CommandRefused(
                names.isEmpty()
                        ? Phrase.of("refused.noRevisionYet", name)
                        : Phrase.of("refused.noRevisionNamed", name, Phrase.names(names, names.size())),
                english);
    }

    /** The reason, to be put in the window's language. */
    @Override
    public Phrase phrase() {
        return phrase;
    }
}
