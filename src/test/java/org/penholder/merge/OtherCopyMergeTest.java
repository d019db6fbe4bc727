package org.penholder.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.penholder.merge.Copies.ANN;
import static org.penholder.merge.Copies.BEN;

import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.model.Paragraph;
import org.penholder.project.Project;
import org.penholder.store.StoreException;

/**
 * The other copy is only read: its bytes and its folder stay as they were, on a read-only folder,
 * while another Penholder has it open, or when it is of an older format. A copy that cannot be
 * trusted is refused with the file and the reason, and the project is left as it was.
 */
class OtherCopyMergeTest {

    @TempDir
    Path dir;

    /** Every file of a folder with the SHA-256 of its bytes. */
    private static Map<String, String> folder(Path dir) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                out.put(f.getFileName().toString(), Files.isDirectory(f) ? "folder" : TestFiles.sha256(f));
            }
        }
        return out;
    }

    private Path[] copiesInTwoFolders() throws Exception {
        Path[] c = Copies.ofSample(dir);
        Path away = Files.createDirectories(dir.resolve("usb"));
        Path other = Files.move(c[1], away.resolve("ben.penholder"));
        return new Path[] {c[0], other};
    }

    private static void benEdits(Path file) {
        try (Project p = Project.open(file, Project.Access.WRITE)) {
            Paragraph x = p.draftService().draft().paragraphsInOrder().get(1);
            p.draftService().setText(x.id(), "Ben's words.", BEN, null);
        }
    }

    @Test
    void theOtherCopyAndItsFolderAreNeverWritten() throws Exception {
        Path[] c = copiesInTwoFolders();
        benEdits(c[1]);
        Map<String, String> before = folder(c[1].getParent());
        MergeReport preview = MergeService.preview(c[0], c[1], MergeGuards.STANDARD);
        assertEquals(1, preview.counts().amendments());
        assertEquals(before, folder(c[1].getParent()), "a preview writes nothing there");
        assertEquals(1, Copies.merge(c[0], c[1]).counts().amendments());
        assertEquals(before, folder(c[1].getParent()), "a merge writes nothing there, not even a journal");
    }

    @Test
    void theOtherCopyMayBeOnAReadOnlyFolder() throws Exception {
        Path[] c = copiesInTwoFolders();
        benEdits(c[1]);
        Path usb = c[1].getParent();
        Map<String, String> before = folder(usb);
        Files.setPosixFilePermissions(c[1], PosixFilePermissions.fromString("r--r--r--"));
        Files.setPosixFilePermissions(usb, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            MergeReport r = Copies.merge(c[0], c[1]);
            assertEquals(1, r.counts().amendments());
            assertEquals(before, folder(usb));
        } finally {
            Files.setPosixFilePermissions(usb, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void theOtherCopyMayBeOpenInAnotherPenholder() throws Exception {
        Path[] c = copiesInTwoFolders();
        try (Project open = Project.open(c[1], Project.Access.WRITE)) {
            Paragraph x = open.draftService().draft().paragraphsInOrder().get(1);
            open.draftService().typeText(x.id(), "Ben is typing.", BEN);
            Map<String, String> before = folder(c[1].getParent());
            MergeReport r = Copies.merge(c[0], c[1]);
            assertEquals(1, r.counts().amendments(), "the typing committed so far comes in");
            assertEquals(before, folder(c[1].getParent()));
            open.draftService().typeText(x.id(), "Ben is typing on.", BEN); // and Ben's Penholder goes on writing
        }
        assertTrue(Copies.draft(c[1]).stream().anyMatch(l -> l.endsWith("Ben is typing on.")));
    }

    @Test
    void aCopyOfAnOlderFormatIsReadAsMigratedWithoutBeingWritten() throws Exception {
        Path a = dir.resolve("a.penholder");
        Path b = Files.createDirectories(dir.resolve("old")).resolve("b.penholder");
        try (InputStream in = OtherCopyMergeTest.class.getResourceAsStream("/fixtures/v1-project.penholder")) {
            Files.copy(in, a);
        }
        Files.copy(a, b);
        // the teammate's Penholder, of the first format, changes a paragraph and records it
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + b);
                Statement st = c.createStatement()) {
            st.execute("PRAGMA foreign_keys = ON");
            var rs = st.executeQuery("SELECT id, text FROM paragraph WHERE deleted = 0 ORDER BY position DESC LIMIT 1");
            rs.next();
            String id = rs.getString(1);
            String old = rs.getString(2);
            rs.close();
            st.execute("UPDATE paragraph SET text = 'Changed on the laptop of format 1.' WHERE id = '" + id + "'");
            st.execute("INSERT INTO amendment(paragraph_id, kind, before_text, after_text, author, created_at, "
                    + "updated_at, status) VALUES ('" + id + "', 'REPLACE_TEXT', '" + old.replace("'", "''")
                    + "', 'Changed on the laptop of format 1.', 'Ben', '2026-12-01T10:00:00Z', "
                    + "'2026-12-01T10:00:00Z', 'APPLIED')");
        }
        try (Project p = Project.open(a, Project.Access.WRITE)) {
            Paragraph first = p.draftService().draft().paragraphsInOrder().get(0);
            p.draftService().setText(first.id(), first.text() + " Ann's addition.", ANN, null);
        }
        Map<String, String> before = folder(b.getParent());
        MergeReport r = Copies.merge(a, b);
        assertTrue(r.migratedCopy());
        assertEquals(1, r.counts().amendments(), "only the change made apart comes in: " + r);
        assertEquals(List.of(), r.conflicts());
        assertEquals(before, folder(b.getParent()), "the older copy is not upgraded by being read");
        List<String> draft = Copies.draft(a);
        assertTrue(draft.stream().anyMatch(l -> l.endsWith("Changed on the laptop of format 1.")), draft.toString());
        assertTrue(draft.stream().anyMatch(l -> l.endsWith("Ann's addition.")));
        assertTrue(Copies.merge(a, b).nothing());
    }

    private void assertRefused(Path file, Path other, String reason) throws Exception {
        String mine = TestFiles.sha256(file);
        List<String> draft = Copies.draft(file);
        Map<String, String> there = Files.isDirectory(other.getParent()) ? folder(other.getParent()) : Map.of();
        StoreException e = assertThrows(StoreException.class, () -> Copies.merge(file, other));
        assertTrue(e.getMessage().contains(other.getFileName().toString()), e.getMessage());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
        assertEquals(mine, TestFiles.sha256(file), "the project is untouched");
        assertEquals(draft, Copies.draft(file));
        if (!there.isEmpty()) {
            assertEquals(there, folder(other.getParent()), "the other copy is untouched");
        }
        StoreException dry =
                assertThrows(StoreException.class, () -> MergeService.preview(file, other, MergeGuards.STANDARD));
        assertTrue(dry.getMessage().contains(reason), dry.getMessage());
    }

    @Test
    void anUnreadableForeignOrNewerCopyIsRefused() throws Exception {
        Path[] c = copiesInTwoFolders();
        Path usb = c[1].getParent();
        assertRefused(c[0], usb.resolve("missing.penholder"), "does not exist");
        assertRefused(c[0], usb, "is a folder");
        Path text = Files.writeString(usb.resolve("notes.penholder"), "Meeting notes, not a project.");
        assertRefused(c[0], text, "not an SQLite database");
        Path foreign = usb.resolve("other-app.db");
        try (Connection conn = DriverManager.getConnection("jdbc:sqlite:" + foreign);
                Statement st = conn.createStatement()) {
            st.execute("CREATE TABLE t(x)");
        }
        assertRefused(c[0], foreign, "another application");
        try (Connection conn = DriverManager.getConnection("jdbc:sqlite:" + c[1]);
                Statement st = conn.createStatement()) {
            st.execute("PRAGMA user_version = 99");
        }
        assertRefused(c[0], c[1], "newer Penholder");
    }

    @Test
    void aCopyChangedOutsidePenholderIsRefused() throws Exception {
        Path[] c = copiesInTwoFolders();
        try (Connection conn = DriverManager.getConnection("jdbc:sqlite:" + c[1]);
                Statement st = conn.createStatement()) {
            st.execute("DROP TRIGGER input_text_is_immutable");
            st.execute("CREATE TABLE extra(x)");
        }
        assertRefused(c[0], c[1], "changed outside Penholder");

        Path[] d = Copies.ofSample(Files.createDirectories(dir.resolve("second")));
        try (Connection conn = DriverManager.getConnection("jdbc:sqlite:" + d[1]);
                Statement st = conn.createStatement()) {
            // foreign keys are off in most tools: an amendment of a paragraph the file does not hold
            st.execute("INSERT INTO amendment(paragraph_id, kind, author, created_at, updated_at, status) "
                    + "VALUES ('pnosuchparagr', 'INSERT_TEXT', 'x', '2026-12-01T10:00:00Z', "
                    + "'2026-12-01T10:00:00Z', 'APPLIED')");
        }
        assertRefused(d[0], d[1], "changed outside Penholder");
    }

    @Test
    void aDamagedCopyIsRefused() throws Exception {
        Path[] c = copiesInTwoFolders();
        long size = Files.size(c[1]);
        try (RandomAccessFile f = new RandomAccessFile(c[1].toFile(), "rw")) {
            // the pages after the header: the schema and the first tables
            f.seek(100);
            for (long i = 100; i < Math.min(size, 40_000); i++) {
                f.write(0x5A);
            }
        }
        assertRefused(c[0], c[1], "malformed");
    }

    @Test
    void aCopyACrashLeftUnfinishedIsRefusedAndNotRepaired() throws Exception {
        Path[] c = copiesInTwoFolders();
        benEdits(c[1]);
        // a journal of an unfinished transaction beside it, as a crash leaves it
        Path journal = c[1].resolveSibling(c[1].getFileName() + "-journal");
        try (Connection conn = DriverManager.getConnection("jdbc:sqlite:" + c[1]);
                Statement st = conn.createStatement()) {
            st.execute("PRAGMA journal_mode = TRUNCATE");
        }
        Path spare = dir.resolve("spare.penholder");
        Files.copy(c[1], spare);
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "--enable-native-access=ALL-UNNAMED",
                        "-cp",
                        System.getProperty("java.class.path"),
                        HotJournalChild.class.getName(),
                        c[1].toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertEquals(
                "writing",
                new String(child.getInputStream().readNBytes(7), java.nio.charset.StandardCharsets.US_ASCII));
        child.destroyForcibly();
        child.waitFor();
        assertTrue(Files.size(journal) > 0, "the crash left its journal");
        assertRefused(c[0], c[1], "not closed properly");
        assertFalse(Files.size(journal) == 0, "the journal is left for Penholder to finish, not rolled back here");
    }
}
