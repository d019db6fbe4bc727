package org.penholder.history;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.penholder.model.Draft;
import org.penholder.model.Numbering;
import org.penholder.model.ParagraphLabel;
import org.penholder.model.RevisionBlock;
import org.penholder.store.MetaStore;
import org.penholder.store.RevisionStore;

/**
 * The numbers the draft's paragraphs are circulated with: consecutive, or, once numbering is frozen
 * to a circulated revision, that revision's numbers with "bis", "ter" ... for paragraphs added
 * since (see {@link Numbering#frozen}).
 */
public final class CirculatedNumbering {

    private final MetaStore meta;
    private final RevisionStore revisions;

    public CirculatedNumbering(MetaStore meta, RevisionStore revisions) {
        this.meta = meta;
        this.revisions = revisions;
    }

    /** The labels of the draft's paragraphs as they are circulated. */
    public Map<String, ParagraphLabel> labels(Draft draft) {
        Map<String, ParagraphLabel> frozen = frozenLabels();
        return frozen.isEmpty() ? draft.labels() : Numbering.frozen(draft.paragraphsInOrder(), frozen);
    }

    private Map<String, ParagraphLabel> frozenLabels() {
        Optional<Long> revision = meta.get(MetaStore.FROZEN_NUMBERING_REVISION).flatMap(CirculatedNumbering::parseId);
        Map<String, ParagraphLabel> labels = new HashMap<>();
        if (revision.isEmpty() || revisions.byId(revision.get()).isEmpty()) {
            return labels;
        }
        for (RevisionBlock b : revisions.blocks(revision.get())) {
            if (b.kind().isParagraph() && b.label() != null) {
                ParagraphLabel.parse(b.label()).ifPresent(l -> labels.put(b.id(), l));
            }
        }
        return labels;
    }

    private static Optional<Long> parseId(String text) {
        try {
            return Optional.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
