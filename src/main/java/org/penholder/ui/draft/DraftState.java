package org.penholder.ui.draft;

import java.util.Map;
import org.penholder.model.Draft;
import org.penholder.model.ParagraphLabel;
import org.penholder.project.Project;

/**
 * What the draft views show, read in one go on the project's thread.
 *
 * @param frozenLabels the labels of the revision whose numbering is frozen (empty: number consecutively)
 */
public record DraftState(Draft draft, Map<String, Integer> sources, Map<String, ParagraphLabel> frozenLabels) {

    /** Reads the draft, the number of sources of each paragraph and the numbering in force. */
    public static DraftState read(Project project) {
        return new DraftState(
                project.draftService().draft(),
                project.linkService().countsByParagraph(),
                project.revisionService().frozenLabels());
    }
}
