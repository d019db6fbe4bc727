package org.penholder.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.penholder.merge.Copies.ANN;
import static org.penholder.merge.Copies.BEN;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.backup.Backup;
import org.penholder.model.Paragraph;
import org.penholder.project.Project;
import org.penholder.store.CleanedCopy;
import org.penholder.store.StoreException;

/**
 * The checks around a merge: the other copy's schema is checked before anything of it is read or
 * upgraded, and the project is backed up before a merge writes to it, or the merge does not happen.
 */
class MergeGuardsTest {

    @TempDir
    Path dir;

    private static void benEdits(Path file) {
        try (Project p = Project.open(file, Project.Access.WRITE)) {
            Paragraph x = p.draftService().draft().paragraphsInOrder().get(1);
            p.draftService().setText(x.id(), "Ben's words.", BEN, null);
        }
    }

    private static List<Backup> backups(Path file) {
        try (Project p = Project.open(file, Project.Access.READ)) {
            return p.backups().list();
        }
    }

    private static void plant(Path file, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        }
    }

    @Test
    void aCopyWithAPlantedTriggerIsRefusedNamingItAndACleanedCopyOfItMerges() throws Exception {
        Path[] c = Copies.ofSample(dir);
        benEdits(c[1]);
        plant(c[1], "CREATE TRIGGER wipe AFTER INSERT ON amendment BEGIN DELETE FROM link; END");
        String mine = TestFiles.sha256(c[0]);
        StoreException e = assertThrows(StoreException.class, () -> Copies.merge(c[0], c[1]));
        assertTrue(e.getMessage().startsWith(c[1].toString()), e.getMessage());
        assertTrue(e.getMessage().contains("changed outside Penholder and was not merged"), e.getMessage());
        assertTrue(e.getMessage().contains("\"wipe\""), "it names what it found: " + e.getMessage());
        assertTrue(e.getMessage().contains("clean-copy"), "it says what to do: " + e.getMessage());
        assertEquals(mine, TestFiles.sha256(c[0]), "the project is untouched");

        Path cleaned = dir.resolve("b-cleaned.penholder");
        CleanedCopy.write(c[1], cleaned);
        MergeReport r = Copies.merge(c[0], cleaned);
        assertEquals(1, r.counts().amendments(), "the cleaned copy is the same project, its work comes in");
        assertTrue(Copies.draft(c[0]).stream().anyMatch(l -> l.endsWith("Ben's words.")));
    }

    @Test
    void anOlderCopyIsCheckedAtItsOwnFormatBeforeItIsUpgraded() throws Exception {
        Path a = dir.resolve("a.penholder");
        Path b = dir.resolve("b.penholder");
        try (InputStream in = MergeGuardsTest.class.getResourceAsStream("/fixtures/v1-project.penholder")) {
            Files.copy(in, a);
        }
        Files.copy(a, b);
        // a trigger the upgrade itself would fire (it gives every amendment its uid)
        plant(b, "CREATE TRIGGER planted AFTER UPDATE ON amendment BEGIN DELETE FROM paragraph; END");
        StoreException e = assertThrows(StoreException.class, () -> MergeService.preview(a, b, MergeGuards.STANDARD));
        assertTrue(e.getMessage().contains("\"planted\""), e.getMessage());
        assertTrue(e.getMessage().contains("was not merged"), e.getMessage());
    }

    @Test
    void aMergeIsBackedUpFirstAndAMergeThatBringsNothingIsNot() {
        Path[] c = Copies.ofSample(dir);
        benEdits(c[1]);
        int before = backups(c[0]).size();
        Copies.merge(c[0], c[1]);
        List<Backup> after = backups(c[0]);
        assertEquals(before + 1, after.size());
        assertEquals("before merging b.penholder", after.get(0).reason());
        assertEquals(
                Copies.amendmentUids(c[0]).size() - 1L,
                after.get(0).counts().amendments(),
                "the backup holds the project as it was before the merge");

        assertTrue(Copies.merge(c[0], c[1]).nothing());
        assertEquals(after.size(), backups(c[0]).size(), "nothing written, nothing backed up");
    }

    @Test
    void aMergeIsRefusedWhenNoBackupCanBeMade() throws Exception {
        Path[] c = Copies.ofSample(dir);
        benEdits(c[1]);
        try (Project p = Project.open(c[0], Project.Access.WRITE)) {
            Paragraph first = p.draftService().draft().paragraphsInOrder().get(0);
            p.draftService().setText(first.id(), first.text() + " Ann's addition.", ANN, null);
            // where the backups go, a file: no backup folder can be made there
            Files.createDirectories(p.backups().folder().getParent());
            Files.deleteIfExists(p.backups().folder());
            Files.writeString(p.backups().folder(), "in the way");
        }
        List<String> draft = Copies.draft(c[0]);
        String bytes = TestFiles.sha256(c[0]);
        StoreException e = assertThrows(StoreException.class, () -> Copies.merge(c[0], c[1]));
        assertTrue(e.getMessage().startsWith(c[0].toString()), e.getMessage());
        assertTrue(e.getMessage().contains("nothing was merged from b.penholder"), e.getMessage());
        assertTrue(
                e.getMessage().contains("a backup of the project is made before every merge, and none could be"),
                e.getMessage());
        assertEquals(bytes, TestFiles.sha256(c[0]), "the project is untouched");
        assertEquals(draft, Copies.draft(c[0]));
    }
}
