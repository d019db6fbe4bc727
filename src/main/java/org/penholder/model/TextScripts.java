package org.penholder.model;

/** Facts about the writing systems in a text, for indexing and display. */
public final class TextScripts {

    private TextScripts() {}

    /**
     * True when a noticeable part of the letters are Chinese, Japanese or Korean characters: such
     * text has no spaces between words, so it needs the trigram index to be found.
     */
    public static boolean hasUnspacedScript(String text) {
        int letters = 0;
        int unspaced = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            letters++;
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.HAN
                    || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA
                    || script == Character.UnicodeScript.HANGUL) {
                unspaced++;
            }
        }
        return unspaced > 0 && (unspaced >= 20 || unspaced * 10 >= letters);
    }

    /** True when most letters are written right to left (Arabic, Hebrew ...). */
    public static boolean isRightToLeft(String text) {
        int letters = 0;
        int rtl = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            letters++;
            byte d = Character.getDirectionality(cp);
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                rtl++;
            }
        }
        return letters > 0 && rtl * 2 > letters;
    }
}
