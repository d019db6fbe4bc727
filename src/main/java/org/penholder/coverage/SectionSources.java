package org.penholder.coverage;

import java.util.Map;

/**
 * The balance of a section's sources: distinct inputs its paragraphs draw on, per stakeholder group.
 *
 * @param sectionId "" for the preamble
 */
public record SectionSources(String sectionId, String title, int paragraphs, Map<String, Integer> inputsByGroup) {

    public SectionSources {
        inputsByGroup = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(inputsByGroup));
    }

    public int inputs() {
        return inputsByGroup.values().stream().mapToInt(Integer::intValue).sum();
    }
}
