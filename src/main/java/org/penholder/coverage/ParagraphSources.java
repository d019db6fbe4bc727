package org.penholder.coverage;

import java.util.Map;

/**
 * The balance of a paragraph's sources: how many distinct inputs of each stakeholder group it
 * draws on, groups in list order, groups it does not draw on left out.
 */
public record ParagraphSources(ScopeParagraph paragraph, Map<String, Integer> inputsByGroup) {

    public ParagraphSources {
        inputsByGroup = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(inputsByGroup));
    }

    /** Distinct inputs the paragraph draws on (an input belongs to one group, so groups add up). */
    public int inputs() {
        return inputsByGroup.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** A paragraph with no source: an orphan. */
    public boolean isOrphan() {
        return inputsByGroup.isEmpty();
    }

    /** A paragraph that rests on one stakeholder group only. */
    public boolean restsOnOneGroup() {
        return inputsByGroup.size() == 1;
    }
}
