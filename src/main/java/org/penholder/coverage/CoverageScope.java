package org.penholder.coverage;

import java.time.Instant;
import org.penholder.model.Revision;

/**
 * The text whose coverage is looked at: the working draft, or one revision.
 *
 * @param revisionId null for the working draft
 * @param frozenAt   when the revision was made; null for the working draft
 */
public record CoverageScope(Long revisionId, String name, Instant frozenAt) {

    public static final String WORKING_DRAFT = "Working draft";

    public static CoverageScope workingDraft() {
        return new CoverageScope(null, WORKING_DRAFT, null);
    }

    public static CoverageScope of(Revision r) {
        return new CoverageScope(r.id(), r.name(), r.createdAt());
    }

    public boolean isRevision() {
        return revisionId != null;
    }

    /**
     * What "reflected" means for this text, in a sentence the view and the report both print.
     * Links are not versioned, so a revision is judged by the links its paragraphs have now.
     */
    public String definition() {
        if (!isRevision()) {
            return "An input counts as reflected when at least one paragraph of the working draft is linked "
                    + "to a passage of it.";
        }
        return "An input counts as reflected in " + name + " when at least one paragraph of " + name
                + " is linked to a passage of it. Links are counted as they stand now: a link made since to a paragraph of "
                + name + " counts, a link removed since does not.";
    }
}
