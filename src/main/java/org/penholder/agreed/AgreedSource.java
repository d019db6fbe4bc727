package org.penholder.agreed;

import java.util.List;
import org.penholder.model.AdoptedParagraph;
import org.penholder.model.AdoptedText;

/**
 * An adopted paragraph whose wording a draft paragraph reuses.
 *
 * @param share       the share of the draft paragraph's words found in it (0 to 1)
 * @param spans       the shared word sequences, in the draft paragraph's text
 * @param sourceSpans the same sequences in the adopted paragraph's text
 */
public record AgreedSource(
        AdoptedText text, AdoptedParagraph paragraph, double share, List<Span> spans, List<Span> sourceSpans) {

    public AgreedSource {
        spans = List.copyOf(spans);
        sourceSpans = List.copyOf(sourceSpans);
    }

    /** A stretch of text: [from, to) in UTF-16 units, and the text itself. */
    public record Span(int from, int to, String text) {}

    /** "A/RES/70/125, para. 9", as the Sources panel and the export cite it. */
    public String citation() {
        return text.name() + ", " + paragraph.citation();
    }

    /** The share as a whole percentage ("84%"). */
    public String percent() {
        return Math.round(share * 100) + "%";
    }
}
