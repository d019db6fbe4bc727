package org.penholder.agreed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.ArabicStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.GermanStemmer;
import org.tartarus.snowball.ext.PortugueseStemmer;
import org.tartarus.snowball.ext.RussianStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;

/**
 * The words of a text as tracing compares them: letters and digits only (punctuation, hyphens and
 * apostrophes split words), lower case, accents removed, each word reduced to its stem by the
 * Snowball stemmer of the text's language, so that "Reaffirming", "reaffirms" and "We reaffirm"
 * share the word "reaffirm". Chinese and Japanese characters are a word each. Each word keeps where
 * it stands in the text, so that what matches can be shown.
 *
 * <p>Not thread-safe: one instance per thread; it remembers the stems it has made.
 */
final class AgreedWords {

    private static final Map<String, Supplier<SnowballStemmer>> STEMMERS = Map.of(
            "en", EnglishStemmer::new,
            "fr", FrenchStemmer::new,
            "es", SpanishStemmer::new,
            "ru", RussianStemmer::new,
            "ar", ArabicStemmer::new,
            "pt", PortugueseStemmer::new,
            "de", GermanStemmer::new);

    /** The language whose stemmer serves texts in an unknown language. */
    static final String DEFAULT_LANGUAGE = "en";

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** Snowball's stop lists, shipped in the same library as its stemmers. */
    private static final Map<String, String> STOP_LISTS = Map.of(
            "en", "org/apache/lucene/analysis/snowball/english_stop.txt",
            "fr", "org/apache/lucene/analysis/snowball/french_stop.txt",
            "es", "org/apache/lucene/analysis/snowball/spanish_stop.txt",
            "ru", "org/apache/lucene/analysis/snowball/russian_stop.txt",
            "pt", "org/apache/lucene/analysis/snowball/portuguese_stop.txt",
            "de", "org/apache/lucene/analysis/snowball/german_stop.txt",
            "ar", "org/apache/lucene/analysis/ar/stopwords.txt");

    /**
     * The verbs and adverbs that open preambular and operative paragraphs ("Recalling", "Decides",
     * "also"): every resolution has them, so sharing one says nothing about where wording comes from.
     */
    private static final List<String> DRAFTING_WORDS_EN = List.of(
            "recall",
            "recognize",
            "recognise",
            "reaffirm",
            "reiterate",
            "note",
            "noting",
            "welcome",
            "acknowledge",
            "emphasize",
            "emphasise",
            "stress",
            "underline",
            "underscore",
            "express",
            "decide",
            "request",
            "invite",
            "urge",
            "encourage",
            "call",
            "upon",
            "commit",
            "committed",
            "affirm",
            "declare",
            "resolve",
            "agree",
            "consider",
            "endorse",
            "support",
            "appreciate",
            "bear",
            "bearing",
            "mind",
            "mindful",
            "aware",
            "concern",
            "concerned",
            "convinced",
            "determined",
            "deeply",
            "also",
            "further",
            "take",
            "taking",
            "highlight",
            "acknowledging",
            "believe",
            "remain",
            "continue",
            "reaffirming",
            "recalling");

    private static final Map<String, Set<String>> STOPS = new ConcurrentHashMap<>();

    private final Map<String, SnowballStemmer> stemmers = new HashMap<>();
    private final Map<String, Map<String, String>> stems = new HashMap<>();

    /**
     * The words of a text: their stems, the [start, end) of each in the text, and whether each is a
     * content word (not a stopword, nor a word every resolution opens with).
     */
    @SuppressWarnings("ArrayRecordComponent") // never compared or hashed: the parallel arrays of one text's words
    record Tokens(String[] stems, int[] starts, int[] ends, boolean[] content) {
        int size() {
            return stems.length;
        }
    }

    /** True when a language has a stemmer (else words are compared as written, accents aside). */
    static boolean stems(String language) {
        return language != null && STEMMERS.containsKey(language);
    }

