package org.penholder.backup;

import java.nio.file.Path;
import java.time.Instant;
import org.penholder.store.WriteFailedException;
import org.penholder.text.Phrase;

/**
 * One backup of a project: a complete copy made at {@code time}, for a reason said as a phrase
 * ("opened", "hourly", "before merging laptop-2.penholder", "Rev.1 frozen"), with the project's
 * counts then, so that what changed since can be told.
 */
public record Backup(String id, Instant time, Kind kind, Phrase said, long size, Counts counts, Path file) {

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

    /** Why it was made, in English (the command line). */
    public String reason() {
        return said.english();
    }

    /** Its size as people read it: "512 KB", "2.1 MB". */
    public String sizeText() {
        return sizeSaid().english();
    }

    /** Its size as a phrase, so each language writes its units and decimal sign. */
    public Phrase sizeSaid() {
        return WriteFailedException.sizeSaid(size);
    }

    /** What the project held: the figures "what changed since" compares. */
    public record Counts(long amendments, long links, long inputs, long paragraphs, long revisions) {

        /** "+120 amendments, +4 links, −1 input" from {@code then} to this; "nothing" when equal. */
        public String changesSince(Counts then) {
            return changesSaid(then).english();
        }

        /** What changed since {@code then}, as a phrase: one clause a figure that moved. */
        public Phrase changesSaid(Counts then) {
            Phrase said = null;
            said = add(said, amendments - then.amendments, "backup.changed.amendments");
            said = add(said, links - then.links, "backup.changed.links");
            said = add(said, inputs - then.inputs, "backup.changed.inputs");
            said = add(said, paragraphs - then.paragraphs, "backup.changed.paragraphs");
            said = add(said, revisions - then.revisions, "backup.changed.revisions");
            return said == null ? Phrase.of("backup.changed.nothing") : said;
        }

        private static Phrase add(Phrase said, long delta, String key) {
            if (delta == 0) {
                return said;
            }
            // The sign and digits are filled as they are, as the command line has always written them.
            Phrase clause = Phrase.of(key, Math.abs(delta), (delta > 0 ? "+" : "\u2212") + Math.abs(delta));
            return said == null ? clause : Phrase.of("list.next", said, clause);
        }
    }
}
