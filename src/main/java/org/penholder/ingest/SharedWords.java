package org.penholder.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;
import java.util.function.LongSupplier;
import org.penholder.store.InputIndex;

/**
 * Finds, during one import, the inputs that share the most of a text's rare words: the
 * candidates for its near-identical twins. For each word it asks the word index once for the inputs
 * holding it and keeps the answer for the rest of the import, adding the inputs the import writes;
 * the files of an import share most of their long words, and reading a common word's entries in the
 * index costs as much as a query, so asking once per import rather than once per file is what keeps
 * a large import fast in a large project. Inputs score the sum of the weights of the words they hold
 * (rarer words weigh more); only whether a word occurs counts, not how often or where, which is all
 * that finding twins needs.
 */
final class SharedWords {

    /** At most this many input ids are kept (8 bytes each); the words used longest ago go first. */
    static final long MAX_KEPT = 2_000_000;

    private final InputIndex index;
    private final LongSupplier inputCount;
    private final long maxKept;
    private final Map<String, Ids> holding = new LinkedHashMap<>(256, 0.75f, true);
    private long kept;
    private long inputs = -1;

    SharedWords(InputIndex index, LongSupplier inputCount) {
        this(index, inputCount, MAX_KEPT);
    }

    SharedWords(InputIndex index, LongSupplier inputCount, long maxKept) {
        this.index = index;
        this.inputCount = inputCount;
        this.maxKept = maxKept;
    }

    /**
     * Of the given words, the {@code words} held by the fewest inputs (words no input holds are left
     * out); then, of the inputs that {@code fit}, the {@code limit} holding the greatest weight of
     * them, best first, ties oldest first. {@code fit} is asked only about inputs that would make the
     * list.
     */
    List<Long> holdingMost(List<String> candidates, int words, int limit, LongPredicate fit) {
        List<Ids> lists = new ArrayList<>();
        for (String w : candidates) {
            Ids ids = ids(w);
            if (ids.size > 0) {
                lists.add(ids);
            }
        }
        lists.sort(Comparator.comparingInt(ids -> ids.size));
        if (lists.size() > words) {
            lists = lists.subList(0, words);
        }
        if (inputs < 0) {
            inputs = inputCount.getAsLong();
        }
        double[] weights = new double[lists.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = Math.log(1.0 + (double) Math.max(inputs, lists.get(i).size) / lists.get(i).size);
        }
        return best(lists, weights, limit, fit);
    }

    /** Counts an input the import has just written, with the words it may be probed by. */
    void added(long id, Iterable<String> words) {
        if (inputs >= 0) {
            inputs++;
        }
        for (String w : words) {
            Ids ids = holding.get(w);
            if (ids != null) {
                ids.add(id);
                kept++;
            }
        }
        trim();
    }

    /** Forgets everything kept: the project changed in ways this import did not see. */
    void forget() {
        holding.clear();
        kept = 0;
        inputs = -1;
    }

    private Ids ids(String word) {
        Ids ids = holding.get(word);
        if (ids == null) {
            long[] found = index.holding(word);
            ids = new Ids(found);
            holding.put(word, ids);
            kept += found.length;
            trim();
        }
        return ids;
    }

    private void trim() {
        var eldest = holding.entrySet().iterator();
        while (kept > maxKept && holding.size() > 1 && eldest.hasNext()) {
            kept -= eldest.next().getValue().size;
            eldest.remove();
        }
    }

    /** The best-scoring ids of sorted lists, walked together: each id is scored once. */
    private static List<Long> best(List<Ids> lists, double[] weights, int limit, LongPredicate fit) {
        int n = lists.size();
        long[][] ids = new long[n][];
        int[] size = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = lists.get(i).ids;
            size[i] = lists.get(i).size;
        }
        int[] at = new int[n];
        long[] topIds = new long[limit];
        double[] topScores = new double[limit];
        int found = 0;
        while (true) {
            long id = Long.MAX_VALUE;
            for (int i = 0; i < n; i++) {
                if (at[i] < size[i] && ids[i][at[i]] < id) {
                    id = ids[i][at[i]];
                }
            }
            if (id == Long.MAX_VALUE) {
                break;
            }
            double score = 0;
            for (int i = 0; i < n; i++) {
                if (at[i] < size[i] && ids[i][at[i]] == id) {
                    score += weights[i];
                    at[i]++;
                }
            }
            // ids come in ascending order, so an equal score never displaces an older input
            if ((found == limit && topScores[limit - 1] >= score) || !fit.test(id)) {
                continue;
            }
            int place = found;
            while (place > 0 && topScores[place - 1] < score) {
                place--;
            }
            int end = Math.min(found, limit - 1);
            System.arraycopy(topIds, place, topIds, place + 1, end - place);
            System.arraycopy(topScores, place, topScores, place + 1, end - place);
            topIds[place] = id;
            topScores[place] = score;
            found = Math.min(found + 1, limit);
        }
        List<Long> out = new ArrayList<>(found);
        for (int i = 0; i < found; i++) {
            out.add(topIds[i]);
        }
        return out;
    }

    /** The ids of the inputs holding one word, ascending. */
    private static final class Ids {
        long[] ids;
        int size;

        Ids(long[] ids) {
            this.ids = ids;
            this.size = ids.length;
        }

        void add(long id) {
            int at = Arrays.binarySearch(ids, 0, size, id);
            if (at >= 0) {
                return;
            }
            at = -at - 1; // new inputs take the next id: almost always the end
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, Math.max(8, size * 2));
            }
            System.arraycopy(ids, at, ids, at + 1, size - at);
            ids[at] = id;
            size++;
        }
    }
}
