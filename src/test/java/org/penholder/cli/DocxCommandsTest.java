package org.penholder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.project.Project;

/** export and import-draft as staff scripts use them. */
class DocxCommandsTest {

    @TempDir
    Path dir;

    @Test
    void exportThenImportDraftGivesBackTheRevision() throws Exception {
        Path project = TestFiles.sampleCopy(dir);
        Path out = dir.resolve("zero.docx");
        CliTest.Run export = CliTest.run(
                "export",
                project.toString(),
                "--out",
                out.toString(),
                "--revision",
                "Zero draft",
                "--sources",
                "footnotes",
                "--json");
        assertEquals(0, export.exit(), export.err());
        JsonNode written = new ObjectMapper().readTree(export.out());
        assertEquals(28, written.get("paragraphs").asInt());
        assertEquals("footnotes", written.get("sources").asText());
        assertTrue(export.err().startsWith("Wrote " + out.toAbsolutePath()), export.err());

        CliTest.Run imported =
                CliTest.run("import-draft", project.toString(), out.toString(), "--revision", "Returned", "--json");
        assertEquals(0, imported.exit(), imported.err());
        JsonNode json = new ObjectMapper().readTree(imported.out());
        assertEquals("Returned", json.get("revision").asText());
        assertEquals(23, json.get("operative").asInt());
        assertEquals(5, json.get("preambular").asInt());
        assertEquals(15, json.get("headings").asInt());
        assertEquals(43, json.get("embeddedIds").asInt());
        assertEquals("OP1", json.get("blocks").get(6).get("label").asText());
        assertTrue(imported.err().contains("matched by the ids Penholder wrote"), imported.err());
        try (Project p = Project.open(project, Project.Access.READ)) {
            var zero = p.revisions()
                    .blocks(p.revisions().byName("Zero draft").orElseThrow().id());
            var back = p.revisions()
                    .blocks(p.revisions().byName("Returned").orElseThrow().id());
            assertEquals(zero, back);
        }

        CliTest.Run again = CliTest.run("import-draft", project.toString(), out.toString(), "--revision", "Returned");
        assertEquals(1, again.exit());
        assertTrue(again.err().contains("already a revision named \"Returned\""), again.err());
        CliTest.Run exists = CliTest.run("export", project.toString(), "--out", out.toString());
        assertEquals(1, exists.exit());
        assertTrue(exists.err().contains(out.toAbsolutePath() + ": already exists"), exists.err());
        assertEquals(
                0,
                CliTest.run("export", project.toString(), "--out", out.toString(), "--compilation", "--force")
                        .exit());
    }

    @Test
    void importDraftNewCreatesAProject() throws Exception {
        Path sample = TestFiles.sampleCopy(dir);
        Path out = dir.resolve("draft.docx");
        assertEquals(
                0,
                CliTest.run("export", sample.toString(), "--out", out.toString())
                        .exit());
        Path created = dir.resolve("new.penholder");
        CliTest.Run run =
                CliTest.run("import-draft", created.toString(), out.toString(), "--revision", "Zero draft", "--new");
        assertEquals(0, run.exit(), run.err());
        CliTest.Run info = CliTest.run("info", created.toString(), "--json");
        JsonNode json = new ObjectMapper().readTree(info.out());
        assertEquals(28, json.get("counts").get("paragraphs").asInt());
        assertEquals(15, json.get("counts").get("sections").asInt());
        assertEquals("Zero draft", json.get("revisions").get(0).asText());
    }

    @Test
    void badFilesAndArgumentsAreOneLineErrors() throws Exception {
        Path project = TestFiles.sampleCopy(dir);
        Path notes = Files.writeString(dir.resolve("notes.docx"), "not a word file");
        CliTest.Run bad = CliTest.run("import-draft", project.toString(), notes.toString(), "--revision", "X");
        assertEquals(1, bad.exit());
        assertEquals(
                "penholder: " + notes + ": is not a Word file (.docx)",
                bad.err().strip());

        assertEquals(
                2,
                CliTest.run(
                                "export",
                                project.toString(),
                                "--out",
                                dir.resolve("x.docx").toString(),
                                "--sources",
                                "margin")
                        .exit());
        assertEquals(
                2,
                CliTest.run(
                                "export",
                                project.toString(),
                                "--out",
                                dir.resolve("x.pdf").toString())
                        .exit());
        assertEquals(
                2,
                CliTest.run("import-draft", project.toString(), notes.toString())
                        .exit(),
                "--revision is required");
        CliTest.Run noRevision = CliTest.run(
                "export", project.toString(), "--out", dir.resolve("y.docx").toString(), "--revision", "Rev.7");
        assertEquals(1, noRevision.exit());
        assertTrue(noRevision.err().contains("no revision named \"Rev.7\""), noRevision.err());
        assertFalse(Files.exists(dir.resolve("y.docx")));
        String help = CliTest.run("--help").out();
        assertTrue(help.contains("export") && help.contains("import-draft"), help);
    }
}
