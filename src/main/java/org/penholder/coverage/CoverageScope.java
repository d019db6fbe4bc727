package org.penholder.coverage;

import java.time.Instant;
import org.penholder.model.Revision;
import org.penholder.text.Phrase;

/**
 * The text whose coverage is looked at: the working draft, or one revision.
 *
 * @param revisionId null for the working draft
 * @param frozenAt   when the revision was made; null for the working draft
 */
public record CoverageScope(Long revisionId, String name, Instant frozenAt) {

    /** The working draft's name in English (the command line); the window and the report say {@link #title()}. */
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

    /** The text's name to show: a revision's own name as it is, the working draft's in the reader's language. */
    public Phrase title() {
        return isRevision() ? Phrase.verbatim(name) : Phrase.of("coverage.scope.workingDraft");
    }

    /**
     * What "reflected" means for this text, in a sentence the view and the report both print (each
     * in its own language, the command line in English). Links are not versioned, so a revision is
     * judged by the links its paragraphs have now.
     */
    public Phrase definition() {
        return isRevision()
                ? Phrase.of("coverage.scope.definitionOfRevision", name)
                : Phrase.of("coverage.scope.definition");
    }
}
