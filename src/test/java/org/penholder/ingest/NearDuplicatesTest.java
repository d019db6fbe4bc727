package org.penholder.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.model.InputKind;
import org.penholder.project.Project;
import org.penholder.store.InputStore;

/**
 * Near-identical submissions are found in a large project whose texts all share one vocabulary
 * (every long word in hundreds of inputs: the hard case for finding candidates by rare words), and
 * what an import keeps about the project between its batches never outlives a change made elsewhere.
 */
class NearDuplicatesTest {

    @TempDir
    Path dir;

    /** 1,500 long words, each in about a quarter of the texts made from them. */
    private static final List<String> VOCABULARY = vocabulary();

    private static List<String> vocabulary() {
        String[] syllables = {
            "con", "tri", "bu", "tion", "gov", "ern", "ance", "dig", "it", "al", "in", "fra", "struc", "ture", "sus",
            "tain", "abil", "ity", "part", "ner", "ship", "lit", "er", "acy"
        };
        Random r = new Random(7);
        List<String> words = new ArrayList<>();
        while (words.size() < 1500) {
            StringBuilder w = new StringBuilder();
            for (int i = 0, n = 2 + r.nextInt(4); i < n; i++) {
                w.append(syllables[r.nextInt(syllables.length)]);
            }
            if (w.length() >= 5 && !words.contains(w.toString())) {
                words.add(w.toString());
            }
        }
        return words;
    }

