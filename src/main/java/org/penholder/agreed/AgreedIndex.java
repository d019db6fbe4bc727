package org.penholder.agreed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.penholder.model.AdoptedParagraph;

/**
 * The library's paragraphs as numbered words, and every run of three words (a trigram of stems)
 * with the paragraphs holding it: what tracing looks a draft paragraph's wording up in
 * (docs/adr/0150). Built in memory from the stored paragraphs; tracing then never touches the
 * project file. Immutable once built, so any thread may trace with it.
 */
final class AgreedIndex {

    /** Words in a run: shorter shared runs are never counted as reuse. */
    static final int GRAM = 3;

    /** Ids of words: below this many distinct words a trigram's three ids pack into a long exactly. */
    private static final int PACKED_WORDS = 1 << 21;

    private final Map<String, Integer> dictionary;
    private final AdoptedParagraph[] paragraphs;
    private final String[] languages;
    private final int[][] words;
    /** Distinct trigram keys, ascending; the paragraphs holding keys[k] are postings[offsets[k] .. offsets[k + 1]). */
    private final long[] keys;

    private final int[] offsets;
    private final int[] postings;
    private final String mainLanguage;
    private final int languageCount;
    private final String version;

    private AgreedIndex(
            Map<String, Integer> dictionary,
            AdoptedParagraph[] paragraphs,
            String[] languages,
            int[][] words,
            long[] keys,
            int[] offsets,
            int[] postings,
            String mainLanguage,
            String version) {
        this.dictionary = dictionary;
        this.paragraphs = paragraphs;
        this.languages = languages;
        this.words = words;
        this.keys = keys;
        this.offsets = offsets;
        this.postings = postings;
        this.mainLanguage = mainLanguage;
        this.languageCount = (int) Arrays.stream(languages).distinct().count();
        this.version = version;
    }

    /** Collects the library's paragraphs, then builds the index of them. */
    static final class Builder {
        private final AgreedWords tokenizer = new AgreedWords();
        private final Map<String, Integer> dictionary = new HashMap<>();
        private final Map<String, Integer> languageCounts = new HashMap<>();
        private final List<AdoptedParagraph> paragraphs = new ArrayList<>();
        private final List<String> languages = new ArrayList<>();
        private final List<int[]> words = new ArrayList<>();

        /** Adds a paragraph of a text in {@code language} (null when unknown). */
        void add(AdoptedParagraph paragraph, String language) {
            String lang = AgreedWords.stems(language) ? language : null;
            AgreedWords.Tokens t = tokenizer.of(paragraph.text(), lang);
            int[] w = new int[t.size()];
            for (int k = 0; k < w.length; k++) {
                w[k] = dictionary.computeIfAbsent(t.stems()[k], s -> dictionary.size());
            }
            paragraphs.add(paragraph);
            languages.add(lang);
            words.add(w);
            if (language != null) {
                languageCounts.merge(language, w.length, Integer::sum);
            }
        }

        AgreedIndex build(String version) {
            int n = paragraphs.size();
            boolean packed = dictionary.size() < PACKED_WORDS;
            long total = 0;
            long[][] perParagraph = new long[n][];
            for (int p = 0; p < n; p++) {
                long[] g = grams(words.get(p), packed);
                Arrays.sort(g);
                int distinct = 0;
                for (int k = 0; k < g.length; k++) {
                    if (distinct == 0 || g[k] != g[distinct - 1]) {
                        g[distinct++] = g[k];
                    }
                }
                perParagraph[p] = Arrays.copyOf(g, distinct);
                total += distinct;
            }
            if (total > Integer.MAX_VALUE - 16) {
                throw new IllegalStateException("the library of adopted texts is too large to index");
            }
            long[] all = new long[(int) total];
            int at = 0;
            for (long[] g : perParagraph) {
                System.arraycopy(g, 0, all, at, g.length);
                at += g.length;
            }
            Arrays.parallelSort(all);
            int distinct = 0;
            for (int k = 0; k < all.length; k++) {
                if (distinct == 0 || all[k] != all[distinct - 1]) {
                    all[distinct++] = all[k];
                }
            }
            long[] keys = Arrays.copyOf(all, distinct);
            int[] counts = new int[distinct + 1];
            int[] slot = new int[n == 0 ? 0 : (int) total];
            at = 0;
            for (long[] g : perParagraph) {
                for (long key : g) {
                    int k = Arrays.binarySearch(keys, key);
                    counts[k + 1]++;
                    slot[at++] = k;
                }
            }
            for (int k = 0; k < distinct; k++) {
                counts[k + 1] += counts[k];
            }
            int[] offsets = counts.clone();
            int[] fill = Arrays.copyOf(counts, distinct);
            int[] postings = new int[(int) total];
            at = 0;
            for (int p = 0; p < n; p++) {
                for (int j = 0; j < perParagraph[p].length; j++) {
                    postings[fill[slot[at++]]++] = p;
                }
            }
            String main = languageCounts.entrySet().stream()
                    .max(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey)
                    .orElse(null);
            return new AgreedIndex(
                    Map.copyOf(dictionary),
                    paragraphs.toArray(AdoptedParagraph[]::new),
                    languages.toArray(String[]::new),
                    words.toArray(int[][]::new),
                    keys,
                    offsets,
                    postings,
                    main,
                    version);
        }
    }

