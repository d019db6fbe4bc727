package org.penholder.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.project.Project;

/** A file that is not a Penholder project this version can read is refused, and not one byte of it changes. */
class ProjectFilesTest {

    @TempDir
    Path dir;

    private void assertRefusedUntouched(Path file, String expectedReason) throws Exception {
        String before = TestFiles.sha256(file);
        long size = Files.size(file);
        for (Project.Access access : Project.Access.values()) {
            ProjectFileException e = assertThrows(
                    ProjectFileException.class, () -> Project.open(file, access).close());
            assertTrue(e.getMessage().startsWith(file.toString()), "the message names the file: " + e.getMessage());
            assertTrue(e.getMessage().contains(expectedReason), "the message says why: " + e.getMessage());
        }
        assertEquals(before, TestFiles.sha256(file), "the file's bytes are untouched");
        assertEquals(size, Files.size(file));
        assertFalse(Files.exists(ProjectLock.lockFileOf(file)), "no lock file is left beside a refused file");
        assertFalse(Files.exists(ProjectFiles.journalOf(file)), "no journal is left beside a refused file");
    }

    @Test
    void aForeignSqliteDatabaseIsRefused() throws Exception {
        Path file = dir.resolve("other-app.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement st = c.createStatement()) {
            st.execute("CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT)");
            st.execute("INSERT INTO notes(body) VALUES ('not a draft')");
            st.execute("PRAGMA application_id = 12345");
        }
        assertRefusedUntouched(file, "SQLite database of another application");
    }

    @Test
    void aTextFileIsRefused() throws Exception {
        Path file = dir.resolve("notes.penholder");
        Files.writeString(file, "These are meeting notes, not a project.\n".repeat(20), StandardCharsets.UTF_8);
        assertRefusedUntouched(file, "not an SQLite database");
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        Path file = dir.resolve("empty.penholder");
        Files.createFile(file);
        assertRefusedUntouched(file, "is empty");
    }

    @Test
    void aFileFromANewerPenholderIsRefused() throws Exception {
        Path file = dir.resolve("future.penholder");
        Project.create(file, "Draft from the future", null).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = 99");
        }
        assertRefusedUntouched(file, "newer Penholder");
    }

    @Test
    void aMissingFileAndAFolderAreRefusedWithTheirReason() {
        Path missing = dir.resolve("missing.penholder");
        assertTrue(assertThrows(ProjectFileException.class, () -> Project.open(missing, Project.Access.READ))
                .getMessage()
                .contains("does not exist"));
        assertFalse(Files.exists(missing), "opening does not create the file");
        assertTrue(assertThrows(ProjectFileException.class, () -> Project.open(dir, Project.Access.READ))
                .getMessage()
                .contains("is a folder"));
    }

    @Test
    void creatingOverAnExistingFileIsRefused() throws Exception {
        Path file = dir.resolve("taken.penholder");
        Files.writeString(file, "keep me");
        assertThrows(ProjectFileException.class, () -> Project.create(file, "Title", null));
        assertEquals("keep me", Files.readString(file));
    }

    @Test
    void aNewProjectCarriesPenholdersMarksAndDefaultLists() throws Exception {
        Path file = dir.resolve("new.penholder");
        try (Project p = Project.create(file, "Draft outcome", "A/80/L.1")) {
            assertEquals((long) ProjectFormat.APPLICATION_ID, (long)
                    p.database().<Long>read(c -> Sql.count(c, "PRAGMA application_id")));
            assertEquals((long) ProjectFormat.SCHEMA_VERSION, (long)
                    p.database().<Long>read(c -> Sql.count(c, "PRAGMA user_version")));
            assertEquals(1L, (long) p.database().<Long>read(c -> Sql.count(c, "PRAGMA foreign_keys")));
            assertEquals("Draft outcome", p.meta().title());
            assertEquals(
                    List.of(
                            "Member State",
                            "Observer/IGO",
                            "UN entity",
                            "Private sector",
                            "Civil society",
                            "Technical community",
                            "Academia",
                            "Youth"),
                    p.stakeholders().groups());
            assertEquals(15 + 11, p.tags().all().size());
            assertEquals(List.of(), IntegrityCheck.run(p.database()));
        }
        try (var files = java.nio.file.Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "one file, and nothing beside it once closed");
        }
    }

    @Test
    void aSavedCopyIsACompleteProject() {
        try (Project p = TestFiles.openSample(dir)) {
            Path copy = dir.resolve("copy.penholder");
            p.saveCopy(copy);
            try (Project c = Project.open(copy, Project.Access.READ)) {
                assertEquals(p.info(), c.info());
            }
            assertThrows(ProjectFileException.class, () -> p.saveCopy(copy), "a copy never overwrites a file");
        }
    }
}
