package org.penholder.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number a reader sees on a paragraph: "PP3", "12.", "12 bis." A label is derived from the
 * order of paragraphs (and, after a circulated revision, from its frozen numbers); it is never a
 * paragraph's identity.
 *
 * @param suffix 0 for none, 1 for "bis", 2 for "ter" ... as in UN practice
 */
public record ParagraphLabel(ParagraphKind kind, int number, int suffix) {

    /** Latin multiplicative adverbs used to number paragraphs inserted into a circulated text. */
    public static final List<String> SUFFIXES = List.of(
            "",
            "bis",
            "ter",
            "quater",
            "quinquies",
            "sexies",
            "septies",
            "octies",
            "novies",
            "decies",
            "undecies",
            "duodecies");

    private static final Pattern PARSE =
            Pattern.compile("^(PP|OP)?\\s*(\\d+)\\s*([a-z]*)\\.?$", Pattern.CASE_INSENSITIVE);

    public ParagraphLabel {
        if (number < 0 || suffix < 0) {
            throw new IllegalArgumentException("negative paragraph number");
        }
    }

    /** The suffix word ("bis"), or, past the named ones, a plain counter so labels stay unique. */
    public String suffixWord() {
        if (suffix == 0) {
            return "";
        }
        return suffix < SUFFIXES.size() ? SUFFIXES.get(suffix) : "x" + suffix;
    }

    /** The label as typed on the command line and in JSON: "PP3", "OP12", "OP12bis". */
    public String code() {
        return kind.name() + number + suffixWord();
    }

    /** The label as shown in the outline and printed in documents: "PP3", "12.", "12 bis.". */
    public String display() {
        String base = suffix == 0 ? Integer.toString(number) : number + " " + suffixWord();
        return kind == ParagraphKind.PP ? "PP" + base : base + ".";
    }

    /** The number as Word prints it in front of an operative paragraph ("12 bis"), without the dot. */
    public String numberText() {
        return suffix == 0 ? Integer.toString(number) : number + " " + suffixWord();
    }

    @Override
    public String toString() {
        return code();
    }

    /**
     * Reads what a person types for a paragraph: "PP3", "OP12", "12", "12 bis", "12bis.", "op 7".
     * A bare number means an operative paragraph.
     */
    public static Optional<ParagraphLabel> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = PARSE.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        ParagraphKind kind = m.group(1) == null
                ? ParagraphKind.OP
                : ParagraphKind.valueOf(m.group(1).toUpperCase(Locale.ROOT));
        int number;
        try {
            number = Integer.parseInt(m.group(2));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        String word = m.group(3).toLowerCase(Locale.ROOT);
        int suffix = word.isEmpty() ? 0 : SUFFIXES.indexOf(word);
        if (suffix < 0) {
            return Optional.empty();
        }
        return Optional.of(new ParagraphLabel(kind, number, suffix));
    }
}
