package org.penholder.agreed;

import java.util.List;

/**
 * Where one paragraph's wording comes from in the library of adopted texts.
 *
 * @param paragraphId the draft paragraph's id (null for text traced on its own)
 * @param label       its number as circulated ("PP1", "OP12")
 * @param words       how many words it has
 * @param agreedShare the share of its words found in any adopted paragraph (0 to 1); the rest is new language
 * @param sources     the adopted paragraphs it reuses, most reused first; empty when none
 */
public record ParagraphTrace(
        String paragraphId, String label, String text, int words, double agreedShare, List<AgreedSource> sources) {

    public ParagraphTrace {
        sources = List.copyOf(sources);
    }

    /** True when some of its wording is agreed language. */
    public boolean reusesAgreedLanguage() {
        return !sources.isEmpty();
    }

    /** The share of its words that is new language. */
    public double newShare() {
        return words == 0 ? 0 : 1 - agreedShare;
    }
}
