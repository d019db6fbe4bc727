package org.penholder.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.model.Author;
import org.penholder.model.InputFilter;
import org.penholder.model.SearchQuery;
import org.penholder.project.Project;

/**
 * A project file is untrusted input: its schema is compared with what this Penholder makes, and a
 * file holding anything else is refused untouched, with a cleaned copy to open instead.
 */
class UntrustedSchemaTest {

    @TempDir
    Path dir;

    private static final Author ME = new Author("Tester", "Team");

    /** Changes a file with plain SQLite, as another program would. */
    private static void tamper(Path file, String... sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement st = c.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
        }
    }

    private static long count(Path file, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement st = c.createStatement();
                var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Path planted() throws SQLException {
        Path file = TestFiles.sampleCopy(dir);
        tamper(file, "CREATE TRIGGER keep_tidy AFTER INSERT ON amendment BEGIN DELETE FROM link; END");
        return file;
    }

    @Test
    void aPlantedTriggerNeverRunsAndTheLinksSurviveTheNextProposal() throws Exception {
        Path file = planted();
        long links = count(file, "SELECT COUNT(*) FROM link");
        assertTrue(links > 0);
        String bytes = TestFiles.sha256(file);
        boolean refused = false;
        try (Project p = Project.open(file, Project.Access.WRITE)) {
            // the case: a delegation's proposal recorded and accepted
            long proposer = p.stakeholders()
                    .findOrCreate("Group of 77 and China", null, null)
                    .id();
            String paragraph =
                    p.draftService().draft().paragraphsInOrder().get(0).id();
            long id = p.proposalService()
                    .proposeText(paragraph, 0, 0, "Also ", proposer, null, ME)
                    .id();
            p.proposalService().accept(id, ME);
        } catch (UntrustedProjectException e) {
            refused = true;
            assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
            assertTrue(e.getMessage().contains("trigger \"keep_tidy\" on amendment"), e.getMessage());
            assertEquals(List.of("an extra trigger \"keep_tidy\" on amendment"), e.differences());
        }
        assertEquals(links, count(file, "SELECT COUNT(*) FROM link"), "every link is still there");
        assertTrue(refused, "the file is refused");
        assertEquals(bytes, TestFiles.sha256(file), "not one byte of it changed");
        assertFalse(Files.exists(ProjectLock.lockFileOf(file)));
    }

    @Test
    void everyWayOfOpeningRefusesIt() throws Exception {
        Path file = planted();
        String bytes = TestFiles.sha256(file);
        for (Project.Access access : Project.Access.values()) {
            assertThrows(
                    UntrustedProjectException.class,
                    () -> Project.open(file, access).close());
        }
        assertThrows(
                UntrustedProjectException.class,
                () -> ProjectFiles.open(file, true).close());
        assertEquals(bytes, TestFiles.sha256(file));
    }

    @Test
    void extraAlteredAndMissingObjectsAreNamed() throws Exception {
        Path file = TestFiles.sampleCopy(dir);
        tamper(
                file,
                "CREATE VIEW everything AS SELECT * FROM input",
                "CREATE INDEX link_by_quote ON link(quote)",
                "DROP INDEX amendment_by_status",
                "CREATE VIRTUAL TABLE notes USING fts5(body)",
                // the same table without its checks, as a tool that rebuilds tables would leave it
                "PRAGMA foreign_keys = OFF",
                "CREATE TABLE revision_block2 (revision_id INTEGER, ordinal INTEGER, kind TEXT, ref_id TEXT,"
                        + " label TEXT, status TEXT, text TEXT, PRIMARY KEY (revision_id, ordinal)) WITHOUT ROWID",
                "DROP TABLE revision_block",
                "ALTER TABLE revision_block2 RENAME TO revision_block",
                "CREATE INDEX revision_block_by_ref ON revision_block(ref_id)");
        UntrustedProjectException e =
                assertThrows(UntrustedProjectException.class, () -> Project.open(file, Project.Access.READ));
        List<String> found = e.differences();
        assertTrue(found.contains("an extra view \"everything\""), found.toString());
        assertTrue(found.contains("an extra index \"link_by_quote\" on link"), found.toString());
        assertTrue(found.contains("a missing index \"amendment_by_status\" on amendment"), found.toString());
        assertTrue(found.contains("an extra virtual table \"notes\""), found.toString());
        assertTrue(found.contains("an altered table \"revision_block\""), found.toString());
        assertTrue(
                found.contains("a missing trigger \"revision_block_is_immutable\" on revision_block"),
                found.toString());
    }

    @Test
    void layoutOfTheSqlDoesNotCountButItsMeaningDoes() {
        assertEquals(
                SchemaCheck.normalise("CREATE  TABLE t (\n  a INTEGER -- the key\n, b TEXT CHECK (b IN ('X', 'y')))"),
                SchemaCheck.normalise("create table t(a integer, b text check(b in ('X','y')))"));
        assertFalse(SchemaCheck.normalise("CREATE TABLE t (b CHECK (b IN ('X')))")
                .equals(SchemaCheck.normalise("CREATE TABLE t (b CHECK (b IN ('x')))")));
        assertFalse(
                SchemaCheck.normalise("CREATE TABLE \"T\"(a)").equals(SchemaCheck.normalise("CREATE TABLE \"t\"(a)")));
        assertEquals(
                "create table t(a/**/b)".replace("/**/", " "), SchemaCheck.normalise("CREATE TABLE t(a /* c */ b)"));
    }

    @Test
    void aFileOfThisPenholderMatchesItsOwnSchema() throws Exception {
        try (Project p = TestFiles.openSample(dir)) {
            assertEquals(
                    List.of(),
                    p.database()
                            .read(c -> SchemaCheck.differences(c, ProjectFormat.SCHEMA_VERSION, Migrations.STANDARD)));
        }
    }

    @Test
    void theDefensiveSettingsAreOn() throws Exception {
        try (Project p = TestFiles.openSample(dir)) {
            assertEquals(0L, (long) p.database().<Long>read(c -> Sql.count(c, "PRAGMA trusted_schema")));
            assertEquals(1L, (long) p.database().<Long>read(c -> Sql.count(c, "PRAGMA cell_size_check")));
            StoreException e = assertThrows(
                    StoreException.class, () -> p.database().read(c -> Sql.count(c, "SELECT load_extension('x')")));
            assertTrue(e.getMessage().contains("not authorized"), e.getMessage());
            // a value longer than the limit is refused rather than read into memory
            assertThrows(
                    StoreException.class,
                    () -> p.database()
                            .read(c -> Sql.count(
                                    c, "SELECT length(zeroblob(" + (ProjectFiles.MAX_VALUE_BYTES + 1L) + "))")));
        }
    }

    @Test
    void aCleanedCopyHoldsTheDataAndNothingPlanted() throws Exception {
        Path file = planted();
        tamper(file, "CREATE VIEW everything AS SELECT * FROM input");
        String bytes = TestFiles.sha256(file);
        long links = count(file, "SELECT COUNT(*) FROM link");
        long amendments = count(file, "SELECT COUNT(*) FROM amendment");
        long inputs = count(file, "SELECT COUNT(*) FROM input");
        Path copy = dir.resolve("cleaned.penholder");

        CleanedCopy.Report report = CleanedCopy.write(file, copy);

        assertEquals(bytes, TestFiles.sha256(file), "the original is untouched");
        assertTrue(
                report.leftOut().contains("an extra trigger \"keep_tidy\" on amendment"),
                report.leftOut().toString());
        assertTrue(
                report.leftOut().contains("an extra view \"everything\""),
                report.leftOut().toString());
        assertEquals(List.of(), report.rowsLeftOut());
        try (Project p = Project.open(copy, Project.Access.WRITE)) {
            assertEquals(links, p.links().count());
            assertEquals(amendments, p.amendments().count());
            assertEquals(inputs, p.inputs().count());
            assertEquals(List.of(), IntegrityCheck.run(p.database()));
            // the search index was rebuilt from the inputs
            assertFalse(p.inputIndex()
                    .search(SearchQuery.parse("digital"), InputFilter.ALL, 10)
                    .isEmpty());
            String paragraph =
                    p.draftService().draft().paragraphsInOrder().get(0).id();
            p.draftService().typeText(paragraph, "Changed in the cleaned copy.", ME);
            assertEquals(links, p.links().count(), "nothing planted came along");
        }
        assertThrows(ProjectFileException.class, () -> CleanedCopy.write(file, copy), "never over a file");
    }

    @Test
    void rowsTheFreshSchemaRefusesAreLeftOutAndCounted() throws Exception {
        Path file = TestFiles.sampleCopy(dir);
        long links = count(file, "SELECT COUNT(*) FROM link");
        // a link table without its checks, holding a link that ends before it starts
        tamper(
                file,
                "PRAGMA foreign_keys = OFF",
                "CREATE TABLE link2 AS SELECT * FROM link",
                "DROP TABLE link",
                "ALTER TABLE link2 RENAME TO link",
                "UPDATE link SET end_char = 0 WHERE id = (SELECT MIN(id) FROM link)");
        CleanedCopy.Report report = CleanedCopy.write(file, dir.resolve("cleaned.penholder"));
        assertEquals(1, report.rowsLeftOut().size(), report.rowsLeftOut().toString());
        assertTrue(
                report.rowsLeftOut().get(0).startsWith("1 of link"),
                report.rowsLeftOut().toString());
        try (Project p = Project.open(dir.resolve("cleaned.penholder"), Project.Access.READ)) {
            assertEquals(links - 1, p.links().count());
        }
    }

    @Test
    void anOlderFileOpenedReadOnlyIsReadAsMigratedWithoutWritingIt() throws Exception {
        Path file = dir.resolve("v1.penholder");
        try (var in = UntrustedSchemaTest.class.getResourceAsStream("/fixtures/v1-project.penholder")) {
            Files.copy(in, file);
        }
        String bytes = TestFiles.sha256(file);
        List<Migrations.Step> steps = new ArrayList<>();
        steps.add(new Migrations.Step(1, "create the version 1 schema", Migrations.sqlResource("schema-v1.sql")));
        steps.add(new Migrations.Step(2, "a test step", List.of("ALTER TABLE paragraph ADD COLUMN footnote TEXT")));
        Migrations next = new Migrations(steps);
        List<Path> before = privateCopies();
        try (Database db = ProjectFiles.open(file, true, next)) {
            assertTrue(db.isReadOnly());
            assertEquals(file, db.file());
            assertEquals(2L, (long) db.<Long>read(c -> Sql.count(c, "PRAGMA user_version")));
            assertEquals(3L, (long)
                    db.<Long>read(c -> Sql.count(c, "SELECT COUNT(*) FROM paragraph WHERE footnote IS NULL")));
            assertThrows(WriteFailedException.class, () -> db.run(c -> Sql.update(c, "DELETE FROM link")));
            assertEquals(before.size() + 1, privateCopies().size(), "read from a private copy");
        }
        assertEquals(bytes, TestFiles.sha256(file), "the older file is not written");
        assertEquals(before, privateCopies(), "the private copy is deleted on close");
    }

    private static List<Path> privateCopies() throws Exception {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("penholder-migrated-")
                            && p.getFileName().toString().endsWith(ProjectFormat.EXTENSION))
                    .sorted()
                    .toList();
        }
    }
}
