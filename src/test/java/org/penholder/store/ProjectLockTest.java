package org.penholder.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.model.Author;
import org.penholder.project.Project;

/** A second Penholder on the same file reads it, and cannot write it, while the first has it open. */
class ProjectLockTest {

    @TempDir
    Path dir;

    @Test
    void aSecondOpenIsReadOnlyAndSaysWhy() {
        Path file = TestFiles.sampleCopy(dir);
        try (Project first = Project.open(file, Project.Access.WRITE_IF_FREE)) {
            assertFalse(first.isReadOnly());
            assertTrue(Files.exists(ProjectLock.lockFileOf(file)));
            try (Project second = Project.open(file, Project.Access.WRITE_IF_FREE)) {
                assertTrue(second.isReadOnly());
                assertTrue(second.readOnlyReason().orElseThrow().contains("another Penholder"));
                String pid =
                        second.draftService().draft().paragraphsInOrder().get(0).id();
                StoreException e = assertThrows(
                        StoreException.class,
                        () -> second.draftService().typeText(pid, "changed", new Author("B", "")));
                assertTrue(e.getMessage().contains("read-only"), e.getMessage());
            }
            ProjectFileException refused =
                    assertThrows(ProjectFileException.class, () -> Project.open(file, Project.Access.WRITE));
            assertTrue(refused.getMessage().contains("close it there first"), refused.getMessage());
            String pid = first.draftService().draft().paragraphsInOrder().get(0).id();
            first.draftService().typeText(pid, "Only the first window writes.", new Author("A", ""));
        }
        assertFalse(Files.exists(ProjectLock.lockFileOf(file)), "the lock goes with the project");
        try (Project again = Project.open(file, Project.Access.WRITE)) {
            assertFalse(again.isReadOnly());
            assertEquals(
                    "Only the first window writes.",
                    again.draftService().draft().paragraphsInOrder().get(0).text());
        }
    }
}
