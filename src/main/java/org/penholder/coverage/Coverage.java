package org.penholder.coverage;

import java.util.List;
import org.penholder.model.InputCoverage;
import org.penholder.model.Uptake;

/**
 * Who is reflected where in one text: uptake of inputs by stakeholder group and by thematic
 * cluster, the inputs no paragraph draws on, and the balance of each paragraph's and section's
 * sources by group.
 *
 * @param total       all inputs of the project, and how many are reflected
 * @param sourceGroups the groups that appear among the sources, in list order (the series of the balance charts)
 */
public record Coverage(
        CoverageScope scope,
        Uptake total,
        List<Uptake> groups,
        List<Uptake> clusters,
        List<InputCoverage> unreflected,
        List<ParagraphSources> paragraphs,
        List<SectionSources> sections,
        List<String> sourceGroups) {

    public Coverage {
        groups = List.copyOf(groups);
        clusters = List.copyOf(clusters);
        unreflected = List.copyOf(unreflected);
        paragraphs = List.copyOf(paragraphs);
        sections = List.copyOf(sections);
        sourceGroups = List.copyOf(sourceGroups);
    }

    /** Paragraphs with no source, in reading order. */
    public List<ParagraphSources> orphans() {
        return paragraphs.stream().filter(ParagraphSources::isOrphan).toList();
    }

    /** Paragraphs whose sources all come from one stakeholder group, in reading order. */
    public List<ParagraphSources> oneGroupOnly() {
        return paragraphs.stream().filter(ParagraphSources::restsOnOneGroup).toList();
    }
}
