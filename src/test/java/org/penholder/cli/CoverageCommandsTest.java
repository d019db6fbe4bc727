package org.penholder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.penholder.coverage.MadeUpProject;

/** {@code penholder coverage} and {@code penholder report}, as a co-facilitator's script uses them. */
class CoverageCommandsTest {

    @TempDir
    Path dir;

    private Path madeUp() {
        Path file = dir.resolve("made-up.penholder");
        MadeUpProject m = new MadeUpProject(file);
        m.project.revisionService().freeze("Rev.1", null, MadeUpProject.AUTHOR);
        m.project.links().remove(m.op1ToIsoc);
        m.project.close();
        return file;
    }

    private static JsonNode json(CliTest.Run run) throws Exception {
        assertEquals(0, run.exit(), run.err());
        return new ObjectMapper().readTree(run.out());
    }

    private static JsonNode row(JsonNode rows, String key, String name) {
        for (JsonNode r : rows) {
            if (r.get(key).asText().equals(name)) {
                return r;
            }
        }
        throw new AssertionError("no row " + name + " in " + rows);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void coverageJsonGivesTheFiguresOfTheDraftOrOfARevision() throws Exception {
        Path file = madeUp();
        JsonNode now = json(CliTest.run("coverage", file.toString(), "--json"));
        assertTrue(now.get("revision").isNull());
        JsonNode civil = row(now.get("groups"), "group", "Civil society");
        assertEquals(2, civil.get("inputs").asInt());
        assertEquals(1, civil.get("reflected").asInt());
        assertEquals(0.5, civil.get("share").asDouble());
        assertEquals(
                0,
                row(now.get("groups"), "group", "Technical community")
                        .get("reflected")
                        .asInt(),
                "the link removed after Rev.1 no longer counts for the working draft");
        assertTrue(row(now.get("groups"), "group", "Youth").get("share").isNull(), "no share without inputs");
        JsonNode internet = row(now.get("clusters"), "cluster", "Internet Governance");
        assertEquals(2, internet.get("inputs").asInt());
        assertEquals(1, internet.get("reflected").asInt());
        assertEquals(List.of("5", "3", "4"), texts(now.get("unreflected")));
        assertEquals(List.of("OP3"), texts(now.get("orphans")));
        assertEquals(3, now.get("reflected").asInt());

        JsonNode rev1 = json(CliTest.run("coverage", file.toString(), "--revision", "Rev.1", "--json"));
        assertEquals("Rev.1", rev1.get("revision").asText());
        // links are not versioned: Rev.1 is judged by the links its paragraphs have now
        assertEquals(List.of("5", "3", "4"), texts(rev1.get("unreflected")));

        CliTest.Run text = CliTest.run("coverage", file.toString());
        assertEquals(0, text.exit(), text.err());
        assertTrue(text.out().startsWith("Coverage of the working draft: 3 of 6 inputs reflected (50%)"), text.out());
        assertTrue(text.out().matches("(?s).*\nCivil society +2 +1 +50%\n.*"), text.out());
        assertTrue(
                text.out()
                        .matches(
                                "(?s).*\n +5  ICC: written submission  \\(International Chamber of Commerce, Private sector\\)\n.*"),
                text.out());
        assertTrue(text.out().contains("Paragraphs without a source (1): OP3"), text.out());
    }

    @Test
    void coverageOfTheSampleAgreesWithItsLinkCount() throws Exception {
        Path file = TestFiles.sampleCopy(dir);
        JsonNode c = json(CliTest.run("coverage", file.toString(), "--json"));
        int inputs = 0;
        int reflected = 0;
        for (JsonNode g : c.get("groups")) {
            inputs += g.get("inputs").asInt();
            reflected += g.get("reflected").asInt();
        }
        assertEquals(15, inputs, "the sample's 15 inputs");
        assertEquals(c.get("reflected").asInt(), reflected);
        assertEquals(15 - c.get("unreflected").size(), reflected);
    }

    @Test
    void reportWritesAWordFileAndRefusesWhatItCannotDo() throws Exception {
        Path file = madeUp();
        Path out = dir.resolve("rev1.docx");
        CliTest.Run run = CliTest.run("report", file.toString(), "--revision", "Rev.1", "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.size(out) > 5000);
        assertTrue(run.err().contains("Wrote the transparency report of Rev.1 to " + out), run.err());
        assertEquals(List.of(), org.penholder.docx.WordSchemas.errors(out));

        CliTest.Run unknown = CliTest.run(
                "report",
                file.toString(),
                "--revision",
                "Rev.7",
                "--out",
                dir.resolve("x.docx").toString());
        assertEquals(1, unknown.exit());
        assertEquals(1, unknown.err().strip().lines().count(), unknown.err());
        assertTrue(
                unknown.err().contains(file.toString()) && unknown.err().contains("no revision named \"Rev.7\""),
                unknown.err());
        assertFalse(Files.exists(dir.resolve("x.docx")));

        CliTest.Run nowhere = CliTest.run(
                "report",
                file.toString(),
                "--revision",
                "Rev.1",
                "--out",
                dir.resolve("missing").resolve("r.docx").toString());
        assertEquals(1, nowhere.exit());
        assertTrue(nowhere.err().contains("folder does not exist"), nowhere.err());

        assertEquals(
                2,
                CliTest.run("report", file.toString(), "--out", out.toString()).exit(),
                "--revision is required");
        assertEquals(
                1,
                CliTest.run(
                                "report",
                                file.toString(),
                                "--revision",
                                "Rev.1",
                                "--out",
                                dir.resolve("r.pdf").toString())
                        .exit());
        assertEquals(
                1,
                CliTest.run("coverage", dir.resolve("none.penholder").toString())
                        .exit());
        CliTest.Run help = CliTest.run("report", "--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("--revision=NAME") && help.out().contains("--out=OUT.docx"), help.out());
    }
}
