package org.penholder.ui.draft;

import java.util.Map;
import org.penholder.model.Draft;
import org.penholder.project.Project;

/** What the draft views show, read in one go on the project's thread. */
public record DraftState(Draft draft, Map<String, Integer> sources) {

    /** Reads the draft and the number of sources of each paragraph. */
    public static DraftState read(Project project) {
        return project.database().read(c -> new DraftState(project.drafts().load(), project.links().countsByParagraph()));
    }
}
