package org.penholder.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
 * comparing are found first by the full-text index, so an import never reads every text.
 */
final class NearDuplicates {

    /** Shared shingles over all shingles; form letters score 0.7 to 0.95, texts on one topic under 0.1. */
    static final double THRESHOLD = 0.6;
    /** Texts shorter than this many shingles are too short to call near-identical. */
    static final int MIN_SHINGLES = 20;
    private static final int SHINGLE = 4;
    private static final int CANDIDATES = 4;
    /** The rarest words of a text that find its near-identical twins (form letters share their rare words). */
    static final int PROBE_WORDS = 12;

    private final InputStore inputs;
    private final InputIndex index;

    NearDuplicates(InputStore inputs, InputIndex index) {
        this.inputs = inputs;
        this.index = index;
    }

    /** The first input of the group a new text belongs to, if it is near-identical to one already in. */
    Optional<Long> groupOf(String text) {
        boolean unspaced = TextScripts.hasUnspacedScript(text);
        List<String> tokens = tokens(text, unspaced);
        Set<Long> mine = shingles(tokens);
        if (mine.size() < MIN_SHINGLES) {
            return Optional.empty();
        }
        List<String> probe = unspaced ? probe(tokens, true) : index.rarest(probe(tokens, false), PROBE_WORDS);
        for (long candidate : index.similar(probe, unspaced, CANDIDATES)) {
            Set<Long> theirs = shingles(tokens(inputs.text(candidate), unspaced));
            if (theirs.size() >= MIN_SHINGLES && jaccard(mine, theirs) >= THRESHOLD) {
                return Optional.of(inputs.nearDuplicateOf(candidate).orElse(candidate));
            }
        }
        return Optional.empty();
    }

    /** Words in lower case without accents; for unspaced scripts, single letters. */
    static List<String> tokens(String text, boolean unspaced) {
        String plain = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        List<String> out = new ArrayList<>();
        if (unspaced) {
            plain.codePoints().filter(Character::isLetterOrDigit).forEach(cp -> out.add(Character.toString(cp)));
        } else {
            for (String w : plain.split("[^\\p{L}\\p{N}]+")) {
                if (!w.isEmpty()) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    static Set<Long> shingles(List<String> tokens) {
        Set<Long> out = new HashSet<>();
        for (int i = 0; i + SHINGLE <= tokens.size(); i++) {
            long h = 0xcbf29ce484222325L;
            for (int j = i; j < i + SHINGLE; j++) {
                String t = tokens.get(j);
                for (int k = 0; k < t.length(); k++) {
                    h = (h ^ t.charAt(k)) * 0x100000001b3L;
                }
                h = (h ^ ' ') * 0x100000001b3L;
            }
            out.add(h);
        }
        return out;
    }

    static double jaccard(Set<Long> a, Set<Long> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        Set<Long> small = a.size() <= b.size() ? a : b;
        Set<Long> large = small == a ? b : a;
        int shared = 0;
        for (long s : small) {
            if (large.contains(s)) {
                shared++;
            }
        }
        return (double) shared / (a.size() + b.size() - shared);
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
        return new LinkedHashSet<>(tokens).stream().filter(w -> w.length() >= 5)
                .sorted(Comparator.comparingInt(String::length).reversed()).limit(24).toList();
    }
}
