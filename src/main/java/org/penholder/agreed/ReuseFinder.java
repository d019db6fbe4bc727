package org.penholder.agreed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the library paragraphs whose wording one paragraph reuses (docs/adr/0150): candidates are
 * the paragraphs sharing the most weight of its word trigrams; each candidate is then tiled against
 * it (Greedy String Tiling: the longest shared run of words first, then the longest among what is
 * left, down to three words); tiles close together in both texts form a passage, and a passage
 * counts as reuse only when it is long enough and not made only of phrases common in the library.
 *
 * <p>Holds scratch space sized to the library: one instance per thread.
 */
final class ReuseFinder {

    /** A passage counts only with at least this many shared words ... */
    static final int MIN_WORDS = 5;
    /** ... of which this many are content words (not stopwords, not the verbs every resolution opens with) ... */
    static final int MIN_CONTENT_WORDS = 5;
    /** ... and this much weight: as many trigrams held by few paragraphs of the library. */
    static final double MIN_WEIGHT = 3.0;
    /**
     * Tiles in order in both texts belong to one passage when the words between them, in the two
     * texts together, are at most this many: a word or two put in, or changed ("shall" for "should").
     */
    static final int MAX_GAP = 3;
    /** A trigram held by at most this share of the library's paragraphs (or by two) weighs fully. */
    static final double RARE_SHARE = 0.001;
    /** Trigrams held by more than this share of the paragraphs do not propose candidates (they still weigh in passages). */
    static final double SCAN_SHARE = 0.01;
    /** Paragraphs compared in full with each traced paragraph, at most. */
    static final int MAX_CANDIDATES = 25;
    /** A candidate must share at least this weight of trigrams to be compared at all. */
    static final double CANDIDATE_WEIGHT = 2.0;

    private final AgreedIndex index;
    private final float[] score;
    private final int[] touched;
    /** Marks the paragraphs touched by the current trace, without clearing an array per trace. */
    private final int[] stamp;

    private int generation;
    private final double rare;
    private final int scanMax;

    /** A run of words shared by the traced paragraph (from {@code at}) and a library paragraph (from {@code sourceAt}). */
    record Tile(int at, int sourceAt, int length) {}

    /** A library paragraph (by its place in the index) and the tiles of the passages that count as reuse. */
    record Found(int paragraph, List<Tile> tiles, int words) {}

    ReuseFinder(AgreedIndex index) {
        this.index = index;
        this.score = new float[index.size()];
        this.touched = new int[index.size()];
        this.stamp = new int[index.size()];
        this.rare = Math.max(2.0, index.size() * RARE_SHARE);
        this.scanMax = (int) Math.max(50, index.size() * SCAN_SHARE);
    }

    /** How much a trigram held by {@code df} paragraphs says about reuse: 1 when rare, down to 0 when everywhere. */
    double weight(int df) {
        if (df <= 0) {
            return 0;
        }
        if (df <= rare) {
            return 1;
        }
        int n = index.size();
        double w = Math.log((double) n / df) / Math.log(n / rare);
        return Math.max(0, Math.min(1, w));
    }

    /**
     * The library paragraphs whose wording the words {@code q} (ids of {@link AgreedIndex#ids}) reuse,
     * most reused first; {@code content} tells which of the words are content words.
     */
    List<Found> find(int[] q, boolean[] content) {
        int m = q.length;
        if (m < AgreedIndex.GRAM || index.size() == 0) {
            return List.of();
        }
        long[] keys = AgreedIndex.grams(q, index.packed());
        int[] slot = new int[keys.length];
        double[] w = new double[keys.length];
        int touchedCount = 0;
        generation++;
        for (int i = 0; i < keys.length; i++) {
            slot[i] = index.find(keys[i]);
            if (slot[i] < 0) {
                continue;
            }
            int df = index.documentFrequency(slot[i]);
            // a run of stopwords ("and of the") says nothing, however rare
            w[i] = content[i] || content[i + 1] || content[i + 2] ? weight(df) : 0;
            if (df > scanMax) {
                continue;
            }
            for (int at = index.postingsStart(slot[i]), end = index.postingsEnd(slot[i]); at < end; at++) {
                int p = index.posting(at);
                if (stamp[p] != generation) {
                    stamp[p] = generation;
                    touched[touchedCount++] = p;
                }
                score[p] += (float) w[i];
            }
        }
        int[] candidates = best(touchedCount);
        for (int k = 0; k < touchedCount; k++) {
            score[touched[k]] = 0;
        }
        List<Found> out = new ArrayList<>();
        for (int c : candidates) {
            Found f = compare(q, content, keys, w, c);
            if (f != null) {
                out.add(f);
            }
        }
        out.sort(Comparator.comparingInt(Found::words).reversed().thenComparingInt(Found::paragraph));
        return out;
    }

