package org.penholder.text;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A sentence named by its message key and what fills its places, said by a service (what a command
 * did, why it was refused) and put into words by whoever shows it: the window in its language, the
 * command line in English. An argument may itself be a phrase ("Undo {0}").
 */
public record Phrase(String key, List<Object> args) {

    /** The key of a phrase that is words already (see {@link #verbatim}). */
    static final String VERBATIM = "";

    public Phrase {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    /** Words said as they are, in every language: a person's own text, or a command still described in English. */
    public static Phrase verbatim(String words) {
        return new Phrase(VERBATIM, List.of(words));
    }

    /** The phrase of a key of the interface's messages, with its arguments. */
    public static Phrase of(String key, Object... args) {
        return new Phrase(key, Arrays.asList(args));
    }

    /** True for words said as they are ({@link #verbatim}). */
    public boolean isVerbatim() {
        return key.equals(VERBATIM);
    }

    /** In English, from the interface's base messages (the command line and logs). */
    public String english() {
        return MessageBundle.english().format(this);
    }

    @Override
    public String toString() {
        return english();
    }
}
