package org.penholder.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The word index counts exactly the common words a pairwise merge counts, so paragraph matching is unchanged. */
class WordBagTest {

    private static String text(Random r, int words, int vocabulary) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < words; k++) {
            // few distinct words, so that bags repeat words, and mixed case (bags ignore it)
            String w = "w" + r.nextInt(vocabulary);
            b.append(r.nextInt(5) == 0 ? w.toUpperCase(Locale.ROOT) : w).append(r.nextInt(8) == 0 ? ", " : " ");
        }
        return b.toString();
    }

    @Test
    void indexCountsTheSameCommonWordsAsTheMerge() {
        Random r = new Random(42);
        for (int round = 0; round < 40; round++) {
            WordBag.Dictionary dictionary = new WordBag.Dictionary();
            int vocabulary = 1 + r.nextInt(round % 2 == 0 ? 5 : 60);
            List<WordBag> indexed = new ArrayList<>();
            for (int k = 0; k < 30; k++) {
                indexed.add(dictionary.bag(k % 7 == 0 ? "" : text(r, r.nextInt(40), vocabulary)));
            }
            // words only on the querying side, numbered after everything indexed
            WordBag.Index index = new WordBag.Index(indexed);
            for (int q = 0; q < 30; q++) {
                WordBag bag = dictionary.bag(q % 9 == 0 ? "" : text(r, r.nextInt(40), vocabulary + 10));
                int[] common = index.common(bag);
                for (int k = 0; k < indexed.size(); k++) {
                    assertEquals(bag.common(indexed.get(k)), common[k]);
                    assertEquals(bag.dice(indexed.get(k)), bag.dice(indexed.get(k), common[k]));
                }
            }
        }
    }

    @Test
    void sameParagraphThresholdIsInclusive() {
        WordBag.Dictionary dictionary = new WordBag.Dictionary();
        WordBag a = dictionary.bag("alpha beta gamma delta");
        WordBag b = dictionary.bag("alpha beta epsilon zeta");
        WordBag.Index index = new WordBag.Index(List.of(b));
        assertEquals(ParagraphAligner.SAME_PARAGRAPH, a.dice(b, index.common(a)[0]));
    }
}
