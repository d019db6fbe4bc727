package org.penholder.coverage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.penholder.agreed.ParagraphTrace;
import org.penholder.model.InputCoverage;
import org.penholder.model.LinkedPassage;

/**
 * Everything the transparency report of a text says: its uptake figures, the sources of each
 * paragraph (stakeholder, group, quoted passage), where each reflected input is reflected, and the
 * inputs not reflected. What a co-facilitator publishes beside a revision.
 *
 * @param passages the passages each paragraph draws on, by paragraph id, as linked
 * @param reflected the inputs reflected, by group and stakeholder, each with the paragraphs that draw on it
 * @param agreed    where each paragraph's wording comes from in the adopted texts, by paragraph id
 *                  (empty when the project has no library of adopted texts)
 */
public record TransparencyReport(
        String title,
        String symbol,
        CoverageScope scope,
        Instant madeAt,
        Coverage coverage,
        Map<String, List<LinkedPassage>> passages,
        List<ReflectedInput> reflected,
        Map<String, ParagraphTrace> agreed) {

    public TransparencyReport {
        passages = Map.copyOf(passages);
        reflected = List.copyOf(reflected);
        agreed = Map.copyOf(agreed);
    }

    public TransparencyReport(
            String title,
            String symbol,
            CoverageScope scope,
            Instant madeAt,
            Coverage coverage,
            Map<String, List<LinkedPassage>> passages,
            List<ReflectedInput> reflected) {
        this(title, symbol, scope, madeAt, coverage, passages, reflected, Map.of());
    }

    /** Words of agreed and of new language in a part of the text (a section, or the whole). */
    public record LanguageShare(String name, int paragraphs, int words, int agreedWords) {
        /** The share of the words that is agreed language, 0 to 1 (0 without words). */
        public double agreedShare() {
            return words == 0 ? 0 : (double) agreedWords / words;
        }

        public double newShare() {
            return words == 0 ? 0 : 1 - agreedShare();
        }
    }

    /** True when the report says where the wording comes from (the project has adopted texts). */
    public boolean tracesAgreedLanguage() {
        return !agreed.isEmpty();
    }

    /** The share of agreed and new language in each section, in reading order, by words. */
    public List<LanguageShare> agreedBySection() {
        Map<String, int[]> bySection = new LinkedHashMap<>();
        for (ParagraphSources ps : coverage.paragraphs()) {
            ParagraphTrace t = agreed.get(ps.paragraph().id());
            int[] sums = bySection.computeIfAbsent(ps.paragraph().sectionTitle(), k -> new int[3]);
            sums[0]++;
            if (t != null) {
                sums[1] += t.words();
                sums[2] += (int) Math.round(t.agreedShare() * t.words());
            }
        }
        List<LanguageShare> out = new ArrayList<>();
        bySection.forEach((name, s) -> out.add(new LanguageShare(name, s[0], s[1], s[2])));
        return out;
    }

    /** The share of agreed and new language in the whole text, by words. */
    public LanguageShare agreedInAll() {
        int paragraphs = 0;
        int words = 0;
        int agreedWords = 0;
        for (LanguageShare s : agreedBySection()) {
            paragraphs += s.paragraphs();
            words += s.words();
            agreedWords += s.agreedWords();
        }
        return new LanguageShare("Whole text", paragraphs, words, agreedWords);
    }

    /** The passages a paragraph draws on; empty for an orphan. */
    public List<LinkedPassage> sourcesOf(String paragraphId) {
        return passages.getOrDefault(paragraphId, List.of());
    }

    /** Number of links the report lists (the work of writing it). */
    public int linkCount() {
        return passages.values().stream().mapToInt(List::size).sum();
    }

    /** A reflected input and the labels ("PP1", "OP3") of the paragraphs that draw on it, in reading order. */
    public record ReflectedInput(InputCoverage input, List<String> paragraphs) {
        public ReflectedInput {
            paragraphs = List.copyOf(paragraphs);
        }
    }
}
