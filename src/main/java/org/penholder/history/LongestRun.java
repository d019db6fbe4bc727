package org.penholder.history;

/**
 * The longest run of values in increasing order within a sequence (not necessarily adjacent):
 * the paragraphs that kept their order; the others moved. Patience sorting, n log n.
 */
final class LongestRun {

    private LongestRun() {}

    /** Which places of {@code values} belong to one longest increasing run. */
    static boolean[] members(int[] values) {
        int n = values.length;
        int[] tailIndex = new int[n];
        int[] previous = new int[n];
        int length = 0;
        for (int k = 0; k < n; k++) {
            int lo = 0;
            int hi = length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (values[tailIndex[mid]] < values[k]) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            previous[k] = lo > 0 ? tailIndex[lo - 1] : -1;
            tailIndex[lo] = k;
            if (lo == length) {
                length++;
            }
        }
        boolean[] in = new boolean[n];
        for (int k = length > 0 ? tailIndex[length - 1] : -1; k >= 0; k = previous[k]) {
            in[k] = true;
        }
        return in;
    }
}
