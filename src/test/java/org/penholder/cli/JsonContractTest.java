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

/**
 * The field names of every command's {@code --json}, as scripts rely on them: one sample project
 * taken through the commands, each object's fields compared in full, so a field renamed, added or
 * dropped by a change to a command's records shows here.
 */
class JsonContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private JsonNode json(String... args) throws Exception {
        CliTest.Run run = CliTest.run(args);
        assertEquals(0, run.exit(), String.join(" ", args) + ": " + run.err());
        return JSON.readTree(run.out());
    }

    private static void assertFields(JsonNode object, String... names) {
        List<String> fields = new ArrayList<>();
        object.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of(names), fields, object.toString());
    }

    /** The first element of a list that must not be empty. */
    private static JsonNode first(JsonNode list) {
        assertTrue(list.isArray() && !list.isEmpty(), "a non-empty list: " + list);
        return list.get(0);
    }

    /** Records a proposal to insert words into a paragraph and accepts it. */
    private static void acceptedInsert(String file, String paragraph, String words) {
        CliTest.Run proposed =
                CliTest.run("propose", file, "--by", "Kenya", "--paragraph", paragraph, "--insert", words);
        assertEquals(0, proposed.exit(), proposed.err());
        CliTest.Run decided = CliTest.run(
                "decide", file, "accept", "--proposal", proposed.out().strip());
        assertEquals(0, decided.exit(), decided.err());
    }

    @Test
    void everyCommandPrintsTheFieldsItPromises() throws Exception {
        String file = dir.resolve("s.penholder").toString();
        assertEquals(0, CliTest.run("sample", file).exit());

        JsonNode info = json("info", file, "--json");
        assertFields(info, "title", "symbol", "counts", "revisions");
        assertFields(
                info.get("counts"),
                "stakeholders",
                "inputs",
                "sections",
                "paragraphs",
                "links",
                "revisions",
                "amendments");

        assertFields(
                first(json("inputs", file, "--json")),
                "id",
                "stakeholder",
                "group",
                "title",
                "occasion",
                "date",
                "language",
                "tags",
                "links",
                "near_duplicate_of");
        JsonNode hit = first(json("search", file, "digital divide", "--json"));
        assertFields(hit, "id", "stakeholder", "group", "title", "snippet", "highlights", "score", "near_identical");
        assertEquals(2, first(hit.get("highlights")).size(), "a highlight is [start, end)");
        assertFields(first(json("stakeholders", file, "--json")), "id", "name", "group", "country");
        assertFields(first(json("links", file, "--json")), "id", "paragraph", "input", "from", "to", "quote", "note");

        Path zero = dir.resolve("zero.docx");
        JsonNode clean = json("export", file, "--out", zero.toString(), "--json");
        assertFields(clean, "file", "kind", "version", "sources", "agreed", "paragraphs", "proposals", "sourceEntries");

        CliTest.Run proposed =
                CliTest.run("propose", file, "--by", "Kenya", "--paragraph", "OP3", "--insert", "firmly");
        assertEquals(0, proposed.exit(), proposed.err());
        assertEquals(0, CliTest.run("revise", file, "Rev.1").exit());
        assertEquals(
                0,
                CliTest.run("propose", file, "--by", "Brazil", "--paragraph", "OP4", "--insert", "also")
                        .exit());
        // an accepted proposal changes the draft: the redline and the compare below have something to show
        assertEquals(
                0,
                CliTest.run(
                                "decide",
                                file,
                                "accept",
                                "--proposal",
                                proposed.out().strip())
                        .exit());
        assertFields(first(json("revisions", file, "--json")), "name", "created", "by", "note", "numberingFrozen");
        JsonNode proposal = first(json("proposals", file, "--json"));
        assertFields(
                proposal,
                "id",
                "proposer",
                "kind",
                "status",
                "paragraph",
                "after",
                "text",
                "rationale",
                "conflictsWith",
                "outdated",
                "redline");
        assertFields(first(proposal.get("redline")), "op", "text");
        JsonNode step = first(json("history", file, "--paragraph", "OP3", "--json"));
        assertFields(
                step,
                "id",
                "time",
                "kind",
                "status",
                "author",
                "team",
                "proposer",
                "rationale",
                "proposal",
                "before",
                "after",
                "diff");

        JsonNode compare = json("compare", file, "--from", "Zero draft", "--to", "current", "--json");
        assertFields(compare, "from", "to", "summary", "paragraphs", "otherChanges");
        assertFields(compare.get("summary"), "unchanged", "changed", "added", "deleted", "split", "merged", "moved");
        assertFields(first(compare.get("paragraphs")), "kind", "moved", "from", "to", "section", "diff");

        Path redline = dir.resolve("redline.docx");
        JsonNode red = json("export", file, "--out", redline.toString(), "--redline-from", "Zero draft", "--json");
        assertFields(
                red,
                "file",
                "kind",
                "version",
                "from",
                "changes",
                "sources",
                "agreed",
                "paragraphs",
                "proposals",
                "sourceEntries");
        assertFields(
                json("compare-docx", zero.toString(), redline.toString(), "--json"),
                "from",
                "to",
                "summary",
                "paragraphs",
                "otherChanges");

        JsonNode coverage = json("coverage", file, "--json");
        assertFields(coverage, "revision", "inputs", "reflected", "groups", "clusters", "unreflected", "orphans");
        assertFields(first(coverage.get("groups")), "group", "inputs", "reflected", "share");
        assertFields(first(coverage.get("clusters")), "cluster", "inputs", "reflected", "share");

        JsonNode draft = json("import-draft", file, zero.toString(), "--revision", "As returned", "--json");
        assertFields(
                draft,
                "revision",
                "file",
                "title",
                "symbol",
                "titleLines",
                "status",
                "workingDraft",
                "headings",
                "preambular",
                "operative",
                "embeddedIds",
                "trackedChanges",
                "warnings",
                "notImported",
                "blocks");
        assertFields(first(draft.get("blocks")), "kind", "label", "id", "text");

        String zeroProject = dir.resolve("zero.penholder").toString();
        assertEquals(
                0,
                CliTest.run("import-draft", zeroProject, zero.toString(), "--revision", "Zero", "--new")
                        .exit());
        JsonNode imported = json("import-amendments", zeroProject, redline.toString(), "--json");
        assertFields(first(imported), "id", "proposer", "paragraph", "kind", "before", "after");

        // a copy changes OP5 one way, this file another: the merge's conflict
        Path copy = dir.resolve("copy.penholder");
        Files.copy(Path.of(file), copy);
        acceptedInsert(copy.toString(), "OP5", "now");
        acceptedInsert(file, "OP5", "soon");
        JsonNode merged = json("merge", file, copy.toString(), "--dry-run", "--json");
        assertFields(merged, "added", "changed", "conflicts", "dryRun", "fastForward", "olderFormat");
        assertFields(
                merged.get("added"),
                "amendments",
                "paragraphs",
                "inputs",
                "links",
                "proposals",
                "stakeholders",
                "revisions",
                "footnotes",
                "agreedTexts");
        assertFields(
                merged.get("changed"),
                "paragraphs",
                "footnotes",
                "decisions",
                "links",
                "linksRemoved",
                "agreedTextsRemoved",
                "title");
        assertFields(first(merged.get("conflicts")), "paragraph", "proposal", "by", "aspect", "here", "there");

        Path inputs = Files.createDirectories(dir.resolve("inputs"));
        Files.writeString(inputs.resolve("a.txt"), "A short input about the digital divide and community networks.");
        Files.writeString(inputs.resolve("b.txt"), "A short input about the digital divide and community networks.");
        Files.write(inputs.resolve("c.pdf"), new byte[] {0, 1, 2});
        JsonNode report = json("import-inputs", file, inputs.toString(), "--json");
        assertFields(report, "imported", "duplicates", "skipped");
        assertFields(first(report.get("imported")), "file", "id", "title", "language", "near_duplicate_of");
        assertFields(first(report.get("duplicates")), "file", "existing");
        assertFields(first(report.get("skipped")), "file", "reason");
        assertFalse(report.get("skipped").get(0).get("reason").asText().isBlank());
    }
}
