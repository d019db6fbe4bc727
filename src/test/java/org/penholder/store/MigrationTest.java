package org.penholder.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.project.Project;

/**
 * Files written by earlier versions open in this one. {@code fixtures/v1-project.penholder} is a
 * project file of format 1, written by Penholder 0.1 and kept as bytes: see fixtures/README.md.
 */
class MigrationTest {

    @TempDir
    Path dir;

    private Path fixture() throws Exception {
        Path file = dir.resolve("v1.penholder");
        try (InputStream in = MigrationTest.class.getResourceAsStream("/fixtures/v1-project.penholder")) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void aVersionOneFileOpensAndReadsBack() throws Exception {
        Path file = fixture();
        try (Project p = Project.open(file, Project.Access.WRITE)) {
            var info = p.info();
            assertEquals("Fixture draft of format 1", info.title());
            assertEquals(3, info.counts().paragraphs());
            assertEquals(1, info.counts().inputs());
            assertEquals(2, info.counts().links());
            assertEquals(List.of("Zero draft"), info.revisions());
            assertTrue(
                    p.draftService().draft().paragraphsInOrder().get(0).text().startsWith("Recalling"));
            assertEquals(List.of(), IntegrityCheck.run(p.database()));
            assertEquals(0, p.agreed().countTexts(), "the library of adopted texts is added, empty");
        }
    }

    /** This Penholder's steps and one more after them. */
    private static Migrations withStep(String sql) {
        List<Migrations.Step> steps = new ArrayList<>(Migrations.STANDARD.steps());
        steps.add(new Migrations.Step(steps.size() + 1, "a test step", List.of(sql)));
        return new Migrations(steps);
    }

    @Test
    void aVersionOneFileIsMigratedForwardInOneTransaction() throws Exception {
        Path file = fixture();
        Migrations next = withStep("ALTER TABLE paragraph ADD COLUMN footnote TEXT");
        try (Database db = ProjectFiles.open(file, false, next)) {
            assertEquals(
                    ProjectFormat.SCHEMA_VERSION + 1L, (long) db.<Long>read(c -> Sql.count(c, "PRAGMA user_version")));
            assertEquals(3L, (long)
                    db.<Long>read(c -> Sql.count(c, "SELECT COUNT(*) FROM paragraph WHERE footnote IS NULL")));
        }
        // and this version now refuses it, untouched, as a file from a newer Penholder
        String bytes = TestFiles.sha256(file);
        assertTrue(assertThrows(ProjectFileException.class, () -> Project.open(file, Project.Access.READ))
                .getMessage()
                .contains("newer Penholder"));
        assertEquals(bytes, TestFiles.sha256(file));
    }

    @Test
    void aFailingMigrationLeavesTheFileAsItWas() throws Exception {
        Path file = fixture();
        String before = TestFiles.sha256(file);
        Migrations broken = withStep("ALTER TABLE no_such_table ADD COLUMN x TEXT");
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectFiles.open(file, false, broken));
        assertTrue(
                e.getMessage().contains("migration to version " + (ProjectFormat.SCHEMA_VERSION + 1)), e.getMessage());
        assertEquals(before, TestFiles.sha256(file), "nothing of a failed migration is kept");
        // the standard migration still runs on it (a file of an older format is upgraded when opened to write)
        try (Project p = Project.open(file, Project.Access.WRITE)) {
            assertEquals(3, p.info().counts().paragraphs());
        }
    }

    @Test
    void schemaScriptsSplitIntoStatementsKeepingTriggersWhole() {
        List<String> statements = Migrations.splitStatements("""
                -- a comment
                CREATE TABLE a(x);
                CREATE TRIGGER t AFTER INSERT ON a
                BEGIN
                  SELECT 1;
                  SELECT 2;
                END;
                CREATE INDEX i ON a(x);
                """);
        assertEquals(3, statements.size());
        assertTrue(statements.get(1).contains("SELECT 2;") && statements.get(1).endsWith("END;"));
    }
}