    /** The trigram keys of a paragraph's words, one per position (a key of -1 where a word is unknown). */
    static long[] grams(int[] w, boolean packed) {
        int count = Math.max(0, w.length - GRAM + 1);
        long[] out = new long[count];
        for (int i = 0; i < count; i++) {
            out[i] = key(w[i], w[i + 1], w[i + 2], packed);
        }
        return out;
    }

    private static long key(int a, int b, int c, boolean packed) {
        if (a < 0 || b < 0 || c < 0) {
            return -1;
        }
        if (packed) {
            return ((long) a << 42) | ((long) b << 21) | c;
        }
        long h = (a * 0x9E3779B97F4A7C15L + b) * 0xC2B2AE3D27D4EB4FL + c;
        h ^= h >>> 31;
        h *= 0xBF58476D1CE4E5B9L;
        return (h ^ (h >>> 29)) & Long.MAX_VALUE;
    }

    boolean packed() {
        return dictionary.size() < PACKED_WORDS;
    }

    /** The mark of the library this index was built from. */
    String version() {
        return version;
    }

    int size() {
        return paragraphs.length;
    }

    AdoptedParagraph paragraph(int p) {
        return paragraphs[p];
    }

    String language(int p) {
        return languages[p];
    }

    int[] words(int p) {
        return words[p];
    }

    /** The language most of the library is written in (by words), or null. */
    String mainLanguage() {
        return mainLanguage;
    }

    /** How many languages the library's texts are in (unknown counting as one). */
    int languages() {
        return languageCount;
    }

    /** True when some paragraph of the library is in this language. */
    boolean hasLanguage(String language) {
        for (String l : languages) {
            if (language.equals(l)) {
                return true;
            }
        }
        return false;
    }

    /** The ids of a text's stems in this index's dictionary; words it has never seen get distinct negative ids. */
    int[] ids(AgreedWords.Tokens t) {
        int[] out = new int[t.size()];
        for (int k = 0; k < out.length; k++) {
            Integer id = dictionary.get(t.stems()[k]);
            out[k] = id == null ? -1 - k : id;
        }
        return out;
    }

    /** The slot of a trigram key, or -1 when no paragraph holds it. */
    int find(long key) {
        if (key < 0) {
            return -1;
        }
        int k = Arrays.binarySearch(keys, key);
        return k < 0 ? -1 : k;
    }

    /** How many paragraphs hold the trigram in slot {@code k}. */
    int documentFrequency(int k) {
        return offsets[k + 1] - offsets[k];
    }

    int postingsStart(int k) {
        return offsets[k];
    }

    int postingsEnd(int k) {
        return offsets[k + 1];
    }

    int posting(int at) {
        return postings[at];
    }

    /** Memory the index holds, roughly, in bytes (for the bench). */
    long bytes() {
        long b = keys.length * 8L + offsets.length * 4L + postings.length * 4L;
        for (int[] w : words) {
            b += 16 + w.length * 4L;
        }
        for (AdoptedParagraph p : paragraphs) {
            b += 96 + p.text().length();
        }
        return b + dictionary.size() * 64L;
    }
}
