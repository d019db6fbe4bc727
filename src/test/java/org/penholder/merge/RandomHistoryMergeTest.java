package org.penholder.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.penholder.agreed.MadeUpLibrary;
import org.penholder.project.Project;
import org.penholder.store.IntegrityCheck;

/**
 * Two copies edited apart at random (from a seed), merged both ways: every amendment and footnote of
 * both is in each, the drafts (footnotes included), links, decisions, adopted texts and citations are
 * the same once the conflicts are decided, both pass the check, and merging again brings nothing. A few seeds run by default; {@code -Dpenholder.merge.seeds=N} runs N, {@code -Dpenholder.merge.seed=S} the one seed S.
 */
class RandomHistoryMergeTest {

    @TempDir
    Path dir;

    /** Footnotes by uid, live or removed: a footnote once in a copy is never lost from it. */
    private static final String FOOTNOTES = "SELECT uid FROM footnote";

    /** Footnotes as the draft holds them: paragraph, place, words, removed or not. */
    private static final String FOOTNOTE_ROWS =
            "SELECT uid || ' ' || paragraph_id || ' ' || anchor || ' ' || deleted || ' ' || text FROM footnote";

    static Stream<Long> seeds() {
        Long one = Long.getLong("penholder.merge.seed");
        if (one != null) {
            return Stream.of(one);
        }
        int n = Integer.getInteger("penholder.merge.seeds", 3);
        return LongStream.range(0, n).mapToObj(i -> 7919L * i + 11);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void copiesEditedApartMergeWithoutLosingAChange(long seed) throws Exception {
        Path[] c = Copies.ofSample(Files.createDirectories(dir.resolve("s" + seed)));
        Path shelf = Files.createDirectories(dir.resolve("library" + seed));
        List<Path> library =
                List.of(MadeUpLibrary.textA(shelf), MadeUpLibrary.markdownB(shelf), MadeUpLibrary.htmlC(shelf));
        RandomHistory ann = new RandomHistory(seed, Copies.ANN, "Ann", library);
        RandomHistory ben = new RandomHistory(seed * 31 + 7, Copies.BEN, "Ben", library);
        // which copy merges first alternates with the seed
        Path first = seed % 2 == 0 ? c[0] : c[1];
        Path second = first == c[0] ? c[1] : c[0];
        RandomHistory firstHand = first == c[0] ? ann : ben;
        RandomHistory secondHand = first == c[0] ? ben : ann;
        for (int round = 1; round <= 2; round++) {
            edit(first, firstHand, 25);
            edit(second, secondHand, 25);
            String story = "round " + round + "\nAnn: " + ann.done() + "\nBen: " + ben.done();
            Set<String> all = new TreeSet<>(Copies.amendmentUids(first));
            all.addAll(Copies.amendmentUids(second));
            Set<String> footnotes = new TreeSet<>(Copies.uids(first, FOOTNOTES));
            footnotes.addAll(Copies.uids(second, FOOTNOTES));

            Copies.merge(first, second);
            assertTrue(Copies.amendmentUids(first).containsAll(all), "every amendment is in the first copy\n" + story);
            assertTrue(Copies.uids(first, FOOTNOTES).containsAll(footnotes), "every footnote too\n" + story);
            assertSound(first, story);
            Copies.decideConflicts(first, Copies.ANN);

            // the second goes on working before it merges back: its merge is a three-way one again
            edit(second, secondHand, 5);
            Copies.merge(second, first);
            assertTrue(
                    Copies.amendmentUids(second).containsAll(all), "every amendment is in the second copy\n" + story);
            assertTrue(Copies.uids(second, FOOTNOTES).containsAll(footnotes), "every footnote too\n" + story);
            assertSound(second, story);
            Copies.decideConflicts(second, Copies.BEN);

            MergeReport back = Copies.merge(first, second);
            assertTrue(back.fastForward(), "the first changed nothing since: it takes the second's draft\n" + story);
            assertEquals(Copies.amendmentUids(first), Copies.amendmentUids(second), story);
            assertSameDraft(Copies.draft(first), Copies.draft(second), "the drafts converge\n" + story);
            assertSame("the links converge", Copies.links(first), Copies.links(second), story);
            assertSame("the decisions converge", Copies.proposals(first), Copies.proposals(second), story);
            assertSame(
                    "the footnotes converge",
                    Copies.uids(first, FOOTNOTE_ROWS),
                    Copies.uids(second, FOOTNOTE_ROWS),
                    story);
            assertSame("the adopted texts and citations converge", Copies.agreed(first), Copies.agreed(second), story);
            assertSound(first, story);

            MergeReport again = Copies.merge(first, second);
            assertTrue(again.nothing(), "merging again brings nothing: " + again + "\n" + story);
            assertTrue(Copies.merge(second, first).nothing(), story);
            assertEquals(Copies.draft(first), Copies.draft(second), story);
        }
    }

    private static void edit(Path file, RandomHistory hand, int steps) {
        try (Project p = Project.open(file, Project.Access.WRITE)) {
            // one transaction for the lot: the same rows as one by one, without a disk sync per edit
            p.database().run(() -> hand.edit(p, steps));
        }
    }

    /** Two drafts equal, or a message showing where they first differ. */
    static void assertSameDraft(List<String> first, List<String> second, String story) {
        int same = 0;
        while (same < first.size() && same < second.size() && first.get(same).equals(second.get(same))) {
            same++;
        }
        int at = same;
        assertTrue(
                at == first.size() && at == second.size(),
                () -> "line " + at + ": first " + first.subList(at, Math.min(first.size(), at + 3)) + "\nsecond "
                        + second.subList(at, Math.min(second.size(), at + 3)) + "\n" + story);
    }

    /** Two sets equal, or a message naming what only one holds. */
    static void assertSame(String what, Set<String> first, Set<String> second, String story) {
        Set<String> onlyFirst = new TreeSet<>(first);
        onlyFirst.removeAll(second);
        Set<String> onlySecond = new TreeSet<>(second);
        onlySecond.removeAll(first);
        assertTrue(
                onlyFirst.isEmpty() && onlySecond.isEmpty(),
                what + ": only in the first " + onlyFirst + ", only in the second " + onlySecond + "\n" + story);
    }

    private static void assertSound(Path file, String story) {
        try (Project p = Project.open(file, Project.Access.WRITE)) {
            assertEquals(List.of(), IntegrityCheck.run(p.database()), file + " passes check\n" + story);
        }
    }
}
