package org.penholder.coverage;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.penholder.model.InputCoverage;
import org.penholder.model.LinkedPassage;

/**
 * Everything the transparency report of a text says: its uptake figures, the sources of each
 * paragraph (stakeholder, group, quoted passage), where each reflected input is reflected, and the
 * inputs not reflected. What a co-facilitator publishes beside a revision.
 *
 * @param passages the passages each paragraph draws on, by paragraph id, as linked
 * @param reflected the inputs reflected, by group and stakeholder, each with the paragraphs that draw on it
 */
public record TransparencyReport(
        String title,
        String symbol,
        CoverageScope scope,
        Instant madeAt,
        Coverage coverage,
        Map<String, List<LinkedPassage>> passages,
        List<ReflectedInput> reflected) {

    public TransparencyReport {
        passages = Map.copyOf(passages);
        reflected = List.copyOf(reflected);
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
