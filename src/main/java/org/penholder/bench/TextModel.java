package org.penholder.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Plausible text in one language: a word-bigram chain learned from a sample of real or realistic
 * text, so that generated inputs have the vocabulary and word frequencies of the sample.
 */
final class TextModel {

    private final String language;
    private final boolean spaced;
    private final Map<String, List<String>> next = new HashMap<>();
    private final List<String> starts = new ArrayList<>();
    private final List<String> words = new ArrayList<>();

    private TextModel(String language, String sample, boolean spaced) {
        this.language = language;
        this.spaced = spaced;
        String previous = null;
        for (String token : sample.strip().split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            words.add(token);
            if (previous == null || endsSentence(previous)) {
                starts.add(token);
            }
            if (previous != null) {
                next.computeIfAbsent(previous, k -> new ArrayList<>()).add(token);
            }
            previous = token;
        }
    }

    static TextModel of(String language, String sample) {
        return new TextModel(language, sample, !language.equals("zh"));
    }

    static TextModel fromResource(String language) {
        try (InputStream in = TextModel.class.getResourceAsStream("corpus-" + language + ".txt")) {
            if (in == null) {
                throw new IllegalStateException("no text sample for " + language);
            }
            return of(language, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String language() {
        return language;
    }

    /** About {@code count} words, in whole sentences. */
    String text(int count, SplittableRandom random) {
        StringBuilder out = new StringBuilder(count * 7);
        int n = 0;
        String word = pick(starts, random);
        while (true) {
            if (n > 0 && spaced) {
                out.append(' ');
            }
            out.append(word);
            n++;
            if (endsSentence(word) && n >= count) {
                return out.toString();
            }
            List<String> options = endsSentence(word) ? starts : next.get(word);
            word = options == null || options.isEmpty() ? pick(words, random) : pick(options, random);
            if (n > count * 3) {
                out.append(spaced ? "." : "。");
                return out.toString();
            }
        }
    }

    private static boolean endsSentence(String token) {
        char last = token.charAt(token.length() - 1);
        return last == '.' || last == '。' || last == '?' || last == '!';
    }

    private static String pick(List<String> list, SplittableRandom random) {
        return list.get(random.nextInt(list.size()));
    }
}
