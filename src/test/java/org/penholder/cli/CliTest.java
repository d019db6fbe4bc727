package org.penholder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;

/** The command line, as staff scripts use it. */
class CliTest {

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void sampleThenInfoShowsTheSampleProject() throws Exception {
        Path file = dir.resolve("s.penholder");
        Run sample = run("sample", file.toString());
        assertEquals(0, sample.exit(), sample.err());
        Run info = run("info", file.toString(), "--json");
        assertEquals(0, info.exit(), info.err());
        JsonNode json = new ObjectMapper().readTree(info.out());
        assertTrue(json.get("title").asText().startsWith("Outcome document"));
        JsonNode counts = json.get("counts");
        assertTrue(counts.get("inputs").asInt() >= 12);
        assertTrue(counts.get("paragraphs").asInt() >= 12);
        assertTrue(counts.get("links").asInt() >= 12);
        assertTrue(counts.get("stakeholders").asInt() >= 5);
        assertEquals(15, counts.get("sections").asInt());
        assertEquals(1, counts.get("revisions").asInt());
        assertTrue(counts.get("amendments").asInt() >= counts.get("paragraphs").asInt());
        assertEquals("Zero draft", json.get("revisions").get(0).asText());
        assertTrue(run("info", file.toString()).out().contains("Revisions     1 (Zero draft)"));
    }

    @Test
    void newCreatesAnEmptyProjectAndCheckPassesIt() {
        Path file = dir.resolve("n.penholder");
        assertEquals(0, run("new", file.toString(), "--title", "Draft outcome").exit());
        Run info = run("info", file.toString());
        assertTrue(info.out().startsWith("Draft outcome"), info.out());
        Run check = run("check", file.toString());
        assertEquals(0, check.exit(), check.err());
        assertEquals(file + ": ok", check.out().strip());
    }

    @Test
    void errorsAreOneLineNamingTheFileAndExitOne() throws Exception {
        Path text = dir.resolve("notes.txt");
        Files.writeString(text, "hello, not a project\n".repeat(10));
        Run info = run("info", text.toString());
        assertEquals(1, info.exit());
        assertEquals(1, info.err().strip().lines().count(), info.err());
        assertTrue(info.err().contains(text.toString()) && info.err().contains("not a Penholder project"), info.err());

        Run missing = run("check", dir.resolve("missing.penholder").toString());
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("does not exist"), missing.err());

        Path existing = TestFiles.sampleCopy(dir);
        Run over = run("sample", existing.toString());
        assertEquals(1, over.exit());
        assertTrue(over.err().contains("already exists"), over.err());
    }

    @Test
    void badUsageExitsTwo() {
        assertEquals(2, run("info").exit(), "a missing argument");
        assertEquals(2, run("no-such-command").exit());
        assertEquals(2, run("new", dir.resolve("x.penholder").toString()).exit(), "--title is required");
        assertEquals(2, run("info", "a", "--no-such-option").exit());
    }

    @Test
    void checkFindsADamagedFile() throws Exception {
        Path file = TestFiles.sampleCopy(dir);
        byte[] bytes = Files.readAllBytes(file);
        // scribble over a page in the middle of the file
        for (int i = 20 * 4096; i < 21 * 4096 && i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Files.write(file, bytes);
        Run check = run("check", file.toString());
        assertEquals(1, check.exit(), check.out() + check.err());
        assertTrue(check.err().contains(file.toString()), check.err());
    }

    @Test
    void helpAndVersion() {
        Run help = run("--help");
        assertEquals(0, help.exit());
        for (String command : new String[] {"sample", "new", "info", "check"}) {
            assertTrue(help.out().contains(command), "help lists " + command);
        }
        // the list of commands shows each one's first line: it must say what the command does in full
        picocli.CommandLine root = Cli.commands();
        for (var sub : root.getSubcommands().values()) {
            String first = sub.getCommandSpec().usageMessage().description()[0];
            assertTrue(first.endsWith("."), sub.getCommandName() + "'s summary is a whole sentence: " + first);
        }
        Run version = run("--version");
        assertEquals(0, version.exit());
        assertTrue(version.out().startsWith("Penholder "), version.out());
        for (String command : Cli.commandNames()) {
            Run sub = run(command, "--help");
            assertEquals(0, sub.exit(), command + " --help");
            assertTrue(sub.out().startsWith("Usage: penholder " + command), command + ": " + sub.out());
        }
        assertTrue(Cli.isCommand(new String[] {"info", "x"}));
        assertTrue(Cli.isCommand(new String[] {"--version"}));
        assertTrue(!Cli.isCommand(new String[] {"my draft.penholder"}));
        assertTrue(!Cli.isCommand(new String[] {}));
    }

    @Test
    void theWindowsCheckForACommandKnowsEveryCommandPicocliKnows() {
        // the window's start reads the names from the annotations rather than building picocli's model
        assertEquals(new picocli.CommandLine(Cli.class).getSubcommands().keySet(), Cli.commandNames());
    }
}
