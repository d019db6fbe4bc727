package org.penholder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.cli.CliTest.Run;
import org.penholder.model.Draft;
import org.penholder.project.Project;
import org.penholder.store.TestSql;

/**
 * {@code penholder merge} on the sample project: two copies, each with its own accepted changes, an
 * input, a link and an open proposal, a footnote added in one, and one paragraph changed differently in both.
 */
class MergeCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static Run ok(String... args) {
        Run r = CliTest.run(args);
        assertEquals(0, r.exit(), String.join(" ", args) + ": " + r.err());
        return r;
    }

    /** Records a proposal and accepts it, as a person at the command line does. */
    private static void accepted(Path file, String author, String... proposal) {
        List<String> args = new java.util.ArrayList<>(List.of("propose", file.toString()));
        args.addAll(List.of(proposal));
        args.addAll(List.of("--author", author));
        long id = Long.parseLong(ok(args.toArray(String[]::new)).out().strip());
        ok("decide", file.toString(), "--proposal", Long.toString(id), "accept", "--author", author);
    }

    private static long inputWith(Path file, String words) {
        try (Project p = Project.open(file, Project.Access.READ)) {
            return p.inputs().all().stream()
                    .filter(i -> p.inputs().text(i.id()).contains(words))
                    .findFirst()
                    .orElseThrow()
                    .id();
        }
    }

    private static List<String> draft(Path file) {
        try (Project p = Project.open(file, Project.Access.READ)) {
            Draft d = p.draftService().draft();
            return d.blocks().stream()
                    .map(b -> b.kind() + " " + b.id() + " " + b.text())
                    .toList();
        }
    }

    private static Set<String> rows(Path file, String sql) {
        try (Project p = Project.open(file, Project.Access.READ)) {
            List<String> all = TestSql.strings(p.database(), sql);
            return new TreeSet<>(all);
        }
    }

    @Test
    void twoCopiesOfTheSampleMergeBothWays() throws Exception {
        Path sample = TestFiles.sampleCopy(dir);
        Path ann = Files.copy(sample, dir.resolve("ann.penholder"));
        Path ben = Files.copy(sample, dir.resolve("ben.penholder"));

        Path a4ai = Files.writeString(
                dir.resolve("a4ai.txt"),
                "Data costs under 2 percent of monthly income are the target for universal meaningful connectivity.");
        ok("import-inputs", ann.toString(), a4ai.toString(), "--stakeholder", "Alliance for Affordable Internet");
        accepted(
                ann,
                "Ann",
                "--by",
                "Brazil",
                "--paragraph",
                "OP2",
                "--replace",
                "capacity-building",
                "--with",
                "capacity-building and skills");
        accepted(
                ann,
                "Ann",
                "--by",
                "European Union",
                "--paragraph",
                "OP6",
                "--replace",
                "stronger links",
                "--with",
                "closer links");
        ok(
                "link",
                ann.toString(),
                "--paragraph",
                "OP2",
                "--input",
                Long.toString(inputWith(ann, "2 percent")),
                "--quote",
                "universal meaningful connectivity",
                "--note",
                "A4AI target");
        ok(
                "propose",
                ann.toString(),
                "--by",
                "Group of 77 and China",
                "--paragraph",
                "PP3",
                "--replace",
                "persistent",
                "--with",
                "deep and persistent",
                "--author",
                "Ann");

        Path isoc = Files.writeString(
                dir.resolve("isoc.txt"), "Community networks connect the last billion where markets do not reach.");
        ok("import-inputs", ben.toString(), isoc.toString(), "--stakeholder", "Internet Society");
        accepted(
                ben,
                "Ben",
                "--by",
                "group of 77 and  china",
                "--paragraph",
                "OP6",
                "--replace",
                "stronger links",
                "--with",
                "coherent links");
        accepted(
                ben,
                "Ben",
                "--by",
                "Norway",
                "--paragraph",
                "OP4",
                "--insert",
                "and the care economy",
                "--after-text",
                "gender equality");
        ok(
                "link",
                ben.toString(),
                "--paragraph",
                "OP6",
                "--input",
                Long.toString(inputWith(ben, "last billion")),
                "--quote",
                "Community networks connect the last billion",
                "--note",
                "ISOC");
        ok("propose", ben.toString(), "--by", "Mexico", "--paragraph", "OP1", "--delete-paragraph", "--author", "Ben");
        ok(
                "footnote",
                ben.toString(),
                "--paragraph",
                "OP4",
                "--add",
                "See the ILO's report on the care economy.",
                "--after-text",
                "the care economy",
                "--author",
                "Ben");

        String annBytes = TestFiles.sha256(ann);
        String benBytes = TestFiles.sha256(ben);
        Run dry = ok("merge", ann.toString(), ben.toString(), "--dry-run");
        assertTrue(dry.out().contains("would bring in"), dry.out());
        assertTrue(dry.out().contains("OP6"), dry.out());
        assertTrue(dry.out().contains("coherent links") && dry.out().contains("closer links"), dry.out());
        assertEquals(annBytes, TestFiles.sha256(ann), "a dry run writes nothing");
        JsonNode preview = JSON.readTree(ok("merge", ann.toString(), ben.toString(), "--dry-run", "--json")
                .out());
        assertTrue(preview.path("dryRun").asBoolean());
        assertTrue(preview.path("conflicts").get(0).path("proposal").isNull());

        JsonNode merged = JSON.readTree(
                ok("merge", ann.toString(), ben.toString(), "--json").out());
        assertEquals(benBytes, TestFiles.sha256(ben), "the other copy is only read");
        JsonNode added = merged.path("added");
        assertEquals(3, added.path("amendments").asInt(), "Ben's two accepted changes and his footnote");
        assertEquals(0, added.path("paragraphs").asInt());
        assertEquals(1, added.path("footnotes").asInt(), merged.toString());
        assertEquals(1, added.path("inputs").asInt());
        assertEquals(1, added.path("links").asInt());
        assertEquals(3, added.path("proposals").asInt(), "the Group of 77's, Norway's and Mexico's");
        assertEquals(3, added.path("stakeholders").asInt(), "the Group of 77 is the same, however Ben spelt it");
        assertEquals(0, added.path("revisions").asInt());
        assertEquals(1, merged.path("conflicts").size());
        JsonNode conflict = merged.path("conflicts").get(0);
        assertEquals("OP6", conflict.path("paragraph").asText());
        assertEquals("Ben", conflict.path("by").asText());
        long proposal = conflict.path("proposal").asLong();
        assertTrue(draft(ann).stream().anyMatch(l -> l.contains("closer links")), "Ann keeps her version");

        Run again = ok("merge", ann.toString(), ben.toString());
        assertTrue(again.out().contains("holds nothing"), again.out());

        Run listed = ok("proposals", ann.toString(), "--paragraph", "OP6", "--status", "proposed");
        assertTrue(listed.out().contains("#" + proposal) && listed.out().contains("Ben"), listed.out());
        ok("decide", ann.toString(), "--proposal", Long.toString(proposal), "accept", "--author", "Ann");

        JsonNode back = JSON.readTree(
                ok("merge", ben.toString(), ann.toString(), "--json").out());
        assertTrue(back.path("fastForward").asBoolean());
        assertEquals(0, back.path("conflicts").size());
        assertEquals(draft(ann), draft(ben), "the two drafts are the same");
        assertTrue(draft(ben).stream().anyMatch(l -> l.contains("coherent links")));
        // each footnote as the words before its mark, and its own words
        String footnotes = "SELECT substr(p.text, 1, f.anchor) || ' | ' || f.text FROM footnote f "
                + "JOIN paragraph p ON p.id = f.paragraph_id WHERE f.deleted = 0";
        assertEquals(rows(ann, footnotes), rows(ben, footnotes));
        assertTrue(
                rows(ann, footnotes).stream()
                        .anyMatch(f -> f.endsWith("and the care economy | See the ILO's report on the care economy.")),
                "Ben's footnote, its mark after the words it was put after: " + rows(ann, footnotes));
        String links = "SELECT l.paragraph_id || ' ' || i.sha256 || ' ' || l.start_char || ' ' || COALESCE(l.note, '') "
                + "FROM link l JOIN input i ON i.id = l.input_id";
        assertEquals(rows(ann, links), rows(ben, links));
        String proposals = "SELECT uid || ' ' || status FROM amendment WHERE status <> 'APPLIED'";
        assertEquals(rows(ann, proposals), rows(ben, proposals));
        assertFalse(ok("merge", ann.toString(), ben.toString(), "--json").out().contains("\"proposal\""));
        ok("check", ann.toString());
        ok("check", ben.toString());
    }

    @Test
    void aCopyOfAnotherProjectIsRefusedWithAOneLineMessage() {
        Path sample = TestFiles.sampleCopy(dir);
        Path other = dir.resolve("other.penholder");
        ok("new", other.toString(), "--title", "Another outcome document");
        String bytes = TestFiles.sha256(sample);
        Run r = CliTest.run("merge", sample.toString(), other.toString());
        assertEquals(Cli.FAILED, r.exit());
        assertTrue(r.err().contains("other.penholder") && r.err().contains("copy of another project"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertEquals(bytes, TestFiles.sha256(sample));
        assertEquals(Cli.USAGE, CliTest.run("merge", sample.toString()).exit());
    }
}