    /** The words of {@code text}, stemmed for {@code language} (null: {@link #DEFAULT_LANGUAGE}). */
    Tokens of(String text, String language) {
        String lang = language == null ? DEFAULT_LANGUAGE : language;
        int n = text.length();
        Set<String> stop = stopwords(lang);
        String[] out = new String[Math.max(4, n / 5)];
        int[] starts = new int[out.length];
        int[] ends = new int[out.length];
        boolean[] content = new boolean[out.length];
        int count = 0;
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            if (isIdeograph(cp)) {
                i += Character.charCount(cp);
            } else {
                while (i < n) {
                    int c = text.codePointAt(i);
                    if (!isWordChar(c) || isIdeograph(c)) {
                        break;
                    }
                    i += Character.charCount(c);
                }
            }
            if (count == out.length) {
                out = Arrays.copyOf(out, count * 2);
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
                content = Arrays.copyOf(content, count * 2);
            }
            String word = text.substring(start, i);
            out[count] = stem(word, lang);
            content[count] = !stop.contains(out[count]) && !stop.contains(fold(word));
            starts[count] = start;
            ends[count] = i;
            count++;
        }
        return new Tokens(
                Arrays.copyOf(out, count),
                Arrays.copyOf(starts, count),
                Arrays.copyOf(ends, count),
                Arrays.copyOf(content, count));
    }

    /**
     * A language's stopwords, folded, with (for English) the words resolutions open with, as
     * written and as stems.
     */
    static Set<String> stopwords(String language) {
        return STOPS.computeIfAbsent(language, AgreedWords::loadStopwords);
    }

    private static Set<String> loadStopwords(String language) {
        Set<String> out = new HashSet<>();
        String resource = STOP_LISTS.get(language);
        if (resource != null) {
            try (InputStream in = SnowballStemmer.class.getClassLoader().getResourceAsStream(resource)) {
                if (in != null) {
                    for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                        String word = line.replaceFirst("[|#].*", "").strip();
                        if (!word.isEmpty() && !word.contains(" ")) {
                            out.add(fold(word));
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (language.equals("en")) {
            SnowballStemmer stemmer = new EnglishStemmer();
            for (String w : DRAFTING_WORDS_EN) {
                out.add(w);
                stemmer.setCurrent(w);
                stemmer.stem();
                out.add(stemmer.getCurrent());
            }
        }
        // stems of stopwords too, since a stopword's stem can differ from it ("has" -> "has", "being" -> "be")
        Supplier<SnowballStemmer> make = STEMMERS.get(language);
        if (make != null) {
            SnowballStemmer stemmer = make.get();
            for (String w : List.copyOf(out)) {
                if (w.length() > 2) {
                    stemmer.setCurrent(w);
                    stemmer.stem();
                    out.add(stemmer.getCurrent());
                }
            }
        }
        return Set.copyOf(out);
    }

    /** The number of words of a text, as {@link #of} counts them, without stemming. */
    static int count(String text) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean word = isWordChar(cp);
            if (word && (isIdeograph(cp) || !inWord)) {
                n++;
            }
            inWord = word && !isIdeograph(cp);
            i += Character.charCount(cp);
        }
        return n;
    }

    private String stem(String word, String language) {
        Map<String, String> cache = stems.computeIfAbsent(language, k -> new HashMap<>());
        String done = cache.get(word);
        if (done != null) {
            return done;
        }
        String plain = fold(word);
        Supplier<SnowballStemmer> make = STEMMERS.get(language);
        String stem = plain;
        if (make != null && plain.length() > 2) {
            SnowballStemmer s = stemmers.computeIfAbsent(language, k -> make.get());
            s.setCurrent(plain);
            s.stem();
            stem = s.getCurrent();
        }
        if (cache.size() < 200_000) {
            cache.put(word, stem);
        }
        return stem;
    }

    /** Lower case without accents. */
    static String fold(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (int k = 0; k < lower.length(); k++) {
            if (lower.charAt(k) >= 0x80) {
                return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD))
                        .replaceAll("");
            }
        }
        return lower;
    }

    private static boolean isWordChar(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
        }
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp)
                || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isIdeograph(int cp) {
        if (cp < 0x2E80) {
            return false;
        }
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN
                || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA;
    }
}
