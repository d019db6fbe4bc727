package org.penholder.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.Mounts;
import org.penholder.TestFiles;
import org.penholder.model.Author;
import org.penholder.project.Project;
import org.penholder.text.Phrase;

/**
 * A project where nothing can be written (read-only media, file or folder) opens read-only saying
 * why, and a change is refused as read-only: there is nothing to close elsewhere.
 */
class ReadOnlyPlaceTest {

    @TempDir
    Path dir;

    private record Facts(boolean diskReadOnly, boolean fileWritable, boolean folderWritable)
            implements ReadOnlyPlace.Facts {
        @Override
        public boolean diskIsReadOnly(Path file) throws IOException {
            return diskReadOnly;
        }

        @Override
        public boolean fileIsWritable(Path file) {
            return fileWritable;
        }

        @Override
        public boolean folderIsWritable(Path folder) {
            return folderWritable;
        }
    }

    @Test
    void theReasonSaysWhichPlaceIsReadOnly() {
        Path file = dir.resolve("draft.penholder");
        assertEquals(
                Optional.of("it is on a read-only disk"),
                ReadOnlyPlace.reason(file, new Facts(true, false, false)).map(Phrase::english));
        assertEquals(
                Optional.of("the file is read-only"),
                ReadOnlyPlace.reason(file, new Facts(false, false, true)).map(Phrase::english));
        assertEquals(
                Optional.of("its folder " + dir.toAbsolutePath() + " cannot be written"),
                ReadOnlyPlace.reason(file, new Facts(false, true, false)).map(Phrase::english));
        assertEquals(Optional.empty(), ReadOnlyPlace.reason(file, new Facts(false, true, true)));
    }

    @Test
    void aLockFileThatCannotBeWrittenMeansReadOnlyNotOpenElsewhere() throws Exception {
        Path file = TestFiles.sampleCopy(dir);
        // even root cannot open a folder as the lock file
        Files.createDirectory(ProjectLock.lockFileOf(file));
        String bytes = TestFiles.sha256(file);
        ProjectFileException refused =
                assertThrows(ProjectFileException.class, () -> Project.open(file, Project.Access.WRITE));
        assertTrue(refused.getMessage().contains("is read-only"), refused.getMessage());
        assertFalse(refused.getMessage().contains("close it there"), refused.getMessage());
        try (Project p = Project.open(file, Project.Access.WRITE_IF_FREE)) {
            assertTrue(p.isReadOnly());
            String reason = p.readOnlyReason().orElseThrow();
            assertTrue(reason.startsWith("Its folder cannot be written"), reason);
            String paragraph =
                    p.draftService().draft().paragraphsInOrder().get(0).id();
            WriteFailedException e = assertThrows(
                    WriteFailedException.class, () -> p.draftService().typeText(paragraph, "No.", new Author("A", "")));
            assertEquals(WriteFailedException.Cause.READ_ONLY, e.kind());
            assertTrue(e.getMessage().contains("is read-only"), e.getMessage());
        }
        assertEquals(bytes, TestFiles.sha256(file));
    }

    @Test
    void aReadOnlyFileOpensReadOnlyAndSaysSo() throws Exception {
        Path file = TestFiles.sampleCopy(dir);
        String bytes = TestFiles.sha256(file);
        // root may write any file whose mode says read-only: the immutable attribute stops it too
        boolean immutable = "root".equals(System.getProperty("user.name"));
        if (immutable) {
            org.junit.jupiter.api.Assumptions.assumeTrue(
                    run("chattr", "+i", file.toString()), "chattr cannot mark a file immutable here: skipped");
        } else {
            assertTrue(file.toFile().setWritable(false, false));
        }
        try {
            try (Project p = Project.open(file, Project.Access.WRITE_IF_FREE)) {
                assertEquals(Optional.of("The file is read-only."), p.readOnlyReason());
            }
            ProjectFileException e =
                    assertThrows(ProjectFileException.class, () -> Project.open(file, Project.Access.WRITE));
            assertTrue(e.getMessage().contains("is read-only (the file is read-only)"), e.getMessage());
        } finally {
            if (immutable) {
                run("chattr", "-i", file.toString());
            } else {
                file.toFile().setWritable(true);
            }
        }
        assertEquals(bytes, TestFiles.sha256(file));
    }

    private static boolean run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor() == 0;
    }

    @Test
    void aProjectOnAReadOnlyDiskOpensReadOnlyAndSaysSo() throws Exception {
        Path source = Files.createDirectories(dir.resolve("stick"));
        Path file = TestFiles.sampleCopy(source);
        String bytes = TestFiles.sha256(file);
        long links;
        try (Project p = Project.open(file, Project.Access.READ)) {
            links = p.links().count();
        }
        try (Mounts ro = Mounts.readOnly(source, dir.resolve("mounted"))) {
            Path there = ro.path().resolve(file.getFileName());
            try (Project p = Project.open(there, Project.Access.WRITE_IF_FREE)) {
                assertTrue(p.isReadOnly());
                assertEquals(Optional.of("It is on a read-only disk."), p.readOnlyReason());
                assertEquals(links, p.links().count(), "it reads");
                Path copy = dir.resolve("copy.penholder");
                p.saveCopy(copy);
                try (Project c = Project.open(copy, Project.Access.WRITE)) {
                    assertFalse(c.isReadOnly(), "a saved copy elsewhere can be changed");
                }
            }
            ProjectFileException e =
                    assertThrows(ProjectFileException.class, () -> Project.open(there, Project.Access.WRITE));
            assertTrue(e.getMessage().contains("is read-only (it is on a read-only disk)"), e.getMessage());
            assertFalse(e.getMessage().contains("close it there"), e.getMessage());
            assertFalse(Files.exists(ProjectLock.lockFileOf(file)));
        }
        assertEquals(bytes, TestFiles.sha256(file));
    }
}
