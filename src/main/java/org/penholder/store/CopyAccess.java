package org.penholder.store;

import java.nio.file.Path;

/**
 * Two copies of a project opened for a merge, each read at one moment (in one transaction), and
 * this project written in one transaction, journalled. Failures are {@link StoreException}s naming
 * the file as the person named it (an older copy is read through a temporary one).
 */
public final class CopyAccess {

    private CopyAccess() {}

    /** Work that reads both copies. */
    @FunctionalInterface
    public interface Reading<T> {
        T apply(CopyReader mine, CopyReader theirs);
    }

    /** Work that reads both copies and writes this one. */
    @FunctionalInterface
    public interface Writing<T> {
        T apply(CopyReader mine, CopyReader theirs, MergeWriter writer);
    }

    /** Reads this project ({@code mine}, named {@code mineFile}) and the other copy; writes nothing. */
    public static <T> T read(Database mine, Path mineFile, OtherCopy theirs, Reading<T> work) {
        return mine.readSnapshot(c -> theirs.database()
                .readSnapshot(oc -> work.apply(new CopyReader(c, mineFile), new CopyReader(oc, theirs.file()))));
    }

    /** Reads both and writes this project in one transaction; every row written goes into {@code journal}. */
    public static <T> T write(Database mine, OtherCopy theirs, RowJournal journal, Writing<T> work) {
        return mine.write(c -> theirs.database()
                .readSnapshot(oc -> work.apply(
                        new CopyReader(c, mine.file()),
                        new CopyReader(oc, theirs.file()),
                        new MergeWriter(c, mine.file(), journal))));
    }
}
