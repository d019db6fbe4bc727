package org.penholder.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every message of the English base files is in each of the five other languages of the United
 * Nations, with the same places to fill ({0}, {1} ...), as a pattern that parses, and with every
 * plural form the language has (Russian one/few/many, Arabic zero/one/two/few/many).
 */
class TranslationsTest {

    /** The languages the interface and the documents must speak, besides English. */
    static final List<String> REQUIRED = List.of("fr", "es", "ar", "ru", "zh");

    static List<Arguments> bundles() {
        List<Arguments> out = new ArrayList<>();
        for (String bundle : List.of(MessageBundle.INTERFACE, DocumentWords.BUNDLE)) {
            for (String language : REQUIRED) {
                out.add(Arguments.of(bundle, language));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("bundles")
    void everyKeyIsTranslatedWithTheSamePlaces(String bundle, String language) throws IOException {
        Properties english = read(bundle, null);
        Properties translated = read(bundle, language);
        List<String> problems = new ArrayList<>();
        if (translated == null) {
            problems.add("no file " + file(bundle, language));
        } else {
            Set<String> plural =
                    PluralRules.forLocale(Locale.forLanguageTag(language)).getKeywords();
            for (String key : new TreeSet<>(english.stringPropertyNames())) {
                String pattern = translated.getProperty(key);
                if (pattern == null) {
                    problems.add(key + ": missing");
                    continue;
                }
                try {
                    Shape want = Shape.of(english.getProperty(key));
                    Shape got = Shape.of(pattern);
                    if (!want.places.equals(got.places)) {
                        problems.add(key + ": places " + got.places + ", English has " + want.places);
                    }
                    for (var e : got.pluralKeywords.entrySet()) {
                        if (!e.getValue().containsAll(plural)) {
                            problems.add(key + ": plural {" + e.getKey() + "} has " + e.getValue()
                                    + ", the language needs " + new TreeSet<>(plural));
                        }
                    }
                } catch (IllegalArgumentException e) {
                    problems.add(key + ": not a message pattern (" + e.getMessage() + ")");
                }
            }
            for (String key : translated.stringPropertyNames()) {
                if (!english.containsKey(key)) {
                    problems.add(key + ": not in the English file (renamed or removed?)");
                }
            }
        }
        assertEquals(List.of(), problems, file(bundle, language));
    }

    /** The numbered places of a pattern, and the keywords each plural place has. */
    private record Shape(Set<String> places, TreeMap<String, Set<String>> pluralKeywords) {
        static Shape of(String pattern) {
            MessagePattern p = new MessagePattern(MessagePattern.ApostropheMode.DOUBLE_OPTIONAL);
            p.parse(pattern);
            Set<String> places = new TreeSet<>();
            TreeMap<String, Set<String>> plurals = new TreeMap<>();
            String pluralArg = null;
            for (int i = 0; i < p.countParts(); i++) {
                MessagePattern.Part part = p.getPart(i);
                switch (part.getType()) {
                    case ARG_NUMBER, ARG_NAME -> {
                        String name = p.getSubstring(part);
                        places.add(name);
                        if (p.getPart(i - 1).getArgType() == MessagePattern.ArgType.PLURAL) {
                            pluralArg = name;
                        }
                    }
                    case ARG_SELECTOR -> {
                        if (pluralArg != null) {
                            String keyword = p.getSubstring(part);
                            if (!keyword.startsWith("=")) {
                                plurals.computeIfAbsent(pluralArg, k -> new TreeSet<>())
                                        .add(keyword);
                            }
                        }
                    }
                    case ARG_LIMIT -> {
                        if (part.getArgType() == MessagePattern.ArgType.PLURAL) {
                            pluralArg = null;
                        }
                    }
                    default -> {}
                }
            }
            return new Shape(places, plurals);
        }
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {MessageBundle.INTERFACE, DocumentWords.BUNDLE})
    void frenchPunctuationKeepsItsNoBreakSpaces(String bundle) throws IOException {
        // docs/i18n/glossary-fr.md: a no-break space before : ; ? ! and inside « », or a line ends
        // between the word and its mark
        Properties french = read(bundle, "fr");
        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(french.stringPropertyNames())) {
            String words = french.getProperty(key);
            if (words.matches("(?s).* [:;?!].*") || words.contains("« ") || words.contains(" »")) {
                problems.add(key + "=" + words);
            }
        }
        assertEquals(List.of(), problems, "a plain space where French puts a no-break space");
    }

    private static String file(String bundle, String language) {
        return bundle.replace('.', '/') + (language == null ? "" : "_" + language) + ".properties";
    }

    private static Properties read(String bundle, String language) throws IOException {
        try (InputStream in = TranslationsTest.class.getClassLoader().getResourceAsStream(file(bundle, language))) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }
}
