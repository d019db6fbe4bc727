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

    /** Words said as they are, in every language: a person's own text. */
    public static Phrase verbatim(String words) {
        return new Phrase(VERBATIM, List.of(words));
    }

    /** The phrase of a key of the interface's messages, with its arguments. */
    public static Phrase of(String key, Object... args) {
        return new Phrase(key, Arrays.asList(args));
    }

    /**
     * Names in quotation marks, listed ("“A”, “B”, “C” and 2 more" when {@code total} is more than
     * the names given), with each language's quotation marks, separator and count.
     */
    public static Phrase names(List<String> names, int total) {
        Phrase list = null;
        for (String name : names) {
            Phrase quoted = of("list.quoted", name);
            list = list == null ? quoted : of("list.next", list, quoted);
        }
        if (list == null) {
            return verbatim(String.valueOf(total));
        }
        return total > names.size() ? of("list.more", list, total - names.size()) : list;
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
