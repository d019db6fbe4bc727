package org.penholder.history;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words of a paragraph as a sorted multiset of small integers, so that two paragraphs can be
 * scored against each other in a few microseconds: alignment of documents from outside a project
 * tries many pairs before it runs the word diff on the few that match.
 */
final class WordBag {

    private final int[] words;

    private WordBag(int[] words) {
        this.words = words;
    }

    /** Gives each distinct word a number; one dictionary serves both sides of a compare. */
    static final class Dictionary {
        private final Map<String, Integer> ids = new HashMap<>();

        WordBag bag(String text) {
            List<String> tokens = WordDiff.tokens(text == null ? "" : text);
            int[] out = new int[tokens.size()];
            int n = 0;
            for (String t : tokens) {
                if (Character.isLetterOrDigit(t.codePointAt(0))) {
                    out[n++] = ids.computeIfAbsent(t.toLowerCase(Locale.ROOT), k -> ids.size());
                }
            }
            int[] words = Arrays.copyOf(out, n);
            Arrays.sort(words);
            return new WordBag(words);
        }
    }

    int size() {
        return words.length;
    }

    /** Number of words the two have in common, counted with repetition. */
    int common(WordBag other) {
        int i = 0;
        int j = 0;
        int n = 0;
        int[] a = words;
        int[] b = other.words;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                n++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    /** Dice coefficient: twice the common words over the words of both, 0 to 1. */
    double dice(WordBag other) {
        int total = size() + other.size();
        return total == 0 ? 1.0 : 2.0 * common(other) / total;
    }

    /** Share of this bag's words found in {@code other}. */
    double containedIn(WordBag other) {
        return size() == 0 ? 0.0 : (double) common(other) / size();
    }

    /** The union of several bags, as the words of paragraphs read together. */
    static WordBag join(List<WordBag> bags) {
        List<Integer> all = new ArrayList<>();
        for (WordBag b : bags) {
            for (int w : b.words) {
                all.add(w);
            }
        }
        int[] words = all.stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(words);
        return new WordBag(words);
    }
}
