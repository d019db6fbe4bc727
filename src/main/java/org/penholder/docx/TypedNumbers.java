package org.penholder.docx;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers typed before a paragraph's text ("12.", "12 bis.", "7)" and the space or tab after), as
 * in drafts whose numbers are not Word's and in our redlines (docs/adr/0131). They are the
 * paragraph's number, not its words: a renumbering is never a proposal.
 */
final class TypedNumbers {

    private static final Pattern PREFIX = Pattern.compile("^\\s*\\d{1,4}(?:\\s*[a-z]{3,11})?[.)]\\s+(?=\\S)");
    private static final Pattern NUMBERISH = Pattern.compile("[\\d\\s.)a-z]*");

    private TypedNumbers() {}

    /** How many characters of the text's start are its typed number; 0 when it has none. */
    static int prefix(String text) {
        Matcher m = PREFIX.matcher(text);
        return m.lookingAt() ? m.end() : 0;
    }

    /** The text without its typed number. */
    static String strip(String text) {
        return text.substring(prefix(text));
    }

    /**
     * True when replacing {@code [start, end)} of {@code original} by {@code text} changes only the
     * typed number (its words are numbers, before the text proper).
     */
    static boolean renumbers(String original, int start, int end, String text) {
        return end <= prefix(original) && NUMBERISH.matcher(text).matches() && start <= end;
    }
}
