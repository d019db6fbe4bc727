package org.penholder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.Mounts;
import org.penholder.project.Project;
import org.penholder.store.DiskFullTestFiles;

/**
 * The case on a real full disk (a small tmpfs; skipped where it cannot be mounted): an
 * import says the disk is full, keeps what fitted, and goes on once space is freed.
 */
class DiskFullCliTest {

    @TempDir
    Path dir;

    @Test
    void importInputsOnAFullDiskSaysSoKeepsWhatFittedAndCanBeRetried() throws Exception {
        List<Path> texts = DiskFullTestFiles.texts(dir.resolve("inputs"), 10, 6000);
        try (Mounts disk = Mounts.tmpfs(dir.resolve("disk"), 6L * 1024 * 1024)) {
            Path file = disk.path().resolve("draft.penholder");
            Project.create(file, "Draft on a small disk", null).close();
            Path filler = disk.path().resolve("filler.bin");
            long room = Files.getFileStore(disk.path()).getUsableSpace();
            try (RandomAccessFile f = new RandomAccessFile(filler.toFile(), "rw")) {
                f.write(new byte[(int) (room - 900 * 1024)]); // written, so tmpfs counts it
            }

            CliTest.Run full = CliTest.run(
                    "import-inputs", file.toString(), dir.resolve("inputs").toString());
            assertEquals(Cli.FAILED, full.exit(), full.err());
            assertTrue(full.err().contains("The disk holding draft.penholder is full ("), full.err());
            assertTrue(full.err().contains(" free); nothing was changed"), full.err());
            assertFalse(full.err().contains("no transaction"), full.err());
            long kept;
            try (Project p = Project.open(file, Project.Access.READ)) {
                kept = p.inputs().count();
            }
            assertTrue(kept > 0 && kept < texts.size(), "what fitted is kept: " + kept + "\n" + full.err());
            assertTrue(full.err().contains(kept + " inputs imported"), full.err());
            assertEquals(0, CliTest.run("check", file.toString()).exit(), "not half written");

            Files.delete(filler);
            CliTest.Run again = CliTest.run(
                    "import-inputs", file.toString(), dir.resolve("inputs").toString());
            assertEquals(0, again.exit(), again.err());
            assertTrue(again.err().contains((texts.size() - kept) + " inputs imported"), again.err());
            assertTrue(again.err().contains(kept + " already in the project"), again.err());
            assertEquals(0, CliTest.run("check", file.toString()).exit());
        }
    }
}
