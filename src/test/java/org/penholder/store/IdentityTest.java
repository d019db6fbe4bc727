package org.penholder.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.model.Author;
import org.penholder.model.Link;
import org.penholder.model.ListEntry;
import org.penholder.model.ListKind;
import org.penholder.project.Project;

/** Every record a copy may also hold has an id unique across copies, given once and never changed. */
class IdentityTest {

    private static final List<String> TABLES =
            List.of("amendment", "link", "revision", "stakeholder", "stakeholder_group", "tag");

    @TempDir
    Path dir;

    private static Map<String, List<String>> uids(Project p) {
        return p.database().read(c -> {
            Map<String, List<String>> out = new java.util.LinkedHashMap<>();
            for (String t : TABLES) {
                out.put(t, Sql.list(c, "SELECT uid FROM " + t + " ORDER BY id", rs -> rs.getString(1)));
            }
            return out;
        });
    }

    private Path fixture(String name) throws Exception {
        Path file = dir.resolve(name);
        try (InputStream in = IdentityTest.class.getResourceAsStream("/fixtures/v1-project.penholder")) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void aNewProjectHasAnIdAndEveryRecordAUid() {
        try (Project p = TestFiles.openSample(dir)) {
            assertTrue(p.meta().projectId().length() >= 20, p.meta().projectId());
            Set<String> seen = new HashSet<>();
            for (var e : uids(p).entrySet()) {
                assertTrue(!e.getValue().isEmpty(), "the sample has rows in " + e.getKey());
                for (String uid : e.getValue()) {
                    assertTrue(uid != null && uid.length() >= 20, e.getKey() + " uid " + uid);
                    assertTrue(seen.add(uid), "uids are unique: " + uid);
                }
            }
        }
        try (Project other = Project.create(dir.resolve("other.penholder"), "Other", null)) {
            try (Project sample = Project.open(dir.resolve("sample.penholder"), Project.Access.READ)) {
                assertNotEquals(sample.meta().projectId(), other.meta().projectId());
            }
        }
    }

    @Test
    void aRowWrittenWithoutAUidGetsOneAndAUidNeverChanges() {
        try (Project p = TestFiles.openSample(dir)) {
            long id =
                    p.stakeholders().findOrCreate("New delegation", null, null).id();
            p.database().run(c -> Sql.update(c, "INSERT INTO stakeholder(name) VALUES ('Written without a uid')"));
            String given = p.database()
                    .read(c -> Sql.one(
                            c,
                            "SELECT uid FROM stakeholder WHERE name = 'Written without a uid'",
                            rs -> rs.getString(1)))
                    .orElseThrow();
            assertTrue(given.length() >= 20, given);
            StoreException e = assertThrows(
                    StoreException.class,
                    () -> p.database().run(c -> Sql.update(c, "UPDATE stakeholder SET uid = 'mine' WHERE id = ?", id)));
            assertTrue(e.getMessage().contains("never changes"), e.getMessage());
        }
    }

    @Test
    void twoCopiesOfAnOlderFileUpgradedApartShareTheirIds() throws Exception {
        Path a = fixture("a.penholder");
        Path b = fixture("b.penholder");
        Map<String, List<String>> first;
        String projectA;
        try (Project p = Project.open(a, Project.Access.WRITE)) {
            first = uids(p);
            projectA = p.meta().projectId();
            assertEquals(List.of(), IntegrityCheck.run(p.database()));
        }
        try (Project p = Project.open(b, Project.Access.WRITE)) {
            assertEquals(projectA, p.meta().projectId(), "a copy is the same project");
            assertEquals(first, uids(p), "the records both copies hold have the same uids");
            for (var e : uids(p).entrySet()) {
                assertEquals(e.getValue().size(), new HashSet<>(e.getValue()).size(), e.getKey());
                assertTrue(e.getValue().stream().allMatch(u -> u != null && !u.isBlank()), e.getKey());
            }
        }
    }

    /** The version of the step that gives records their uids. */
    private static int identityStep() {
        return Migrations.STANDARD.steps().stream()
                .filter(s -> s.description().equals("give records ids unique across copies"))
                .findFirst()
                .orElseThrow()
                .version();
    }

    @Test
    void aFileOfTheStepsBeforeIdentityMigratesKeepingTheUidsItsFootnotesAndAdoptedTextsHave() throws Exception {
        Path file = fixture("steps.penholder");
        // the fixture as a Penholder of the steps before identity leaves it: with a footnote, an adopted
        // text and a citation, each given its uid by its own step
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            Migrations.STANDARD.run(c, 1, identityStep() - 1);
            st.execute("INSERT INTO footnote(uid, paragraph_id, anchor, text, created_at) "
                    + "SELECT 'footnote-kept', id, 3, 'A note.', '2026-11-30T10:00:00Z' FROM paragraph "
                    + "WHERE deleted = 0 ORDER BY position LIMIT 1");
            st.execute("INSERT INTO agreed_text(uid, symbol, title, sha256, imported_at) "
                    + "VALUES ('text-kept', 'A/RES/1', 'A resolution', 'abc', '2026-11-30T10:00:00Z')");
            st.execute("INSERT INTO agreed_paragraph(uid, text_id, ordinal, kind, number, text) "
                    + "VALUES ('paragraph-kept', 1, 1, 'OP', '1', 'Decides.')");
            st.execute("INSERT INTO agreed_citation(uid, paragraph_id, agreed_paragraph_id, amendment_id, created_at) "
                    + "SELECT 'citation-kept', paragraph_id, 1, NULL, '2026-11-30T10:00:00Z' FROM footnote");
            c.commit();
        }
        try (Project p = Project.open(file, Project.Access.WRITE)) {
            assertEquals((long) ProjectFormat.SCHEMA_VERSION, (long)
                    p.database().<Long>read(c -> Sql.count(c, "PRAGMA user_version")));
            for (var e : uids(p).entrySet()) {
                assertTrue(e.getValue().stream().allMatch(u -> u != null && !u.isBlank()), e.getKey());
            }
            assertEquals(
                    List.of("footnote-kept", "text-kept", "paragraph-kept", "citation-kept"),
                    p.database()
                            .read(c -> Sql.list(
                                    c,
                                    "SELECT uid FROM footnote UNION ALL SELECT uid FROM agreed_text UNION ALL "
                                            + "SELECT uid FROM agreed_paragraph UNION ALL SELECT uid FROM agreed_citation",
                                    rs -> rs.getString(1))));
            assertEquals(List.of(), IntegrityCheck.run(p.database()));
            for (String table : List.of("footnote", "agreed_citation", "agreed_text")) {
                StoreException e = assertThrows(
                        StoreException.class,
                        () -> p.database().run(c -> Sql.update(c, "UPDATE " + table + " SET uid = 'mine'")));
                assertTrue(e.getMessage().contains("never change"), table + ": " + e.getMessage());
            }
        }
    }

