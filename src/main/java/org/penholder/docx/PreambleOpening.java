package org.penholder.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The opening words of a preambular paragraph, which UN style prints in italics: the participle
 * or adjective ("Recalling", "Deeply concerned", "Bearing in mind", "Noting with appreciation",
 * "Recognizing also"). The text is never changed; only where the italics go is decided here.
 * Scripts without italics (Arabic, Chinese ...) get none.
 */
final class PreambleOpening {

    /** Words that continue an opening: "Recalling further", "Noting also". */
    private static final Set<String> CONTINUATIONS = Set.of("also", "further", "furthermore", "moreover", "again");
    /** Degree words inside "with [deep] concern". */
    private static final Set<String> DEGREES =
            Set.of("deep", "grave", "great", "serious", "particular", "profound", "utmost");
    /** What one notes or welcomes "with". */
    private static final Set<String> FEELINGS =
            Set.of("concern", "appreciation", "satisfaction", "interest", "regret", "alarm", "gratitude", "approval");
    /** Openings of more than one word that do not follow the rules above. */
    private static final List<List<String>> PHRASES = List.of(
            List.of("bearing", "in", "mind"),
            List.of("keeping", "in", "mind"),
            List.of("taking", "into", "account"),
            List.of("taking", "note"),
            List.of("having", "considered"),
            List.of("having", "examined"),
            List.of("having", "reviewed"),
            List.of("having", "adopted"),
            List.of("having", "met"));

    private PreambleOpening() {}

    /** Where the italic opening of {@code text} is: [start, end), or an empty range at 0. */
    static int[] find(String text) {
        List<int[]> words = words(text);
        if (words.isEmpty()) {
            return new int[] {0, 0};
        }
        int[] first = words.get(0);
        // the opening is the paragraph's first thing (after brackets or quotes) and a capitalised word
        for (int i = 0; i < first[0]; i++) {
            char ch = text.charAt(i);
            if (!Character.isWhitespace(ch) && "[(\"'\u201C\u2018".indexOf(ch) < 0) {
                return new int[] {0, 0};
            }
        }
        if (!Character.isUpperCase(text.codePointAt(first[0])) || !italicScript(text, first)) {
            return new int[] {0, 0};
        }
        int last = 0;
        String w0 = word(text, first);
        int phrase = phraseLength(text, words);
        if (phrase > 0) {
            last = phrase - 1;
        } else if (w0.endsWith("ly") && words.size() > 1 && spaceBetween(text, words, 0)) {
            last = 1; // "Deeply concerned", "Fully aware"
        }
        if (last + 1 < words.size()
                && spaceBetween(text, words, last)
                && CONTINUATIONS.contains(word(text, words.get(last + 1)))) {
            last++;
        }
        int with = last + 1;
        if (with < words.size()
                && spaceBetween(text, words, last)
                && word(text, words.get(with)).equals("with")) {
            int k = with + 1;
            if (k < words.size() && DEGREES.contains(word(text, words.get(k)))) {
                k++;
            }
            if (k < words.size() && FEELINGS.contains(word(text, words.get(k)))) {
                last = k;
            }
        }
        return new int[] {first[0], words.get(last)[1]};
    }

    private static int phraseLength(String text, List<int[]> words) {
        for (List<String> phrase : PHRASES) {
            if (phrase.size() <= words.size()) {
                boolean match = true;
                for (int i = 0; i < phrase.size() && match; i++) {
                    match = phrase.get(i).equals(word(text, words.get(i)))
                            && (i == 0 || spaceBetween(text, words, i - 1));
                }
                if (match) {
                    return phrase.size();
                }
            }
        }
        return 0;
    }

    /** True when only spaces stand between word {@code i} and the next (no comma ends the opening). */
    private static boolean spaceBetween(String text, List<int[]> words, int i) {
        return i + 1 < words.size()
                && text.substring(words.get(i)[1], words.get(i + 1)[0]).isBlank();
    }

    private static boolean italicScript(String text, int[] word) {
        Character.UnicodeScript s = Character.UnicodeScript.of(text.codePointAt(word[0]));
        return s == Character.UnicodeScript.LATIN
                || s == Character.UnicodeScript.CYRILLIC
                || s == Character.UnicodeScript.GREEK;
    }

    private static String word(String text, int[] range) {
        return text.substring(range[0], range[1]).toLowerCase(Locale.ROOT);
    }

    /** The first few words of the text as [start, end) ranges of letters (with inner hyphens). */
    private static List<int[]> words(String text) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n && out.size() < 6) {
            while (i < n && !Character.isLetter(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            int start = i;
            while (i < n
                    && (Character.isLetter(text.codePointAt(i))
                            || (text.charAt(i) == '-' && i + 1 < n && Character.isLetter(text.codePointAt(i + 1))))) {
                i += Character.charCount(text.codePointAt(i));
            }
            if (i > start) {
                out.add(new int[] {start, i});
            }
        }
        return out;
    }
}
