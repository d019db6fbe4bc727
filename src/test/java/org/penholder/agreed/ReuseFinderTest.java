package org.penholder.agreed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The tiling against a plain Greedy String Tiling written as the algorithm is described, on random texts. */
class ReuseFinderTest {

    /** Greedy String Tiling by brute force: the longest unmarked common run (first in q, then in c), down to 3 words. */
    static List<ReuseFinder.Tile> reference(int[] q, int[] c) {
        boolean[] usedQ = new boolean[q.length];
        boolean[] usedC = new boolean[c.length];
        List<ReuseFinder.Tile> out = new ArrayList<>();
        while (true) {
            int best = 2;
            int bi = -1;
            int bj = -1;
            for (int i = 0; i < q.length; i++) {
                for (int j = 0; j < c.length; j++) {
                    int k = 0;
                    while (i + k < q.length
                            && j + k < c.length
                            && q[i + k] == c[j + k]
                            && !usedQ[i + k]
                            && !usedC[j + k]) {
                        k++;
                    }
                    if (k > best) {
                        best = k;
                        bi = i;
                        bj = j;
                    }
                }
            }
            if (bi < 0) {
                return out;
            }
            for (int k = 0; k < best; k++) {
                usedQ[bi + k] = true;
                usedC[bj + k] = true;
            }
            out.add(new ReuseFinder.Tile(bi, bj, best));
        }
    }

    @Test
    void tilesAreThoseOfGreedyStringTiling() {
        SplittableRandom random = new SplittableRandom(42);
        for (int round = 0; round < 3000; round++) {
            int vocabulary = 3 + random.nextInt(12);
            int[] c = words(random, 5 + random.nextInt(60), vocabulary);
            int[] q = random.nextBoolean()
                    ? words(random, 5 + random.nextInt(60), vocabulary)
                    : edited(random, c, vocabulary);
            List<ReuseFinder.Tile> tiles = ReuseFinder.tiles(q, AgreedIndex.grams(q, true), c);
            assertEquals(reference(q, c), tiles, "round " + round);
        }
    }

    private static int[] words(SplittableRandom r, int n, int vocabulary) {
        int[] w = new int[n];
        for (int k = 0; k < n; k++) {
            w[k] = r.nextInt(vocabulary);
        }
        return w;
    }

    /** c with a few words put in, taken out or changed, and a piece moved. */
    private static int[] edited(SplittableRandom r, int[] c, int vocabulary) {
        List<Integer> w = new ArrayList<>();
        for (int x : c) {
            w.add(x);
        }
        for (int e = r.nextInt(5); e > 0; e--) {
            int at = r.nextInt(w.size());
            switch (r.nextInt(3)) {
                case 0 -> w.add(at, vocabulary + r.nextInt(50));
                case 1 -> w.subList(at, at + 1).clear(); // drop the word at that place
                default -> w.set(at, vocabulary + r.nextInt(50));
            }
            if (w.isEmpty()) {
                w.add(0);
            }
        }
        if (w.size() > 10 && r.nextBoolean()) {
            List<Integer> piece = new ArrayList<>(w.subList(0, 5));
            w.subList(0, 5).clear();
            w.addAll(piece);
        }
        return w.stream().mapToInt(Integer::intValue).toArray();
    }
}
