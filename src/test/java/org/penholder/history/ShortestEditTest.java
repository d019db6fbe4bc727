package org.penholder.history;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The word diff keeps exactly the words java-diff-utils' Myers diff keeps: where two equally short
 * edits exist (repeated words, spaces, punctuation) a delegation must see the same redline as before.
 */
class ShortestEditTest {

    /** The pairs java-diff-utils keeps, read off the gaps between its deltas. */
    private static int[] keptByLibrary(int[] a, int[] b) {
        List<Integer> x = Arrays.stream(a).boxed().toList();
        List<Integer> y = Arrays.stream(b).boxed().toList();
        Patch<Integer> patch = DiffUtils.diff(x, y);
        List<Integer> out = new ArrayList<>();
        int ia = 0;
        int ib = 0;
        for (AbstractDelta<Integer> d : patch.getDeltas()) {
            int at = d.getSource().getPosition();
            for (; ia < at; ia++, ib++) {
                out.add(ia);
                out.add(ib);
            }
            ia = at + d.getSource().size();
            ib = d.getTarget().getPosition() + d.getTarget().size();
        }
        for (; ia < a.length; ia++, ib++) {
            out.add(ia);
            out.add(ib);
        }
        assertEquals(b.length, ib);
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int[] random(Random r, int length, int alphabet) {
        int[] out = new int[length];
        for (int k = 0; k < length; k++) {
            out[k] = r.nextInt(alphabet);
        }
        return out;
    }

    /** An edited copy: some tokens dropped, changed or added, as a revision does to a paragraph. */
    private static int[] edited(Random r, int[] a, int alphabet, double rate) {
        List<Integer> out = new ArrayList<>();
        for (int t : a) {
            double p = r.nextDouble();
            if (p < rate / 3) {
                // dropped
            } else if (p < 2 * rate / 3) {
                out.add(r.nextInt(alphabet));
            } else {
                out.add(t);
                if (p > 1 - rate / 3) {
                    out.add(r.nextInt(alphabet));
                }
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    @Test
    void keepsWhatTheLibraryKeepsOnRandomSequences() {
        Random r = new Random(20251216);
        for (int round = 0; round < 5000; round++) {
            int alphabet = 1 + r.nextInt(round % 3 == 0 ? 3 : 40);
            int[] a = random(r, r.nextInt(round % 10 == 0 ? 200 : 25), alphabet);
            // lengths far apart too: the search then leaves the grid on one side early
            int[] b = r.nextBoolean()
                    ? random(r, r.nextInt(round % 7 == 0 ? 150 : 25), alphabet)
                    : edited(r, a, alphabet, r.nextDouble());
            assertArrayEquals(
                    keptByLibrary(a, b),
                    ShortestEdit.kept(a, b),
                    () -> Arrays.toString(a) + " -> " + Arrays.toString(b));
        }
    }

    @Test
    void handlesEmptyAndEqualSequences() {
        assertArrayEquals(new int[0], ShortestEdit.kept(new int[0], new int[0]));
        assertArrayEquals(new int[0], ShortestEdit.kept(new int[] {1, 2}, new int[0]));
        assertArrayEquals(new int[0], ShortestEdit.kept(new int[0], new int[] {1, 2}));
        assertArrayEquals(new int[] {0, 0, 1, 1}, ShortestEdit.kept(new int[] {1, 2}, new int[] {1, 2}));
        // an added repeat goes after the kept word, as java-diff-utils puts it
        assertArrayEquals(new int[] {0, 0}, ShortestEdit.kept(new int[] {7}, new int[] {7, 7}));
    }

    @Test
    void keptPairsAreEqualAndInOrder() {
        Random r = new Random(7);
        int[] a = random(r, 300, 5);
        int[] b = edited(r, a, 5, 0.5);
        int[] kept = ShortestEdit.kept(a, b);
        for (int k = 0; k < kept.length; k += 2) {
            assertEquals(a[kept[k]], b[kept[k + 1]]);
            if (k > 0) {
                assertTrue(kept[k] > kept[k - 2] && kept[k + 1] > kept[k - 1]);
            }
        }
    }
}
