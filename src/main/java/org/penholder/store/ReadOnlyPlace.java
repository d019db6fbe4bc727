package org.penholder.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.penholder.text.Phrase;

/**
 * Whether a project file lives where it cannot be written: a read-only disk (a USB stick with its
 * lock on, a share mounted read-only, a CD), a read-only file, or a folder that cannot be written
 * (SQLite writes its journal beside the file, Penholder its lock file). Such a project opens
 * read-only and says why; there is nothing to close elsewhere.
 */
public final class ReadOnlyPlace {

    /** What the file system says about a file; the real one asks the operating system. */
    public interface Facts {
        boolean diskIsReadOnly(Path file) throws IOException;

        boolean fileIsWritable(Path file);

        boolean folderIsWritable(Path folder);
    }

    /** The operating system's answers. */
    public static final Facts SYSTEM = new Facts() {
        @Override
        public boolean diskIsReadOnly(Path file) throws IOException {
            if (Files.getFileStore(file).isReadOnly()) {
                return true;
            }
            Path folder = file.getParent();
            if (folder == null || Files.isWritable(folder)) {
                return false;
            }
            // The JDK reads the flag of the mount it finds by device, which misses a folder bound
            // read-only: a probe file in the folder asks the disk itself. Never the project file:
            // closing a handle on it would drop SQLite's locks on it (docs/adr/0003).
            try {
                Files.delete(Files.createTempFile(folder, ".penholder-", ".probe"));
                return false;
            } catch (FileSystemException e) {
                return e.getReason() != null && e.getReason().contains("Read-only file system");
            }
        }

        @Override
        public boolean fileIsWritable(Path file) {
            return Files.isWritable(file);
        }

        @Override
        public boolean folderIsWritable(Path folder) {
            return Files.isWritable(folder);
        }
    };

    private ReadOnlyPlace() {}

    /** Why {@code file} cannot be written where it is ("it is on a read-only disk"), or empty when it can. */
    public static Optional<Phrase> reason(Path file) {
        return reason(file, SYSTEM);
    }

    /** Why {@code file} cannot be written, by the given facts (tests give their own). */
    public static Optional<Phrase> reason(Path file, Facts facts) {
        Path abs = file.toAbsolutePath();
        try {
            if (facts.diskIsReadOnly(abs)) {
                return Optional.of(Phrase.of("readOnly.why.disk"));
            }
        } catch (IOException e) {
            // the disk cannot say; the file and folder checks below still can
        }
        if (!facts.fileIsWritable(abs)) {
            return Optional.of(Phrase.of("readOnly.why.file"));
        }
        Path folder = abs.getParent();
        if (folder != null && !facts.folderIsWritable(folder)) {
            return Optional.of(Phrase.of("readOnly.why.folder", folder.toString()));
        }
        return Optional.empty();
    }

    /** A short reason for a failed file operation ("Read-only file system", "Permission denied"). */
    static String reasonOf(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
