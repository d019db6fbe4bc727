package org.penholder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.project.Project;

/** penholder set-language: the document language of a project, set and shown without the window. */
class SetLanguageCliTest {

    @TempDir
    Path dir;

    @Test
    void setsShowsAndRefusesALanguageDocumentsAreNotWrittenIn() {
        Path file = TestFiles.sampleCopy(dir);
        CliTest.Run shown = CliTest.run("set-language", file.toString());
        assertEquals(0, shown.exit(), shown.err());
        assertEquals("en", shown.out().strip(), "English until set");

        CliTest.Run set = CliTest.run("set-language", file.toString(), "FR");
        assertEquals(0, set.exit(), set.err());
        assertTrue(set.err().contains("French"), set.err());
        try (Project p = Project.open(file, Project.Access.READ)) {
            assertEquals("fr", p.documentLanguage().tag());
        }
        assertEquals("fr", CliTest.run("set-language", file.toString()).out().strip());

        CliTest.Run wrong = CliTest.run("set-language", file.toString(), "de");
        assertEquals(Cli.USAGE, wrong.exit());
        assertTrue(wrong.err().contains("de: not a language") && wrong.err().contains("fr, ru, es"), wrong.err());
        assertEquals("fr", CliTest.run("set-language", file.toString()).out().strip(), "unchanged");
    }

    @Test
    void aNewProjectIsMadeWithItsDocumentLanguageAndStartingListsInIt() {
        Path file = dir.resolve("proekt.penholder");
        CliTest.Run made = CliTest.run("new", file.toString(), "--title", "Итоговый документ", "--language", "RU");
        assertEquals(0, made.exit(), made.err());
        assertTrue(made.err().contains("documents in Russian"), made.err());
        assertEquals("ru", CliTest.run("set-language", file.toString()).out().strip());
        try (Project p = Project.open(file, Project.Access.READ)) {
            assertTrue(
                    p.stakeholders().groups().contains("Гражданское общество"),
                    p.stakeholders().groups().toString());
        }

        Path other = dir.resolve("entwurf.penholder");
        CliTest.Run wrong = CliTest.run("new", other.toString(), "--title", "Entwurf", "--language", "de");
        assertEquals(Cli.USAGE, wrong.exit());
        assertTrue(wrong.err().contains("de: not a language"), wrong.err());
        assertTrue(java.nio.file.Files.notExists(other), "no file made");
    }
}
