package org.penholder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.agreed.MadeUpLibrary;
import org.penholder.model.Author;
import org.penholder.model.ParagraphKind;
import org.penholder.project.Project;

/** {@code penholder import-agreed} and {@code penholder agreed}, as a co-facilitator's script uses them. */
class AgreedCliTest {

    @TempDir
    Path dir;

    private Path draft() {
        Path file = dir.resolve("draft.penholder");
        try (Project p = Project.create(file, "Coastal draft", null)) {
            Author me = new Author("Ana Drafter", "Co-facilitators");
            p.draftService()
                    .insertParagraph(
                            "p1",
                            null,
                            0,
                            ParagraphKind.PP,
                            "Recognizing that the information society offers lighthouse keepers new ways to report"
                                    + " storms across remote archipelagos,",
                            me);
            p.draftService().insertParagraph("p2", null, 1, ParagraphKind.PP, "Welcoming the new ferry timetable,", me);
        }
        return file;
    }

    @Test
    void importedTextsTraceTheDraftAndTheJsonSaysWhereEachParagraphComesFrom() throws Exception {
        Path file = draft();
        CliTest.Run imported = CliTest.run(
                "import-agreed",
                file.toString(),
                MadeUpLibrary.textA(dir).toString(),
                "--title",
                "Coastal observatories",
                "--json");
        assertEquals(0, imported.exit(), imported.err());
        JsonNode report = new ObjectMapper().readTree(imported.out());
        assertEquals("A/RES/90/101", report.get("imported").get(0).get("symbol").asText());
        assertEquals(
                "Coastal observatories",
                report.get("imported").get(0).get("title").asText());
        assertEquals(7, report.get("imported").get(0).get("paragraphs").asInt());
        assertTrue(imported.err().contains("1 adopted text imported (7 paragraphs)"), imported.err());

        CliTest.Run again = CliTest.run(
                "import-agreed", file.toString(), MadeUpLibrary.textA(dir).toString());
        assertEquals(0, again.exit());
        assertTrue(again.err().contains("already in the library as A/RES/90/101"), again.err());

        CliTest.Run run = CliTest.run("agreed", file.toString(), "--json");
        assertEquals(0, run.exit(), run.err());
        JsonNode all = new ObjectMapper().readTree(run.out());
        assertEquals(2, all.size());
        JsonNode pp1 = all.get(0);
        assertEquals("PP1", pp1.get("paragraph").asText());
        JsonNode source = pp1.get("sources").get(0);
        assertEquals("A/RES/90/101", source.get("symbol").asText());
        assertEquals("Coastal observatories", source.get("title").asText());
        assertEquals("PP2", source.get("source_paragraph").asText());
        assertEquals(1.0, source.get("share").asDouble());
        JsonNode span = source.get("spans").get(0);
        assertEquals(0, span.get("from").asInt());
        assertTrue(span.get("text").asText().startsWith("Recognizing that the information society"));
        assertEquals(0, all.get(1).get("sources").size(), "new language has no sources");

        CliTest.Run one = CliTest.run("agreed", file.toString(), "--paragraph", "PP2");
        assertEquals(0, one.exit(), one.err());
        assertEquals("PP2  0% agreed language, 100% new", one.out().strip());
    }

    @Test
    void mistakesGetOneLineAndTheirExitCode() throws Exception {
        Path file = draft();
        CliTest.Run twoFiles = CliTest.run(
                "import-agreed",
                file.toString(),
                MadeUpLibrary.textA(dir).toString(),
                MadeUpLibrary.htmlC(dir).toString(),
                "--symbol",
                "A/RES/1/1");
        assertEquals(Cli.USAGE, twoFiles.exit());
        assertTrue(twoFiles.err().contains("give one file"), twoFiles.err());

        CliTest.Run nothing = CliTest.run(
                "import-agreed", file.toString(), dir.resolve("none.pdf").toString());
        assertEquals(Cli.FAILED, nothing.exit());
        assertTrue(nothing.err().contains("none.pdf: does not exist"), nothing.err());

        CliTest.Run noSuch = CliTest.run("agreed", file.toString(), "--paragraph", "OP9");
        assertEquals(Cli.FAILED, noSuch.exit());
        assertTrue(noSuch.err().contains("has no paragraph OP9"), noSuch.err());
    }
}
