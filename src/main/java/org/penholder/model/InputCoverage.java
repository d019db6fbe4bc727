package org.penholder.model;

import java.time.LocalDate;
import java.util.List;

/**
 * An input as coverage sees it: who it comes from, its thematic clusters, and how many paragraphs
 * of the text looked at draw on it (0 when it is not reflected). No text: lists of thousands of
 * inputs stay light.
 */
public record InputCoverage(
        long id,
        String title,
        String stakeholder,
        String group,
        InputKind kind,
        LocalDate date,
        String occasion,
        List<String> clusters,
        int paragraphs) {

    public InputCoverage {
        clusters = List.copyOf(clusters);
    }

    public boolean isReflected() {
        return paragraphs > 0;
    }
}
