package org.penholder.cli;

import org.penholder.project.Project;

/** Paragraphs named on the command line by their label ("OP12", "12 bis", "PP3"). */
final class ProjectParagraphs {

    private ProjectParagraphs() {}

    /** The id of the live paragraph with that label, or a one-line error naming the file and the label. */
    static String idOf(Project p, String label) {
        return p.revisionService()
                .paragraphByLabel(label)
                .orElseThrow(() -> new CliException(
                        p.file() + ": the draft has no paragraph " + label + " (labels look like PP3, OP12, OP12bis)"));
    }
}
