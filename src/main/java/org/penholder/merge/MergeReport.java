package org.penholder.merge;

import java.nio.file.Path;
import java.util.List;

/**
 * What merging another copy brought in (or, for a preview, would bring in).
 *
 * @param fastForward   this file had changed nothing of the draft since the copies parted: it took the other's draft whole
 * @param migratedCopy  the other copy is of an older format and was read as migrated
 */
public record MergeReport(
        Path other,
        boolean preview,
        boolean fastForward,
        boolean migratedCopy,
        MergeCounts counts,
        List<MergeConflict> conflicts) {

    public MergeReport {
        conflicts = List.copyOf(conflicts);
    }

    /** True when the other copy brings nothing this file lacks. */
    public boolean nothing() {
        return counts.nothing() && conflicts.isEmpty();
    }
}
