package org.penholder.merge;

import java.nio.file.Path;
import org.penholder.backup.Backups;
import org.penholder.store.Database;
import org.penholder.store.ProjectFileException;
import org.penholder.store.SchemaCheck;
import org.penholder.store.StoreException;
import org.penholder.store.UntrustedProjectException;
import org.penholder.text.Phrase;

/**
 * The checks around a merge that belong to the handling of untrusted files and backups: whether the
 * other copy may be read from, and a backup of the project before the merge writes to it. A merge
 * calls {@link #verifyCopy} on the other copy as it is on disk, before anything of it is read,
 * snapshotted or migrated; and {@link #backupBefore} before its transaction begins, once it knows
 * the other copy brings something.
 */
public interface MergeGuards {

    /**
     * Refuses a copy this Penholder should not read from, with an exception naming the file and the
     * reason; {@code copy} is the file as it is, at its own format.
     */
    void verifyCopy(Path other, Database copy);

    /** Keeps a backup of {@code project} before merging {@code other} into it; throws, saying why, when none can be made. */
    void backupBefore(Backups backups, Path project, Path other);

    /**
     * A copy whose schema holds what Penholder does not make for its format (a planted trigger, a
     * view, an altered table: {@link SchemaCheck}) is refused; a merge is refused when no backup of
     * the project can be made first.
     */
    MergeGuards STANDARD = new MergeGuards() {
        @Override
        public void verifyCopy(Path other, Database copy) {
            try {
                SchemaCheck.verify(copy);
            } catch (UntrustedProjectException e) {
                Phrase found = e.listed(3);
                throw new ProjectFileException(
                        other,
                        "was changed outside Penholder and was not merged: it holds "
                                + found.english()
                                + ". Its data can be read into a cleaned copy (penholder clean-copy), which can be"
                                + " merged instead",
                        ProjectFileException.said("projectFile.untrustedMerge", other, found),
                        e);
            }
        }

        @Override
        public void backupBefore(Backups backups, Path project, Path other) {
            try {
                backups.backupBefore(org.penholder.text.Phrase.of(
                        "backup.reason.merging", other.getFileName().toString()));
            } catch (RuntimeException e) {
                throw new StoreException(
                        project + ": nothing was merged from " + other.getFileName()
                                + ": a backup of the project is made before every merge, and none could be made ("
                                + e.getMessage() + ")",
                        e);
            }
        }
    };
}
