package org.penholder.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.penholder.model.TextScripts;
import org.penholder.store.InputIndex;
import org.penholder.store.InputStore;

/**
 * Recognises near-identical submissions (form letters, campaign texts with a name changed) when
 * they are imported, so the library can show "37 near-identical submissions" once. Two texts are
 * near-identical when their sets of 4-word shingles overlap by {@link #THRESHOLD} or more
 * (Jaccard similarity; characters stand for words in Chinese and Japanese). The few inputs worth
 * comparing are found first by the full-text index, so an import never reads every text
 * (docs/adr/0011).
 */
final class NearDuplicates {

    /** Shared shingles over all shingles; form letters score 0.7 to 0.95, texts on one topic under 0.1. */
    static final double THRESHOLD = 0.6;
    /** Texts shorter than this many shingles are too short to call near-identical. */
    static final int MIN_SHINGLES = 20;

    private static final int CANDIDATES = 4;
    /** The rarest words of a text that find its near-identical twins (form letters share their rare words). */
    static final int PROBE_WORDS = 12;
    /** Of the text's distinct words, this many of the longest are weighed for rarity. */
    static final int LONGEST_WORDS = 24;
    /**
     * Inputs whose text is more than this many times larger or smaller (in bytes) than the new one
     * are not compared: a Jaccard similarity of 0.6 needs shingle counts within 0.6 of each other,
     * and this leaves room for texts whose words differ in length or repeat. Without it, the longest
     * inputs, which hold most words, would be every text's best candidates.
     */
    static final double MAX_SIZE_RATIO = 2.5;
    /** Words shorter than this tell little about a text and are never probed. */
    private static final int MIN_PROBE_LENGTH = 5;

    private final InputStore inputs;
    private final InputIndex index;

    NearDuplicates(InputStore inputs, InputIndex index) {
        this.inputs = inputs;
        this.index = index;
    }

    /** A session for one import: see {@link Session}. */
    Session session() {
        return new Session();
    }

    /**
     * What the comparison needs of a text, worked out once and off the project's thread (it is the
     * costly part in Java): its shingles and the words that may go into the probe.
     */
    // never compared or hashed (fingerprints are matched field by field), so the array's identity equals does not
    // matter
    @SuppressWarnings("ArrayRecordComponent")
    record Fingerprint(boolean unspaced, long bytes, long[] shingles, List<String> probe, Set<String> probeable) {

        static Fingerprint of(String text) {
            boolean unspaced = TextScripts.hasUnspacedScript(text);
            long bytes = text.getBytes(StandardCharsets.UTF_8).length;
            List<String> tokens = Shingles.tokens(text, unspaced);
            long[] shingles = Shingles.of(tokens);
            if (shingles.length < MIN_SHINGLES) {
                return new Fingerprint(unspaced, bytes, shingles, List.of(), Set.of());
            }
            if (unspaced) {
                return new Fingerprint(true, bytes, shingles, NearDuplicates.probe(tokens, true), Set.of());
            }
            Set<String> probeable = new HashSet<>();
            for (String t : tokens) {
                if (t.length() >= MIN_PROBE_LENGTH) {
                    probeable.add(t);
                }
            }
            List<String> longest = NearDuplicates.probe(tokens, false);
            return new Fingerprint(false, bytes, shingles, longest, probeable);
        }

        boolean comparable() {
            return shingles.length >= MIN_SHINGLES;
        }
    }

    /**
     * The near-duplicate search of one import, on the project's thread. It keeps, for the words it
     * probes, which inputs hold them ({@link SharedWords}), and adds the inputs the import writes. A
     * write to the project from elsewhere between the import's batches makes it forget what it kept.
     */
    final class Session {

        private final SharedWords shared = new SharedWords(index, inputs::count);
        private final Map<Long, Long> bytes = new HashMap<>();
        private long expectedCommits = -1;

        /** Before writing a batch: {@code commits} is the project's count of commits now. */
        void batchStarts(long commits) {
            if (commits != expectedCommits) {
                forget();
            }
        }

        /** After writing a batch: {@code commits} is the count once the batch is committed. */
        void batchEnds(long commits) {
            expectedCommits = commits;
        }

        /** The first input of the group the text belongs to, if it is near-identical to one already in. */
        Optional<Long> groupOf(Fingerprint f) {
            if (!f.comparable() || f.probe().isEmpty()) {
                return Optional.empty();
            }
            List<Long> candidates = f.unspaced()
                    ? index.similar(f.probe(), true, CANDIDATES)
                    : shared.holdingMost(f.probe(), PROBE_WORDS, CANDIDATES, id -> comparableSize(f, id));
            for (long candidate : candidates) {
                long[] theirs = Shingles.of(inputs.text(candidate), f.unspaced());
                if (theirs.length >= MIN_SHINGLES && Shingles.jaccard(f.shingles(), theirs) >= THRESHOLD) {
                    return Optional.of(inputs.nearDuplicateOf(candidate).orElse(candidate));
                }
            }
            return Optional.empty();
        }

        private boolean comparableSize(Fingerprint f, long id) {
            long theirs = bytes.computeIfAbsent(id, inputs::textBytes);
            return theirs * MAX_SIZE_RATIO >= f.bytes() && theirs <= f.bytes() * MAX_SIZE_RATIO;
        }

        /** Counts an input just written (call once its write has succeeded). */
        void added(long id, Fingerprint f) {
            shared.added(id, f.probeable());
            bytes.put(id, f.bytes());
        }

        /** Forgets what was kept, after writes that were rolled back. */
        void forget() {
            shared.forget();
            bytes.clear();
            expectedCommits = -1;
        }
    }

    /** A handful of the text's most telling words (or 3-letter pieces) to find candidates with. */
    static List<String> probe(List<String> tokens, boolean unspaced) {
        if (unspaced) {
            List<String> out = new ArrayList<>();
            int step = Math.max(1, (tokens.size() - 3) / 16);
            for (int i = 0; i + 3 <= tokens.size() && out.size() < 16; i += step) {
                out.add(tokens.get(i) + tokens.get(i + 1) + tokens.get(i + 2));
            }
            return out;
        }
        return new LinkedHashSet<>(tokens)
                .stream()
                        .filter(w -> w.length() >= MIN_PROBE_LENGTH)
                        .sorted(Comparator.comparingInt(String::length).reversed())
                        .limit(LONGEST_WORDS)
                        .toList();
    }
}
