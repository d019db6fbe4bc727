package org.penholder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.model.Footnote;
import org.penholder.project.Project;

/** {@code penholder footnote}: a paragraph's footnotes added, edited and removed without the window, as amendments. */
class FootnoteCliTest {

    @TempDir
    Path dir;

    private static List<Footnote> footnotes(Path file, String label) {
        try (Project p = Project.open(file, Project.Access.READ)) {
            return p.draftService().footnotes().of(ProjectParagraphs.idOf(p, label));
        }
    }

    private static long amendments(Path file) {
        try (Project p = Project.open(file, Project.Access.READ)) {
            return p.amendments().count();
        }
    }

    @Test
    void aFootnoteIsAddedEditedAndRemoved() {
        Path file = TestFiles.sampleCopy(dir);
        String text;
        try (Project p = Project.open(file, Project.Access.READ)) {
            text = p.draftService().paragraph(ProjectParagraphs.idOf(p, "OP2")).text();
        }
        String words = text.substring(0, text.indexOf(' ', 20));
        long before = amendments(file);
        CliTest.Run added = CliTest.run(
                "footnote", file.toString(), "--paragraph", "OP2", "--add", "A note.", "--after-text", words);
        assertEquals(0, added.exit(), added.err());
        assertEquals(
                List.of(words.length()),
                footnotes(file, "OP2").stream().map(Footnote::anchor).toList());
        assertEquals(
                0,
                CliTest.run("footnote", file.toString(), "--paragraph", "OP2", "--add", "At the end.")
                        .exit());
        assertEquals(
                0,
                CliTest.run(
                                "footnote",
                                file.toString(),
                                "--paragraph",
                                "OP2",
                                "--edit",
                                "1",
                                "--text",
                                "A better note.")
                        .exit());
        assertEquals(
                List.of("A better note.", "At the end."),
                footnotes(file, "OP2").stream().map(Footnote::text).toList());
        assertEquals(
                0,
                CliTest.run("footnote", file.toString(), "--paragraph", "OP2", "--remove", "2")
                        .exit());
        assertEquals(
                List.of("A better note."),
                footnotes(file, "OP2").stream().map(Footnote::text).toList());
        assertEquals(before + 4, amendments(file), "each change is an amendment of the paragraph");

        CliTest.Run wrong = CliTest.run("footnote", file.toString(), "--paragraph", "OP2", "--remove", "5");
        assertEquals(Cli.FAILED, wrong.exit());
        assertTrue(wrong.err().contains("has 1 footnote, not a footnote 5"), wrong.err());
        assertEquals(
                Cli.USAGE,
                CliTest.run("footnote", file.toString(), "--paragraph", "OP2").exit());
    }
}
