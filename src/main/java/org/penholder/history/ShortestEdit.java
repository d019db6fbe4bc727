package org.penholder.history;

import java.util.Arrays;

/**
 * The tokens two sequences keep in common along a shortest edit script, by Myers' greedy
 * algorithm on arrays of numbers. It takes exactly the choices java-diff-utils' {@code MyersDiff}
 * takes (the same diagonal when two are equally far, the same first path to reach the end), so a
 * word diff keeps the same words as before; it only drops the linked path nodes and object
 * comparisons that made diffs of long, much changed paragraphs the slowest part of a compare.
 */
final class ShortestEdit {

    private ShortestEdit() {}

    /**
     * The kept pairs, in order, as a flat array {@code [i0, j0, i1, j1, ...]}: {@code a[i] == b[j]}
     * for each, and everything else is deleted from {@code a} or inserted from {@code b}.
     */
    static int[] kept(int[] a, int[] b) {
        int n = a.length;
        int m = b.length;
        int max = n + m + 1;
        int offset = max + 1;
        int[] v = new int[2 * max + 3];
        // furthest point reached on diagonal k after d edits (k from -d to d in steps of two), at
        // trace[d][(k + d) / 2]
        int[][] trace = new int[max][];
        v[offset + 1] = 0;
        for (int d = 0; d < max; d++) {
            int[] row = new int[d + 1];
            trace[d] = row;
            int slot = 0;
            for (int k = -d; k <= d; k += 2) {
                int at = offset + k;
                int i;
                if (k == -d || (k != d && v[at - 1] < v[at + 1])) {
                    i = v[at + 1];
                } else {
                    i = v[at - 1] + 1;
                }
                int j = i - k;
                while (i < n && j < m && a[i] == b[j]) {
                    i++;
                    j++;
                }
                v[at] = i;
                row[slot++] = i;
                if (i >= n && j >= m) {
                    return path(trace, d, k);
                }
            }
        }
        throw new IllegalStateException("no edit path");
    }

    /** Walks back from the end, collecting the runs of kept tokens (the snakes) in reverse. */
    private static int[] path(int[][] trace, int last, int lastK) {
        int[] out = new int[16];
        int size = 0;
        int k = lastK;
        for (int d = last; d >= 0; d--) {
            int end = at(trace, d, k);
            int start;
            int previousK;
            if (d == 0) {
                start = 0;
                previousK = k;
            } else if (k == -d || (k != d && at(trace, d - 1, k - 1) < at(trace, d - 1, k + 1))) {
                start = at(trace, d - 1, k + 1);
                previousK = k + 1;
            } else {
                start = at(trace, d - 1, k - 1) + 1;
                previousK = k - 1;
            }
            for (int i = end - 1; i >= start; i--) {
                if (size + 2 > out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                out[size++] = i - k;
                out[size++] = i;
            }
            k = previousK;
        }
        int[] kept = new int[size];
        for (int x = 0; x < size; x++) {
            kept[x] = out[size - 1 - x];
        }
        return kept;
    }

    private static int at(int[][] trace, int d, int k) {
        return trace[d][(k + d) / 2];
    }
}