    @Test
    void aLinkRemovedIsRememberedAndComesBackUnderItsOwnUid() {
        try (Project p = TestFiles.openSample(dir)) {
            Link link = p.links().all().get(0);
            String uid = uidOfLink(p, link.id());
            Link removed = p.linkService().remove(link.id());
            assertEquals(List.of(uid), removedUids(p));
            p.linkService().restore(removed);
            assertEquals(uid, uidOfLink(p, link.id()), "an undone removal is the same link");
            assertEquals(List.of(), removedUids(p));
        }
    }

    @Test
    void aListEntryRemovedIsRememberedAndComesBackUnderItsOwnUid() {
        try (Project p = TestFiles.openSample(dir)) {
            ListEntry added = p.lists().add(ListKind.CLUSTERS, "", "Oceans");
            ListStore.Removed removed = p.lists().remove(ListKind.CLUSTERS, added.id());
            assertEquals(1, removedUids(p).size());
            p.lists().restore(removed);
            assertEquals(List.of(), removedUids(p));
        }
    }

    @Test
    void changesOfDecisionsAndNotesAreCounted() {
        try (Project p = TestFiles.openSample(dir)) {
            Link link = p.links().all().get(0);
            p.linkService().setNote(link.id(), "First note");
            p.linkService().setNote(link.id(), "First note");
            p.linkService().setNote(link.id(), "Second note");
            assertEquals(2L, (long)
                    p.database().<Long>read(c -> Sql.count(c, "SELECT note_seq FROM link WHERE id = ?", link.id())));
            String pid = p.draftService().draft().paragraphsInOrder().get(0).id();
            long proposer = p.stakeholders().findOrCreate("Brazil", null, null).id();
            long id = p.proposalService()
                    .proposeDeleteParagraph(pid, proposer, null, new Author("A", ""))
                    .id();
            p.proposalService().reject(id, new Author("A", ""));
            p.proposalService().reopen(id, new Author("A", ""));
            assertEquals(2L, (long)
                    p.database().<Long>read(c -> Sql.count(c, "SELECT decision_seq FROM amendment WHERE id = ?", id)));
        }
    }

    private static String uidOfLink(Project p, long id) {
        return p.database()
                .read(c -> Sql.one(c, "SELECT uid FROM link WHERE id = ?", rs -> rs.getString(1), id))
                .orElseThrow();
    }

    private static List<String> removedUids(Project p) {
        return p.database().read(c -> Sql.list(c, "SELECT uid FROM removed_record", rs -> rs.getString(1)));
    }
}
