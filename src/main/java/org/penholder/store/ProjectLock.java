package org.penholder.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;
import org.penholder.text.Phrase;

/**
 * Marks a project file as open for writing by one Penholder. The lock is an operating-system lock
 * on a small file beside the project ({@code .NAME.lock}): it vanishes with the process that held
 * it, even after a crash, so a stale lock file never blocks anyone. The project file itself is
 * never opened a second time, because closing any handle on it would drop SQLite's own locks.
 */
public final class ProjectLock implements AutoCloseable {

    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;

    private ProjectLock(Path lockFile, FileChannel channel, FileLock lock) {
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file that guards {@code project}. */
    public static Path lockFileOf(Path project) {
        Path abs = project.toAbsolutePath();
        return abs.resolveSibling("." + abs.getFileName() + ".lock");
    }

    /**
     * Takes the lock, or returns empty with the holder's description when another Penholder (or
     * another window of this one) holds it.
     */
    public static Attempt tryAcquire(Path project) {
        Path lockFile = lockFileOf(project);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(
                    lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                String holder = describeHolder(lockFile);
                channel.close();
                return new Attempt(Optional.empty(), holder, null);
            }
            String me = "process " + ProcessHandle.current().pid() + " since " + Instant.now();
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(me.getBytes(StandardCharsets.UTF_8)), 0);
            return new Attempt(Optional.of(new ProjectLock(lockFile, channel, lock)), null, null);
        } catch (IOException e) {
            closeQuietly(channel);
            // nobody holds it: the folder cannot be written, so the project cannot be either
            return new Attempt(
                    Optional.empty(),
                    null,
                    Phrase.of("readOnly.why.lockFile", lockFile.getFileName().toString(), ReadOnlyPlace.reasonOf(e)));
        }
    }

    /** Who holds the lock, as its lock file says ("process 4242 since …"); empty when it does not say. */
    private static String describeHolder(Path lockFile) {
        try {
            return Files.readString(lockFile, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "";
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more to release
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
            Files.deleteIfExists(lockFile);
        } catch (IOException ignored) {
            // the operating system drops the lock with the channel; a leftover file is harmless
        }
    }

    /**
     * The outcome of {@link #tryAcquire}: the lock; or who holds it; or, when nobody does but the
     * lock file cannot be written, why ({@code cannotWrite}).
     */
    public record Attempt(Optional<ProjectLock> lock, String holder, Phrase cannotWrite) {

        /** Who holds the lock: "another Penholder (process 4242 since …)"; null when nobody does. */
        public Phrase heldBy() {
            if (holder == null) {
                return null;
            }
            return holder.isEmpty() ? Phrase.of("readOnly.holder") : Phrase.of("readOnly.holderBy", holder);
        }
    }
}
