package org.penholder.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A small, honest guess at the language of a text, as an ISO 639-1 code. It looks at the writing
 * system first: Arabic script is taken for Arabic, Cyrillic for Russian, Han for Chinese (Japanese
 * when kana appear), Hangul for Korean, Greek and Hebrew for themselves. For Latin script it counts
 * common short words of English, French, Spanish, Portuguese and German.
 *
 * <p>What it cannot do: tell Persian or Urdu from Arabic, Ukrainian or Serbian from Russian, any
 * Latin-script language outside those five (it answers "unknown"), or a text too short to show
 * its common words. A person can always set the language by hand.
 */
public final class LanguageDetector {

    /** Letters looked at; the start of a text says its language as well as the whole. */
    private static final int SAMPLE = 20_000;

    private static final Map<String, Set<String>> STOPWORDS = Map.of(
            "en",
                    Set.of(
                            "the", "and", "of", "to", "in", "is", "that", "for", "with", "are", "on", "as", "be", "by",
                            "this", "we", "it", "from", "which", "should", "their", "its", "have", "has", "an", "or",
                            "all"),
            "fr",
                    Set.of(
                            "le", "la", "les", "des", "et", "du", "un", "une", "dans", "pour", "que", "qui", "est",
                            "sur", "au", "aux", "par", "nous", "avec", "ce", "ces", "sont", "ou", "leur", "pas",
                            "plus"),
            "es",
                    Set.of(
                            "el", "la", "los", "las", "de", "del", "y", "en", "que", "un", "una", "por", "para", "con",
                            "es", "su", "sus", "se", "al", "lo", "como", "más", "son", "entre", "sobre", "también"),
            "pt",
                    Set.of(
                            "o", "os", "da", "do", "das", "dos", "e", "em", "que", "um", "uma", "para", "com", "não",
                            "na", "no", "nas", "nos", "ao", "pela", "pelo", "são", "mais", "como", "sua", "seu"),
            "de",
                    Set.of(
                            "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "zu", "den", "von", "mit",
                            "sich", "des", "auf", "für", "im", "dem", "auch", "es", "wir", "werden", "sind", "bei",
                            "einer"));

    private LanguageDetector() {}

    /** The language's ISO 639-1 code, or empty when the guess would be a coin toss. */
    public static Optional<String> detect(String text) {
        Map<Character.UnicodeScript, Integer> scripts = new HashMap<>();
        int letters = 0;
        int kana = 0;
        int end = Math.min(text.length(), SAMPLE);
        for (int i = 0; i < end; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            letters++;
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            if (s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA) {
                kana++;
                s = Character.UnicodeScript.HAN;
            }
            scripts.merge(s, 1, Integer::sum);
        }
        if (letters < 2) {
            return Optional.empty();
        }
        Character.UnicodeScript main = scripts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();
        // Latin letters (acronyms, URLs) are common in texts of any script; another script
        // holding a fifth of the letters says more than they do
        if (main == Character.UnicodeScript.LATIN) {
            for (var e : scripts.entrySet()) {
                if (e.getKey() != Character.UnicodeScript.LATIN && e.getValue() * 5 >= letters) {
                    main = e.getKey();
                }
            }
        }
        return switch (main) {
            case HAN -> Optional.of(kana * 20 >= scripts.get(Character.UnicodeScript.HAN) ? "ja" : "zh");
            case HANGUL -> Optional.of("ko");
            case ARABIC -> Optional.of("ar");
            case CYRILLIC -> Optional.of("ru");
            case GREEK -> Optional.of("el");
            case HEBREW -> Optional.of("he");
            case LATIN -> latin(text.substring(0, end));
            default -> Optional.empty();
        };
    }

    private static Optional<String> latin(String text) {
        Map<String, Integer> hits = new HashMap<>();
        int words = 0;
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.isEmpty()) {
                continue;
            }
            words++;
            for (var e : STOPWORDS.entrySet()) {
                if (e.getValue().contains(w)) {
                    hits.merge(e.getKey(), 1, Integer::sum);
                }
            }
        }
        var ranked = hits.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .toList();
        if (ranked.isEmpty()) {
            return Optional.empty();
        }
        int best = ranked.get(0).getValue();
        int second = ranked.size() > 1 ? ranked.get(1).getValue() : 0;
        // at least a few common words, and clearly more of them than of the runner-up
        boolean sure = best >= 3 && best * 10 >= words && best >= second * 1.3;
        return sure ? Optional.of(ranked.get(0).getKey()) : Optional.empty();
    }

    /** The English name of a language code: "fr" -> "French"; the code itself when unknown. */
    public static String displayName(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() ? code : name;
    }

    /** The stopwords of a language (empty when it has none here), for building queries from prose. */
    public static Set<String> stopwords(String code) {
        return STOPWORDS.getOrDefault(code, Set.of());
    }
}
