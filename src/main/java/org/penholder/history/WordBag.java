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

        /** Lower-cased ids of tokens as written, so that a word seen before is not lower-cased again. */
        private final Map<String, Integer> seen = new HashMap<>();

        WordBag bag(String text) {
            return bag(WordDiff.tokens(text == null ? "" : text));
        }

        WordBag bag(List<String> tokens) {
            int[] out = new int[tokens.size()];
            int n = 0;
            for (String t : tokens) {
                if (Character.isLetterOrDigit(t.codePointAt(0))) {
                    Integer id = seen.get(t);
                    if (id == null) {
                        id = ids.computeIfAbsent(t.toLowerCase(Locale.ROOT), k -> ids.size());
                        seen.put(t, id);
                    }
                    out[n++] = id;
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
        return dice(other, common(other));
    }

    /** Share of this bag's words found in {@code other}. */
    double containedIn(WordBag other) {
        return size() == 0 ? 0.0 : (double) common(other) / size();
    }

    /**
     * Many bags indexed by word, so that one bag's common words with each of them are counted in one
     * pass over the words they share instead of one merge per pair; the counts are exactly
     * {@link #common}.
     */
    static final class Index {
        private final int bags;
        /** For each word id, the bags holding it and how often, as pairs (bag, count). */
        private final int[][] postings;

        private final int[] lengths;

        Index(List<WordBag> bags) {
            this.bags = bags.size();
            int words = 0;
            for (WordBag b : bags) {
                if (b.words.length > 0) {
                    words = Math.max(words, b.words[b.words.length - 1] + 1);
                }
            }
            postings = new int[words][];
            lengths = new int[words];
            for (int k = 0; k < bags.size(); k++) {
                int[] w = bags.get(k).words;
                for (int s = 0; s < w.length; ) {
                    int e = s;
                    while (e < w.length && w[e] == w[s]) {
                        e++;
                    }
                    add(w[s], k, e - s);
                    s = e;
                }
            }
        }

        private void add(int word, int bag, int count) {
            int[] p = postings[word];
            int n = lengths[word];
            if (p == null) {
                p = new int[4];
            } else if (n + 2 > p.length) {
                p = Arrays.copyOf(p, p.length * 2);
            }
            p[n] = bag;
            p[n + 1] = count;
            postings[word] = p;
            lengths[word] = n + 2;
        }

        /** For each indexed bag (in the order given), the number of words it has in common with {@code bag}. */
        int[] common(WordBag bag) {
            int[] out = new int[bags];
            int[] w = bag.words;
            for (int s = 0; s < w.length; ) {
                int e = s;
                while (e < w.length && w[e] == w[s]) {
                    e++;
                }
                if (w[s] < postings.length && postings[w[s]] != null) {
                    int[] p = postings[w[s]];
                    int count = e - s;
                    for (int x = 0, n = lengths[w[s]]; x < n; x += 2) {
                        out[p[x]] += Math.min(count, p[x + 1]);
                    }
                }
                s = e;
            }
            return out;
        }
    }

    /** Dice coefficient from a count of common words (see {@link #dice}). */
    double dice(WordBag other, int common) {
        int total = size() + other.size();
        return total == 0 ? 1.0 : 2.0 * common / total;
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