    private static List<String> words(Random r, int count) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(VOCABULARY.get(r.nextInt(VOCABULARY.size())));
        }
        return out;
    }

    /** The text with its words from {@code from} replaced by {@code count} others, as a campaign edits a letter. */
    private static String edited(List<String> text, int from, int count, Random r) {
        List<String> out = new ArrayList<>(text);
        for (int i = from; i < from + count; i++) {
            out.set(i, VOCABULARY.get(r.nextInt(VOCABULARY.size())));
        }
        return String.join(" ", out);
    }

    private static double similarity(String a, String b) {
        return Shingles.jaccard(Shingles.of(a, false), Shingles.of(b, false));
    }

    @Test
    void twinsAreFoundInALargeProjectWhoseTextsShareOneVocabulary() throws Exception {
        try (Project p = TestFiles.openSample(dir)) {
            Random r = new Random(11);
            List<List<String>> existing = new ArrayList<>();
            Map<Integer, Long> idOf = new HashMap<>();
            p.database().run(() -> {
                for (int i = 0; i < 400; i++) {
                    List<String> text = words(r, 300 + r.nextInt(300));
                    existing.add(text);
                    idOf.put(
                            i,
                            p.inputs()
                                    .add(new InputStore.NewInput(
                                            null,
                                            InputKind.WRITTEN,
                                            "existing " + i,
                                            null,
                                            null,
                                            "en",
                                            null,
                                            String.join(" ", text)))
                                    .id());
                }
            });
            Path in = Files.createDirectories(dir.resolve("in"));
            Map<String, Long> expected = new HashMap<>();
            int file = 0;
            // twins of inputs already in: a tenth changed, and a quarter (just above the threshold)
            for (int i = 0; i < 12; i++) {
                List<String> original = existing.get(i * 31);
                int changed = original.size() * (i % 2 == 0 ? 10 : 22) / 100;
                String twin = edited(original, r.nextInt(original.size() - changed), changed, r);
                assertTrue(similarity(twin, String.join(" ", original)) >= NearDuplicates.THRESHOLD);
                String name = String.format("%03d-twin-%d", file++, i);
                Files.writeString(in.resolve(name + ".txt"), twin);
                expected.put(name, idOf.get(i * 31));
            }
            // a new campaign: its first letter stands alone, the others join it, across batches
            List<String> letter = words(r, 400);
            String first = String.format("%03d-letter-0", file);
            for (int i = 0; i < 5; i++) {
                String name = String.format("%03d-letter-%d", file, i);
                Files.writeString(
                        in.resolve(name + ".txt"), i == 0 ? String.join(" ", letter) : edited(letter, 20 * i, 30, r));
                expected.put(name, null);
                // new texts on the same words in between: never grouped
                for (int k = 0; k < 9; k++) {
                    String other = String.format("%03d-other", ++file);
                    Files.writeString(in.resolve(other + ".txt"), String.join(" ", words(r, 300 + r.nextInt(300))));
                    expected.put(other, null);
                }
                file++;
            }

            ImportReport report = p.inputImporter().importFiles(List.of(in), ImportDetails.NONE);

            assertEquals(expected.size(), report.imported().size(), report.toString());
            Long campaign = report.imported().stream()
                    .filter(i -> i.title().equals(first))
                    .findFirst()
                    .orElseThrow()
                    .inputId();
            for (ImportReport.Imported i : report.imported()) {
                Long want =
                        i.title().contains("-letter-") && !i.title().equals(first) ? campaign : expected.get(i.title());
                assertEquals(want, i.alikeOf(), i.title());
            }
        }
    }

    @Test
    void longInputsHoldingEveryWordDoNotHideATwin() throws Exception {
        try (Project p = TestFiles.openSample(dir)) {
            Random r = new Random(9);
            List<String> original = words(r, 400);
            long[] originalId = new long[1];
            p.database().run(() -> {
                // reports older than the letter, each holding the whole vocabulary
                for (int i = 0; i < 8; i++) {
                    List<String> all = new ArrayList<>(VOCABULARY);
                    java.util.Collections.shuffle(all, r);
                    p.inputs()
                            .add(new InputStore.NewInput(
                                    null,
                                    InputKind.WRITTEN,
                                    "report " + i,
                                    null,
                                    null,
                                    "en",
                                    null,
                                    String.join(" ", all)));
                }
                originalId[0] = p.inputs()
                        .add(new InputStore.NewInput(
                                null, InputKind.WRITTEN, "letter", null, null, "en", null, String.join(" ", original)))
                        .id();
            });
            Path twin = Files.writeString(dir.resolve("twin.txt"), edited(original, 100, 40, r));
            ImportReport report = p.inputImporter().importFiles(List.of(twin), ImportDetails.NONE);
            assertEquals(originalId[0], report.imported().getFirst().alikeOf());
        }
    }

    @Test
    void anInputDeletedBetweenBatchesIsNeitherACandidateNorAnError() throws Exception {
        try (Project p = TestFiles.openSample(dir)) {
            Random r = new Random(5);
            Path in = Files.createDirectories(dir.resolve("in"));
            List<String> letter = words(r, 300);
            Files.writeString(in.resolve("000-letter.txt"), String.join(" ", letter));
            for (int i = 1; i <= InputImporter.BATCH_FILES; i++) {
                Files.writeString(in.resolve(String.format("%03d-other.txt", i)), String.join(" ", words(r, 300)));
            }
            Files.writeString(in.resolve("999-twin.txt"), edited(letter, 10, 20, r));
            AtomicInteger batches = new AtomicInteger();
            ImportReport report = p.inputImporter()
                    .importFiles(List.of(in), ImportDetails.NONE, (d, t, f) -> {}, () -> false, write -> {
                        if (batches.incrementAndGet() == 2) {
                            // someone removes the first letter in the window while the import goes on
                            org.penholder.store.TestSql.execute(
                                    p.database(), "DELETE FROM input WHERE title = '000-letter'");
                        }
                        write.run();
                    });
            assertEquals(List.of(), report.skipped());
            ImportReport.Imported twin = report.imported().stream()
                    .filter(i -> i.title().equals("999-twin"))
                    .findFirst()
                    .orElseThrow();
            assertNull(twin.alikeOf(), "the letter it resembled is gone");
        }
    }

    @Test
    void keepingFewerWordsFindsTheSameCandidates() throws Exception {
        try (Project p = TestFiles.openSample(dir)) {
            Random r = new Random(3);
            List<List<String>> texts = new ArrayList<>();
            p.database().run(() -> {
                for (int i = 0; i < 60; i++) {
                    List<String> text = words(r, 200);
                    texts.add(text);
                    p.inputs()
                            .add(new InputStore.NewInput(
                                    null, InputKind.WRITTEN, "t" + i, null, null, "en", null, String.join(" ", text)));
                }
            });
            SharedWords all = new SharedWords(p.inputIndex(), p.inputs()::count);
            SharedWords few = new SharedWords(p.inputIndex(), p.inputs()::count, 10);
            for (List<String> text : texts.subList(0, 20)) {
                List<String> probe = NearDuplicates.probe(text, false);
                List<Long> best = all.holdingMost(probe, NearDuplicates.PROBE_WORDS, 4, id -> true);
                assertEquals(4, best.size());
                assertEquals(best, few.holdingMost(probe, NearDuplicates.PROBE_WORDS, 4, id -> true));
            }
        }
    }

    /** The words as the index and the comparison have always cut them, the slow way. */
    private static List<String> reference(String text) {
        String plain = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        List<String> out = new ArrayList<>();
        for (String w : plain.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    @Test
    void wordsAreCutTheSameWayWhateverTheScript() {
        List<String> texts = new ArrayList<>(List.of(
                "Plain ASCII, with numbers 2030 and WSIS+20; e-mail: x@y.org",
                "Les États membres réaffirment l’engagement envers la société de l’information – café",
                "Decomposed accents: cafe\u0301 and ,\u0301after a comma",
                "ΟΔΟΣ ΚΑΙ ΛΟΓΟΣ. Σοφία σας",
                "İstanbul and DİJİTAL, Kelvin \u212a, ligature \ufb01nance, Greek question\u037emark",
                "Русский текст, العربية, עברית, 한국어 and mixed123abc"));
        Random r = new Random(1);
        String pool = "abcXYZ09 ,.;'-éÉ\u0301\u00df\u0130\u03a3\u03c3\u2019\u037e\u00a0\u4e2d";
        for (int i = 0; i < 200; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < 40; k++) {
                b.append(pool.charAt(r.nextInt(pool.length())));
            }
            texts.add(b.toString());
        }
        for (String t : texts) {
            assertEquals(reference(t), Shingles.tokens(t, false), t);
            assertArrayEquals(Shingles.of(Shingles.tokens(t, false)), Shingles.of(t, false), t);
        }
    }
}
