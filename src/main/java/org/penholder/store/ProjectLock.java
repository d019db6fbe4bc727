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
import java.util.Date;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

        private static final Pattern WRITTEN = Pattern.compile("process (\\d+) since (\\S+)");

        /** Who holds the lock: "another Penholder (process 4242 since …)"; null when nobody does. */
        public Phrase heldBy() {
            if (holder == null) {
                return null;
            }
            if (holder.isEmpty()) {
                return Phrase.of("readOnly.holder");
            }
            // what another Penholder writes in its lock file ("process 4242 since 2026-12-05T09:14:03Z"),
            // said in the reader's words; anything else (an older or foreign lock) as it is
            Matcher m = WRITTEN.matcher(holder);
            if (m.matches()) {
                try {
                    return Phrase.of("readOnly.holderProcess", m.group(1), Date.from(Instant.parse(m.group(2))));
                } catch (java.time.format.DateTimeParseException e) {
                    // not a time this version wrote: said as it is, below
                }
            }
            return Phrase.of("readOnly.holderBy", holder);
        }
    }
}