    /** The touched paragraphs with enough weight, at most {@link #MAX_CANDIDATES}, best first (ties: first in the library). */
    private int[] best(int touchedCount) {
        int[] top = new int[MAX_CANDIDATES];
        int kept = 0;
        for (int k = 0; k < touchedCount; k++) {
            int p = touched[k];
            float s = score[p];
            if (s < CANDIDATE_WEIGHT || (kept == MAX_CANDIDATES && !better(p, top[kept - 1]))) {
                continue;
            }
            int at = kept == MAX_CANDIDATES ? kept - 1 : kept++;
            while (at > 0 && better(p, top[at - 1])) {
                top[at] = top[at - 1];
                at--;
            }
            top[at] = p;
        }
        return Arrays.copyOf(top, kept);
    }

    private boolean better(int a, int b) {
        return score[a] > score[b] || (score[a] == score[b] && a < b);
    }

    /** Tiles the traced words against one library paragraph; null when no passage counts. */
    private Found compare(int[] q, boolean[] content, long[] qKeys, double[] w, int paragraph) {
        int[] c = index.words(paragraph);
        List<Tile> tiles = tiles(q, qKeys, c);
        if (tiles.isEmpty()) {
            return null;
        }
        tiles.sort(Comparator.comparingInt(Tile::at));
        List<Tile> counted = new ArrayList<>();
        int words = 0;
        int from = 0;
        while (from < tiles.size()) {
            int to = from + 1;
            while (to < tiles.size() && close(tiles.get(to - 1), tiles.get(to))) {
                to++;
            }
            List<Tile> passage = tiles.subList(from, to);
            int length = 0;
            int contentWords = 0;
            double weight = 0;
            for (Tile t : passage) {
                length += t.length();
                for (int i = t.at(); i < t.at() + t.length(); i++) {
                    contentWords += content[i] ? 1 : 0;
                }
                for (int i = t.at(); i + AgreedIndex.GRAM <= t.at() + t.length(); i++) {
                    weight += w[i];
                }
            }
            if (length >= MIN_WORDS && contentWords >= MIN_CONTENT_WORDS && weight >= MIN_WEIGHT) {
                counted.addAll(passage);
                words += length;
            }
            from = to;
        }
        return counted.isEmpty() ? null : new Found(paragraph, List.copyOf(counted), words);
    }

    /** True when {@code b} follows {@code a} closely in both texts: one passage, with a few words put in or changed. */
    private static boolean close(Tile a, Tile b) {
        int gap = b.at() - (a.at() + a.length());
        int sourceGap = b.sourceAt() - (a.sourceAt() + a.length());
        return gap >= 0 && sourceGap >= 0 && gap + sourceGap <= MAX_GAP;
    }

    /**
     * Greedy String Tiling of {@code q} against {@code c}: repeatedly the longest run of equal words
     * that overlaps no tile taken, down to {@link AgreedIndex#GRAM} words. Runs start where a trigram
     * of {@code q} is found in {@code c}, looked up in a small table of {@code c}'s trigrams.
     */
    static List<Tile> tiles(int[] q, long[] qKeys, int[] c) {
        long[] cKeys = AgreedIndex.grams(c, true);
        int size = Integer.highestOneBit(Math.max(4, cKeys.length * 2)) << 1;
        long[] tableKeys = new long[size];
        int[] head = new int[size];
        Arrays.fill(head, -1);
        int[] next = new int[cKeys.length];
        // filled from the end, so that each key's chain lists its places in c from the first
        for (int j = cKeys.length - 1; j >= 0; j--) {
            int h = slot(cKeys[j], size);
            while (head[h] >= 0 && tableKeys[h] != cKeys[j]) {
                h = (h + 1) & (size - 1);
            }
            tableKeys[h] = cKeys[j];
            next[j] = head[h];
            head[h] = j;
        }
        // q's keys in the same packing as c's (exact ids), whatever the index uses
        long[] qk = AgreedIndex.grams(q, true);
        boolean[] usedQ = new boolean[q.length];
        boolean[] usedC = new boolean[c.length];
        List<Tile> out = new ArrayList<>();
        while (true) {
            int bestLength = AgreedIndex.GRAM - 1;
            int bestI = -1;
            int bestJ = -1;
            for (int i = 0; i < qk.length; i++) {
                if (usedQ[i] || qk[i] < 0) {
                    continue;
                }
                int h = slot(qk[i], size);
                while (head[h] >= 0 && tableKeys[h] != qk[i]) {
                    h = (h + 1) & (size - 1);
                }
                for (int j = head[h]; j >= 0; j = next[j]) {
                    if (usedC[j] || (i > 0 && j > 0 && q[i - 1] == c[j - 1] && !usedQ[i - 1] && !usedC[j - 1])) {
                        continue; // not the start of a run: the run is found from its start
                    }
                    int length = 0;
                    while (i + length < q.length
                            && j + length < c.length
                            && q[i + length] == c[j + length]
                            && !usedQ[i + length]
                            && !usedC[j + length]) {
                        length++;
                    }
                    if (length > bestLength) {
                        bestLength = length;
                        bestI = i;
                        bestJ = j;
                    }
                }
            }
            if (bestI < 0) {
                return out;
            }
            for (int k = 0; k < bestLength; k++) {
                usedQ[bestI + k] = true;
                usedC[bestJ + k] = true;
            }
            out.add(new Tile(bestI, bestJ, bestLength));
        }
    }

    private static int slot(long key, int size) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & (size - 1);
    }
}
