package org.penholder.merge;

import java.nio.file.Path;
import java.util.List;
import org.penholder.store.CopySchema;
import org.penholder.store.Database;
import org.penholder.store.ProjectFileException;

/**
 * The checks around a merge that belong to the handling of untrusted files and backups: whether the
 * other copy may be read from, and a backup of the project before the merge writes to it. A merge
 * calls {@link #verifyCopy} once the other copy is open (read as migrated when older) and before it
 * reads anything from it, and {@link #backupBefore} before its transaction begins.
 */
public interface MergeGuards {

    /** Refuses a copy this Penholder should not read from, with an exception naming the file and the reason. */
    void verifyCopy(Path other, Database copy);

    /** Keeps a backup of the project as it is, before a merge writes to it. */
    void backupBefore(Path project, Database db);

    /** A copy with tables, columns, indexes or triggers Penholder does not make is refused; no backup is taken yet. */
    MergeGuards STANDARD = new MergeGuards() {
        @Override
        public void verifyCopy(Path other, Database copy) {
            List<String> differences = CopySchema.differences(copy);
            if (!differences.isEmpty()) {
                throw new ProjectFileException(
                        other,
                        "was changed outside Penholder: " + differences.get(0)
                                + (differences.size() > 1 ? " (and " + (differences.size() - 1) + " more)" : ""));
            }
        }

        @Override
        public void backupBefore(Path project, Database db) {
            // automatic backups come with the handling of untrusted files (docs/adr/0140)
        }
    };
}
