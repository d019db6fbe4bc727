package org.penholder.project;

import java.util.List;

/** Title and counts of a project, as {@code penholder info} prints them. */
public record ProjectInfo(String title, String symbol, Counts counts, List<String> revisions) {

    /** How many of each thing the project holds. */
    public record Counts(
            long stakeholders,
            long inputs,
            long sections,
            long paragraphs,
            long links,
            long revisions,
            long amendments) {}
}
