package org.penholder.backup;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One backup of a project: a complete copy made at {@code time}, for a {@code reason} ("opened",
 * "hourly", "before merging laptop-2.penholder", "Rev.1 frozen"), with the project's counts then,
 * so that what changed since can be told.
 */
public record Backup(String id, Instant time, Kind kind, String reason, long size, Counts counts, Path file) {

    /** Why a backup was made; pruning keeps each kind for its own time (docs/adr/0121). */
    public enum Kind {
        /** At open, when the last backup is over an hour old. */
        OPENED,
        /** Every hour while the project is being changed. */
        HOURLY,
        /** Before something large: a merge, a draft import, continuing from a revision. */
        BEFORE,
        /** At a revision's freeze: kept as long as the project's backups are. */
        REVISION
    }

    /** Its size as people read it: "512 KB", "2.1 MB". */
    public String sizeText() {
        return org.penholder.store.WriteFailedException.size(size);
    }

    /** What the project held: the figures "what changed since" compares. */
    public record Counts(long amendments, long links, long inputs, long paragraphs, long revisions) {

        /** "+120 amendments, +4 links, −1 input" from {@code then} to this; "nothing" when equal. */
        public String changesSince(Counts then) {
            StringBuilder b = new StringBuilder();
            add(b, amendments - then.amendments, "amendment");
            add(b, links - then.links, "link");
            add(b, inputs - then.inputs, "input");
            add(b, paragraphs - then.paragraphs, "paragraph");
            add(b, revisions - then.revisions, "revision");
            return b.isEmpty() ? "nothing" : b.toString();
        }

        private static void add(StringBuilder b, long delta, String what) {
            if (delta == 0) {
                return;
            }
            if (!b.isEmpty()) {
                b.append(", ");
            }
            b.append(delta > 0 ? "+" : "\u2212")
                    .append(Math.abs(delta))
                    .append(' ')
                    .append(what);
            if (Math.abs(delta) != 1) {
                b.append('s');
            }
        }
    }
}
