package org.penholder.history;

import java.util.List;

/**
 * The differences between two versions of a document: one {@link ParagraphChange} per paragraph
 * (or split or merge), in the reading order of the newer version with deleted paragraphs where they
 * stood, and the counts of each kind of change.
 *
 * @param from the older version's name
 * @param to   the newer version's name
 */
public record Comparison(String from, String to, Summary summary, List<ParagraphChange> changes) {

    public Comparison {
        changes = List.copyOf(changes);
    }

    /** How many entries of each kind; {@code moved} counts entries that moved, whatever else happened to them. */
    public record Summary(int unchanged, int changed, int added, int deleted, int split, int merged, int moved) {

        /** Counts the entries of a list of changes. */
        public static Summary of(List<ParagraphChange> changes) {
            int[] n = new int[ChangeKind.values().length];
            int moved = 0;
            for (ParagraphChange c : changes) {
                n[c.kind().ordinal()]++;
                if (c.moved()) {
                    moved++;
                }
            }
            return new Summary(n[0], n[1], n[2], n[3], n[4], n[5], moved);
        }

        /** Entries that differ in any way. */
        public int differences() {
            return changed + added + deleted + split + merged + moved;
        }
    }

    /** Only the entries that differ (changed, added, deleted, split, merged or moved). */
    public List<ParagraphChange> differences() {
        return changes.stream().filter(ParagraphChange::isChange).toList();
    }
}
