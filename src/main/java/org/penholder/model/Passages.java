package org.penholder.model;

import java.util.Optional;

/** Finding a quoted passage in an input's text. */
public final class Passages {

    private Passages() {}

    /**
     * Where {@code quote} starts in {@code text}, treating typographic dashes and quotation marks as
     * their plain forms (each stands for one character, so offsets are those of the original text);
     * -1 when it is not there.
     */
    public static int find(String text, String quote) {
        return plain(text).indexOf(plain(quote));
    }

    /**
     * Where a quote stands in a text, as [start, end) of the text: first exactly (with plain and
     * typographic dashes and quotation marks alike), then also treating any run of white space as one
     * space, as a quote copied from a PDF or an e-mail often differs in line breaks.
     */
    public static Optional<int[]> locate(String text, String quote) {
        if (quote == null || quote.isBlank()) {
            return Optional.empty();
        }
        String q = quote.strip();
        int at = find(text, q);
        if (at >= 0) {
            return Optional.of(new int[] {at, at + q.length()});
        }
        // collapse white space on both sides, remembering where each kept character came from
        StringBuilder flat = new StringBuilder(text.length());
        int[] origin = new int[text.length() + 1];
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (Character.isWhitespace(ch)) {
                if (!space && !flat.isEmpty()) {
                    origin[flat.length()] = i;
                    flat.append(' ');
                }
                space = true;
            } else {
                origin[flat.length()] = i;
                flat.append(ch);
                space = false;
            }
        }
        String flatQuote = String.join(" ", q.split("\\s+"));
        int f = plain(flat.toString()).indexOf(plain(flatQuote));
        if (f < 0) {
            return Optional.empty();
        }
        int start = origin[f];
        int end = origin[f + flatQuote.length() - 1] + 1;
        return Optional.of(new int[] {start, end});
    }

    /** How many times a quote occurs in a text (exactly, dashes and quotation marks alike). */
    public static int occurrences(String text, String quote) {
        String t = plain(text);
        String q = plain(quote.strip());
        int n = 0;
        for (int at = t.indexOf(q); at >= 0 && !q.isEmpty(); at = t.indexOf(q, at + 1)) {
            n++;
        }
        return n;
    }

    static String plain(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            b.append(
                    switch (ch) {
                        case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014' -> '-';
                        case '\u2018', '\u2019' -> '\'';
                        case '\u201C', '\u201D' -> '"';
                        default -> ch;
                    });
        }
        return b.toString();
    }
}
