package org.penholder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.docx.CompareDocxTest;
import org.penholder.docx.ExportOptions;
import org.penholder.docx.FodtDraft;
import org.penholder.docx.Progress;
import org.penholder.model.Author;
import org.penholder.model.ParagraphKind;
import org.penholder.project.Project;

/** Working from a draft received from outside, from the command line: a new project, the draft, Rev.1, proposals. */
class ReceivedDraftCliTest {

    @TempDir
    Path dir;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aReceivedDraftBecomesTheWorkingDraftAndTheProjectContinuesFromRev1() throws Exception {
        List<Path> files = FodtDraft.toDocx(
                dir,
                List.of("zero", "rev1"),
                List.of(CompareDocxTest.zeroDraft(true), CompareDocxTest.rev1(false, "Review")));
        CliTest.Run compared = CliTest.run(
                "compare-docx", files.get(0).toString(), files.get(1).toString());
        assertEquals(0, compared.exit(), compared.err());
        assertTrue(
                compared.out()
                        .contains("1 changed, 1 added, 0 deleted, 0 split, 0 merged, 0 moved, 5 unchanged;"
                                + " 1 other change"),
                compared.out());
        assertTrue(compared.out().contains("  table after OP5 added"), compared.out());
        assertTrue(compared.out().contains("  footnote 1: A/RES/70/125{+, annex+}."), compared.out());
        JsonNode c = JSON.readTree(CliTest.run(
                        "compare-docx", files.get(0).toString(), files.get(1).toString(), "--json")
                .out());
        assertEquals("table after OP5 added", c.get("otherChanges").get(0).asText());
        assertEquals(
                "changed",
                c.get("paragraphs").get(0).get("footnotes").get(0).get("kind").asText());

        Path project = dir.resolve("review.penholder");
        assertEquals(
                0, CliTest.run("new", project.toString(), "--title", "Review").exit());

        // a delegation's file with tracked changes, before the project has a draft to put them in
        Path delegation = dir.resolve("delegation.docx");
        try (Project sample = TestFiles.openSample(Files.createDirectories(dir.resolve("s")))) {
            var op1 = sample.draftService().draft().paragraphsInOrder().stream()
                    .filter(x -> x.kind() == ParagraphKind.OP)
                    .findFirst()
                    .orElseThrow();
            sample.draftService().setText(op1.id(), "Firmly " + op1.text(), new Author("Kenya", null), null);
            sample.docxExporter().export(ExportOptions.redline("Zero draft", null), delegation, false, Progress.NONE);
        }
        CliTest.Run early = CliTest.run("import-amendments", project.toString(), delegation.toString());
        assertEquals(1, early.exit());
        assertTrue(
                early.err().contains(delegation.toString())
                        && early.err()
                                .contains("is empty: import the draft first (import-draft --as-draft), or use"
                                        + " import-draft --new"),
                early.err());

        CliTest.Run zero = CliTest.run(
                "import-draft",
                project.toString(),
                files.get(0).toString(),
                "--revision",
                "Zero draft",
                "--as-draft",
                "--json");
        assertEquals(0, zero.exit(), zero.err());
        JsonNode z = JSON.readTree(zero.out());
        assertTrue(z.get("workingDraft").asBoolean());
        assertEquals("Zero draft", z.get("status").asText());
        assertEquals(4, z.get("operative").asInt());
        try (Project p = Project.open(project, Project.Access.READ)) {
            assertEquals(6, p.drafts().countParagraphs(), "the Zero draft is the working draft");
            assertEquals(3, p.drafts().footnotes().count(), "with its footnotes (an endnote among them)");
        }

        CliTest.Run rev1 = CliTest.run(
                "import-draft", project.toString(), files.get(1).toString(), "--revision", "Rev.1", "--json");
        assertEquals(0, rev1.exit(), rev1.err());
        JsonNode r = JSON.readTree(rev1.out());
        assertEquals("table", r.get("notImported").get(0).get("kind").asText());
        assertEquals("after OP5", r.get("notImported").get(0).get("place").asText());
        assertTrue(rev1.err().contains("note: 1 table after OP5 was not imported"), rev1.err());

        CliTest.Run again = CliTest.run(
                "import-draft", project.toString(), files.get(1).toString(), "--revision", "Rev.1b", "--as-draft");
        assertEquals(1, again.exit());
        assertTrue(again.err().contains("the working draft is not empty"), again.err());

        CliTest.Run go = CliTest.run("continue-from", project.toString(), "Rev.1", "--json");
        assertEquals(0, go.exit(), go.err());
        JsonNode g = JSON.readTree(go.out());
        assertEquals(1, g.get("added").asInt(), "the one new paragraph of Rev.1: " + g);
        assertEquals(0, g.get("deleted").asInt(), "the others are the working draft's, matched by their words: " + g);
        try (Project p = Project.open(project, Project.Access.READ)) {
            assertEquals(7, p.drafts().countParagraphs());
            assertTrue(p.revisionService()
                    .compare("Rev.1", "current")
                    .differences()
                    .isEmpty());
        }
    }
}
