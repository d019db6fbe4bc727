package org.penholder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.docx.DraftDocxReader;
import org.penholder.docx.Progress;
import org.penholder.model.Author;
import org.penholder.model.Paragraph;
import org.penholder.model.ParagraphKind;
import org.penholder.project.Project;

/** export --redline-from and import-amendments as staff scripts use them: a redline sent out comes back as proposals. */
class RedlineCliTest {

    private static final Author KENYA_DRAFTER = new Author("Kenya", "");

    @TempDir
    Path dir;

    /** The sample with "support" strengthened in OP1 by Kenya's drafter, frozen as Rev.1. */
    private Path revised(String name) throws Exception {
        Path project = TestFiles.sampleCopy(Files.createDirectories(dir.resolve(name)));
        try (Project p = Project.open(project, Project.Access.WRITE)) {
            Paragraph op1 = p.draftService().draft().paragraphsInOrder().stream()
                    .filter(x -> x.kind() == ParagraphKind.OP)
                    .findFirst()
                    .orElseThrow();
            p.draftService()
                    .setText(op1.id(), op1.text().replaceFirst("support", "strongly support"), KENYA_DRAFTER, null);
            p.revisionService().freeze("Rev.1", null, KENYA_DRAFTER);
        }
        return project;
    }

    private Path redline(Path project) throws Exception {
        Path out = project.resolveSibling("redline.docx");
        CliTest.Run run = CliTest.run(
                "export",
                project.toString(),
                "--out",
                out.toString(),
                "--revision",
                "Rev.1",
                "--redline-from",
                "Zero draft",
                "--json");
        assertEquals(0, run.exit(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("redline", json.get("kind").asText());
        assertEquals("Zero draft", json.get("from").asText());
        assertEquals(1, json.get("changes").asInt());
        assertTrue(run.err().contains("the changes from Zero draft to Rev.1"), run.err());
        return out;
    }

    @Test
    void aRedlineReadsBackAsTheNewerRevisionAndHoldsTrackedChanges() throws Exception {
        Path project = revised("export");
        Path out = redline(project);
        try (ZipFile zip = new ZipFile(out.toFile())) {
            String xml = new String(
                    zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(xml.contains("<w:ins ") && xml.contains("w:author=\"Kenya\""), "a tracked insertion by Kenya");
        }
        var back = new DraftDocxReader().read(out, Progress.NONE);
        try (Project p = Project.open(project, Project.Access.READ)) {
            var rev1 = p.revisions()
                    .blocks(p.revisions().byName("Rev.1").orElseThrow().id());
            assertEquals(
                    rev1.stream().map(b -> b.text()).toList(),
                    back.blocks().stream().map(b -> b.text()).toList());
        }
    }

    @Test
    void aRedlineSentOutComesBackAsProposalsOnce() throws Exception {
        Path out = redline(revised("sent"));
        Path zero = TestFiles.sampleCopy(Files.createDirectories(dir.resolve("zero")));
        CliTest.Run run = CliTest.run("import-amendments", zero.toString(), out.toString(), "--json");
        assertEquals(0, run.exit(), run.err());
        JsonNode list = new ObjectMapper().readTree(run.out());
        assertEquals(1, list.size(), run.out());
        JsonNode p = list.get(0);
        assertEquals("Kenya", p.get("proposer").asText());
        assertEquals("OP1", p.get("paragraph").asText());
        assertEquals("insert-text", p.get("kind").asText());
        assertEquals("", p.get("before").asText());
        assertEquals("strongly ", p.get("after").asText());
        assertTrue(p.get("id").asLong() > 0);
        assertTrue(run.err().contains("1 proposal recorded"), run.err());

        CliTest.Run again = CliTest.run("import-amendments", zero.toString(), out.toString(), "--json");
        assertEquals(0, again.exit(), again.err());
        assertEquals(0, new ObjectMapper().readTree(again.out()).size());
        assertTrue(again.err().contains("1 already in the project"), again.err());

        CliTest.Run listed = CliTest.run("proposals", zero.toString(), "--json");
        assertEquals(1, new ObjectMapper().readTree(listed.out()).size(), "the Amendments view and the CLI list it");
    }

    @Test
    void aProposerNamedForTheFileTakesEveryChange() throws Exception {
        Path out = redline(revised("g77"));
        Path zero = TestFiles.sampleCopy(Files.createDirectories(dir.resolve("zero-g77")));
        CliTest.Run run = CliTest.run(
                "import-amendments", zero.toString(), out.toString(), "--proposer", "Group of 77 and China", "--json");
        assertEquals(0, run.exit(), run.err());
        assertEquals(
                "Group of 77 and China",
                new ObjectMapper().readTree(run.out()).get(0).get("proposer").asText());
    }

    @Test
    void badFilesAndArgumentsAreOneLineErrors() throws Exception {
        Path project = TestFiles.sampleCopy(dir);
        Path notes = Files.writeString(dir.resolve("notes.docx"), "not a word file");
        CliTest.Run bad = CliTest.run("import-amendments", project.toString(), notes.toString());
        assertEquals(1, bad.exit());
        assertEquals(
                "penholder: " + notes + ": is not a Word file (.docx)",
                bad.err().strip());
        assertEquals(2, CliTest.run("import-amendments", project.toString()).exit(), "the Word file is required");
        assertEquals(
                2,
                CliTest.run(
                                "export",
                                project.toString(),
                                "--out",
                                dir.resolve("r.docx").toString(),
                                "--redline-from",
                                "Zero draft",
                                "--compilation")
                        .exit());
        CliTest.Run noRevision = CliTest.run(
                "export", project.toString(), "--out", dir.resolve("r.docx").toString(), "--redline-from", "Rev.9");
        assertEquals(1, noRevision.exit());
        assertTrue(noRevision.err().contains("no revision named \"Rev.9\""), noRevision.err());
        assertFalse(Files.exists(dir.resolve("r.docx")));
        assertTrue(CliTest.run("--help").out().contains("import-amendments"));
    }
}
