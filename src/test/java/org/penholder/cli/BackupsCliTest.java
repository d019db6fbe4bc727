package org.penholder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.project.Project;

/** penholder backups and penholder restore, as a person whose project file is gone would use them. */
class BackupsCliTest {

    @TempDir
    Path dir;

    @Test
    void listAndRestoreTheBackupOfARevisionEvenWhenTheProjectIsGone() throws Exception {
        Path file = TestFiles.sampleCopy(dir);
        assertEquals(0, CliTest.run("revise", file.toString(), "Rev.1").exit());
        Files.delete(file); // lost: the backups are elsewhere

        CliTest.Run listed = CliTest.run("backups", file.toString(), "--json");
        assertEquals(0, listed.exit(), listed.err());
        JsonNode list = new ObjectMapper().readTree(listed.out());
        assertEquals(1, list.size(), listed.out());
        JsonNode b = list.get(0);
        List<String> fields = new ArrayList<>();
        b.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("id", "time", "reason", "size", "kind"), fields, "the fields scripts rely on");
        assertEquals("Rev.1 frozen", b.get("reason").asText());
        assertTrue(b.get("size").asLong() > 0);
        assertTrue(b.get("time").asText().endsWith("Z"));
        String id = b.get("id").asText();

        CliTest.Run plain = CliTest.run("backups", file.toString());
        assertTrue(plain.out().contains(id) && plain.out().contains("Rev.1 frozen"), plain.out());

        Path out = dir.resolve("restored.penholder");
        CliTest.Run restored = CliTest.run("restore", file.toString(), "--backup", id, "--out", out.toString());
        assertEquals(0, restored.exit(), restored.err());
        try (Project p = Project.open(out, Project.Access.READ)) {
            assertTrue(p.revisionNames().contains("Rev.1"));
        }
        CliTest.Run again = CliTest.run("restore", file.toString(), "--backup", id, "--out", out.toString());
        assertEquals(Cli.FAILED, again.exit());
        assertTrue(again.err().contains("already exists"), again.err());
        CliTest.Run wrong = CliTest.run(
                "restore",
                file.toString(),
                "--backup",
                "nope",
                "--out",
                dir.resolve("x.penholder").toString());
        assertEquals(Cli.FAILED, wrong.exit());
        assertTrue(wrong.err().contains("there is no backup nope"), wrong.err());
    }

    @Test
    void aPlantedFileIsRefusedAndCleanedOnTheCommandLine() throws Exception {
        Path file = TestFiles.sampleCopy(dir);
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
                var st = c.createStatement()) {
            st.execute("CREATE TRIGGER keep_tidy AFTER INSERT ON amendment BEGIN DELETE FROM link; END");
        }
        CliTest.Run refused = CliTest.run("info", file.toString());
        assertEquals(Cli.FAILED, refused.exit());
        assertTrue(refused.err().contains("an extra trigger \"keep_tidy\" on amendment"), refused.err());
        assertTrue(refused.err().contains("penholder clean-copy"), refused.err());
        assertEquals(1, refused.err().strip().lines().count(), "one line: " + refused.err());
        Path out = dir.resolve("cleaned.penholder");
        CliTest.Run cleaned = CliTest.run("clean-copy", file.toString(), "--out", out.toString());
        assertEquals(0, cleaned.exit(), cleaned.err());
        assertTrue(cleaned.err().contains("left out: an extra trigger"), cleaned.err());
        assertEquals(0, CliTest.run("check", out.toString()).exit());
    }
}
