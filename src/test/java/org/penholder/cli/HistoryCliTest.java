package org.penholder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.cli.CliTest.Run;
import org.penholder.docx.CompareDocxTest;
import org.penholder.model.Author;
import org.penholder.model.ParagraphKind;
import org.penholder.project.Project;

/** revise, revisions, history, compare, compare-docx, propose, proposals and decide, as a script uses them. */
class HistoryCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static Run run(String... args) {
        return CliTest.run(args);
    }

    private static JsonNode json(Run r) throws Exception {
        assertEquals(0, r.exit(), r.err());
        return JSON.readTree(r.out());
    }

    private static String op3(Path file) {
        try (Project p = Project.open(file, Project.Access.READ)) {
            return p.draftService().draft().paragraphsInOrder().stream()
                    .filter(x -> x.kind() == ParagraphKind.OP)
                    .skip(2)
                    .findFirst()
                    .orElseThrow()
                    .text();
        }
    }

    @Test
    void proposeDecideReviseAndCompare() throws Exception {
        Path file = TestFiles.sampleCopy(dir);
        String text = op3(file);
        String first = text.split(" ")[0];
        String second = text.split(" ")[1];

        Run proposed = run(
                "propose",
                file.toString(),
                "--by",
                "European Union",
                "--paragraph",
                "OP3",
                "--replace",
                first + " " + second,
                "--with",
                "Firmly " + first.toLowerCase(Locale.ROOT) + " " + second,
                "--rationale",
                "Stronger",
                "--author",
                "Ana",
                "--team",
                "Co-facilitators");
        assertEquals(0, proposed.exit(), proposed.err());
        long id = Long.parseLong(proposed.out().strip());
        Run other = run(
                "propose",
                file.toString(),
                "--by",
                "Group of 77 and China",
                "--paragraph",
                "OP3",
                "--delete-text",
                second,
                "--author",
                "Ana");
        long conflicting = Long.parseLong(other.out().strip());

        JsonNode list = json(run("proposals", file.toString(), "--json"));
        assertEquals(2, list.size());
        assertEquals("European Union", list.get(0).get("proposer").asText());
        assertEquals("OP3", list.get(0).get("paragraph").asText());
        assertEquals("replace-text", list.get(0).get("kind").asText());
        assertEquals(conflicting, list.get(0).get("conflictsWith").get(0).asLong());
        assertEquals(
                1,
                json(run("proposals", file.toString(), "--by", "European Union", "--json"))
                        .size());

        assertEquals(
                0,
                run("decide", file.toString(), "--proposal", Long.toString(id), "accept", "--author", "Ana")
                        .exit());
        assertEquals(
                0,
                run("decide", file.toString(), "--proposal", Long.toString(conflicting), "reject")
                        .exit());
        assertEquals(
                "Firmly " + first.toLowerCase(Locale.ROOT) + " " + second
                        + text.substring((first + " " + second).length()),
                op3(file));
        Run again = run("decide", file.toString(), "--proposal", Long.toString(id), "reject");
        assertEquals(1, again.exit());
        assertTrue(again.err().contains("already accepted"), again.err());

        JsonNode history = json(run("history", file.toString(), "--paragraph", "OP3", "--json"));
        JsonNode last = history.get(history.size() - 1);
        assertEquals(id, last.get("proposal").asLong(), "the applied amendment points to the proposal");
        assertEquals("applied", last.get("status").asText());

        assertEquals(
                0,
                run("revise", file.toString(), "Rev.1", "--note", "After informals", "--author", "Ana")
                        .exit());
        JsonNode revisions = json(run("revisions", file.toString(), "--json"));
        assertEquals("Rev.1", revisions.get(1).get("name").asText());
        assertEquals("After informals", revisions.get(1).get("note").asText());

        JsonNode compare = json(run("compare", file.toString(), "--from", "Zero draft", "--to", "Rev.1", "--json"));
        assertEquals(1, compare.get("summary").get("changed").asInt());
        assertEquals(0, compare.get("summary").get("added").asInt());
        JsonNode changed = null;
        for (JsonNode p : compare.get("paragraphs")) {
            if (p.get("kind").asText().equals("changed")) {
                changed = p;
            }
        }
        assertEquals("OP3", changed.get("from").get(0).asText());
        assertEquals("OP3", changed.get("to").get(0).asText());
        assertEquals(false, changed.get("moved").asBoolean());
        assertTrue(
                changed.get("diff").toString().contains("{\"op\":\"insert\",\"text\":\"Firmly "), changed.toString());
        Run plain = run("compare", file.toString(), "--from", "Zero draft", "--to", "current");
        assertTrue(plain.out().contains("{+Firmly "), plain.out());
    }

    @Test
    void compareDocxNeedsNoProject() throws Exception {
        Path older = CompareDocxTest.write(dir.resolve("zero.docx"), CompareDocxTest.OPERATIVE, true);
        Path newer = CompareDocxTest.write(dir.resolve("rev1.docx"), CompareDocxTest.revised(), false);
        JsonNode c = json(run("compare-docx", older.toString(), newer.toString(), "--json"));
        assertEquals(1, c.get("summary").get("added").asInt());
        assertEquals(1, c.get("summary").get("split").asInt());
        assertEquals(6, c.get("summary").get("unchanged").asInt(), "numbered by Word, then typed: the same paragraphs");

        Path law = TestFiles.corpora().resolve("bundestag-gesetze/gg");
        Assumptions.assumeTrue(Files.isDirectory(law), "no shared corpora at " + law);
        JsonNode gg = json(run(
                "compare-docx",
                law.resolve("gg_2012-08-02_initial-import_8e9e7a10.md").toString(),
                law.resolve("gg_2012-08-06_amend-art93_166018c1.md").toString(),
                "--json"));
        assertEquals(1, gg.get("summary").get("added").asInt());
        assertEquals(1, gg.get("summary").get("changed").asInt());
    }

    @Test
    void mistakesAreOneLineNamingTheFile() throws Exception {
        Path file = TestFiles.sampleCopy(dir);
        Run unknown = run("compare", file.toString(), "--from", "Rev.7", "--to", "current");
        assertEquals(1, unknown.exit());
        assertTrue(
                unknown.err().contains(file.toString()) && unknown.err().contains("no revision named \"Rev.7\""),
                unknown.err());
        assertEquals(1, unknown.err().strip().lines().count());

        Path broken = Files.writeString(dir.resolve("broken.docx"), "PK not really");
        Run docx = run("compare-docx", broken.toString(), broken.toString());
        assertEquals(1, docx.exit());
        assertTrue(docx.err().contains(broken.toString()), docx.err());

        Run missing = run(
                "propose", file.toString(), "--by", "Brazil", "--paragraph", "OP3", "--delete-text", "no such words");
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("does not contain \"no such words\""), missing.err());
        Run noParagraph = run("history", file.toString(), "--paragraph", "OP999");
        assertEquals(1, noParagraph.exit());
        assertTrue(noParagraph.err().contains("no paragraph OP999"), noParagraph.err());

        assertEquals(
                2, run("decide", file.toString(), "--proposal", "1", "approve").exit());
        assertEquals(2, run("propose", file.toString(), "--by", "Brazil").exit(), "what to propose is required");
        try (Project p = Project.open(file, Project.Access.READ)) {
            assertTrue(
                    p.proposalService()
                            .list(org.penholder.history.ProposalService.Filter.ALL)
                            .isEmpty(),
                    "nothing half-written");
        }
    }

    @Test
    void historyRestoresAnEarlierTextNotedInTheDocumentsLanguage() throws Exception {
        Path file = TestFiles.sampleCopy(dir);
        try (Project p = Project.open(file, Project.Access.WRITE)) {
            String op3 = ProjectParagraphs.idOf(p, "OP3");
            p.draftService().setText(op3, "We first say this.", new Author("Ana", null), null);
            p.draftService().setText(op3, "We then say that.", new Author("Ana", null), null);
        }
        JsonNode steps = json(run("history", file.toString(), "--paragraph", "OP3", "--json"));
        long first = steps.get(steps.size() - 2).get("id").asLong();
        long second = steps.get(steps.size() - 1).get("id").asLong();

        Run restored = run("history", file.toString(), "--paragraph", "OP3", "--restore", Long.toString(first));
        assertEquals(0, restored.exit(), restored.err());
        assertTrue(restored.err().startsWith("Restored the text of amendment " + first + " to OP3"), restored.err());
        assertEquals("We first say this.", op3(file));
        JsonNode now = json(run("history", file.toString(), "--paragraph", "OP3", "--json"));
        assertEquals(
                "Restored the text of amendment " + first,
                now.get(now.size() - 1).get("rationale").asText());

        // the note is kept in the project for every teammate: in the document's language, the output in English
        assertEquals(0, run("set-language", file.toString(), "fr").exit());
        Run again = run("history", file.toString(), "--paragraph", "OP3", "--restore", Long.toString(second));
        assertTrue(again.err().startsWith("Restored the text of amendment " + second), again.err());
        assertEquals("We then say that.", op3(file));
        now = json(run("history", file.toString(), "--paragraph", "OP3", "--json"));
        assertEquals(
                "Texte de l’amendement " + second + " rétabli",
                now.get(now.size() - 1).get("rationale").asText());
    }
}
