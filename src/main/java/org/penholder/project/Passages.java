package org.penholder.project;

/** Finding a quoted passage in an input's text. */
final class Passages {

    private Passages() {
    }

    /**
     * Where {@code quote} starts in {@code text}, treating typographic dashes and quotation marks as
     * their plain forms (each stands for one character, so offsets are those of the original text);
     * -1 when it is not there.
     */
    static int find(String text, String quote) {
        return plain(text).indexOf(plain(quote));
    }

    static String plain(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            b.append(switch (ch) {
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014' -> '-';
                case '\u2018', '\u2019' -> '\'';
                case '\u201C', '\u201D' -> '"';
                default -> ch;
            });
        }
        return b.toString();
    }
}
