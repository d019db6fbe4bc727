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
import org.penholder.ingest.MadeFiles;

/** The input, search and link commands as a secretariat script uses them. */
class InputsCliTest {

    @TempDir
    Path dir;

    private static final ObjectMapper JSON = new ObjectMapper();

    private static CliTest.Run run(String... args) {
        return CliTest.run(args);
    }

    @Test
    void importSearchLinkAndList() throws Exception {
        Path file = TestFiles.sampleCopy(dir);
        Path bomb = MadeFiles.zipBomb(dir.resolve("bomb.docx"));
        CliTest.Run imported = run(
                "import-inputs",
                file.toString(),
                MadeFiles.multilingual().toString(),
                bomb.toString(),
                "--stakeholder",
                "Digital Rights Coalition",
                "--group",
                "Civil society",
                "--occasion",
                "Written submissions",
                "--date",
                "15 August 2025",
                "--tag",
                "C8",
                "--json");
        assertEquals(0, imported.exit(), imported.err());
        JsonNode report = JSON.readTree(imported.out());
        assertEquals(6, report.get("imported").size());
        assertEquals(1, report.get("skipped").size());
        assertTrue(report.get("skipped").get(0).get("reason").asText().contains("zip bomb"));
        assertTrue(
                imported.err().contains("bomb.docx: has a part (word/document.xml) that expands")
                        && imported.err().contains("zip bomb"),
                imported.err());
        assertTrue(imported.err().contains("6 inputs imported"), imported.err());

        JsonNode inputs = JSON.readTree(run("inputs", file.toString(), "--json").out());
        assertEquals(21, inputs.size());
        JsonNode ar = null;
        for (JsonNode i : inputs) {
            if (i.get("title").asText().equals("ar-observer")) {
                ar = i;
            }
        }
        assertEquals("Digital Rights Coalition", ar.get("stakeholder").asText());
        assertEquals("Civil society", ar.get("group").asText());
        assertEquals("Written submissions", ar.get("occasion").asText());
        assertEquals("2025-08-15", ar.get("date").asText());
        assertEquals("ar", ar.get("language").asText());
        assertTrue(ar.get("tags").get(0).asText().startsWith("C8 "), ar.toString());
        assertEquals(0, ar.get("links").asInt());
        for (String key :
                new String[] {"id", "stakeholder", "group", "title", "occasion", "date", "language", "tags", "links"}) {
            assertTrue(ar.has(key), key);
        }

        CliTest.Run search = run("search", file.toString(), "الفجوة الرقمية", "--json", "--limit", "3");
        assertEquals(0, search.exit(), search.err());
        JsonNode hits = JSON.readTree(search.out());
        assertEquals(1, hits.size());
        JsonNode hit = hits.get(0);
        assertEquals(ar.get("id").asLong(), hit.get("id").asLong());
        for (String key : new String[] {"id", "stakeholder", "group", "title", "snippet", "score"}) {
            assertTrue(hit.has(key), key);
        }
        assertTrue(hit.get("snippet").asText().contains("الفجوة الرقمية"), hit.toString());
        assertTrue(hit.get("score").asDouble() > 0);
        assertTrue(run("search", file.toString(), "fracture numérique").out().contains("**fracture** **numérique**"));

        String arId = ar.get("id").asText();
        CliTest.Run link =
                run("link", file.toString(), "--paragraph", "OP3", "--input", arId, "--quote", "سد الفجوة الرقمية");
        assertEquals(0, link.exit(), link.err());
        CliTest.Run byRange =
                run("link", file.toString(), "--paragraph", "PP2", "--input", arId, "--from", "0", "--to", "10");
        assertEquals(0, byRange.exit(), byRange.err());

        JsonNode op3 = JSON.readTree(
                run("links", file.toString(), "--paragraph", "3", "--json").out());
        JsonNode made = op3.get(op3.size() - 1);
        assertEquals("OP3", made.get("paragraph").asText());
        assertEquals(ar.get("id").asLong(), made.get("input").asLong());
        assertEquals("سد الفجوة الرقمية", made.get("quote").asText());
        assertEquals(
                made.get("to").asInt() - made.get("from").asInt(),
                made.get("quote").asText().length());
        JsonNode all = JSON.readTree(run("links", file.toString(), "--json").out());
        assertEquals(55, all.size());
        for (JsonNode i : JSON.readTree(run("inputs", file.toString(), "--json").out())) {
            if (i.get("id").asText().equals(arId)) {
                assertEquals(2, i.get("links").asInt(), "the input counts its links");
            }
        }
    }

    @Test
    void badLinksAndImportsExplainThemselves() throws Exception {
        Path file = TestFiles.sampleCopy(dir);
        CliTest.Run nothing = run(
                "import-inputs",
                file.toString(),
                MadeFiles.write(dir.resolve("e.txt"), "").toString());
        assertEquals(1, nothing.exit(), "nothing could be read");
        assertTrue(nothing.err().contains("e.txt: is empty"), nothing.err());

        assertEquals(
                2,
                run("import-inputs", file.toString(), "x.docx", "--group", "Youth")
                        .exit());
        assertEquals(
                2,
                run("import-inputs", file.toString(), "x.docx", "--date", "yesterday")
                        .exit());
        CliTest.Run tag = run("import-inputs", file.toString(), dir.toString(), "--tag", "C99");
        assertEquals(1, tag.exit());
        assertTrue(tag.err().contains("C99"), tag.err());

        CliTest.Run noPara = run("link", file.toString(), "--paragraph", "OP99", "--input", "1", "--quote", "x");
        assertEquals(1, noPara.exit());
        assertTrue(noPara.err().contains("no paragraph OP99") && noPara.err().contains(file.toString()), noPara.err());
        CliTest.Run noQuote = run(
                "link", file.toString(), "--paragraph", "OP1", "--input", "1", "--quote", "words nowhere to be found");
        assertEquals(1, noQuote.exit());
        assertTrue(noQuote.err().contains("does not contain the quote"), noQuote.err());
        assertEquals(
                2,
                run("link", file.toString(), "--paragraph", "OP1", "--input", "1")
                        .exit(),
                "a quote or a range is needed");
        assertEquals(
                2,
                run(
                                "link",
                                file.toString(),
                                "--paragraph",
                                "OP1",
                                "--input",
                                "1",
                                "--quote",
                                "a",
                                "--from",
                                "1",
                                "--to",
                                "3")
                        .exit());
        assertEquals(2, run("search", file.toString(), "\"\"").exit());
    }

    @Test
    void stakeholdersFromACsvFile() throws Exception {
        Path file = TestFiles.sampleCopy(dir);
        Path csv = Files.writeString(dir.resolve("s.csv"), "name,group,country\nKenya,Member State,Kenya\n");
        CliTest.Run imported = run("import-stakeholders", file.toString(), csv.toString());
        assertEquals(0, imported.exit(), imported.err());
        assertTrue(imported.err().contains("1 added"), imported.err());
        JsonNode list =
                JSON.readTree(run("stakeholders", file.toString(), "--json").out());
        boolean found = false;
        for (JsonNode s : list) {
            found |= s.get("name").asText().equals("Kenya")
                    && s.get("group").asText().equals("Member State")
                    && s.get("country").asText().equals("Kenya");
        }
        assertTrue(found, list.toString());
        CliTest.Run missing = run(
                "import-stakeholders", file.toString(), dir.resolve("none.csv").toString());
        assertEquals(1, missing.exit());
        assertFalse(missing.err().isBlank());
    }
}
