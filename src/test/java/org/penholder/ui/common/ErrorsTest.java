package org.penholder.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.project.Project;
import org.penholder.store.ProjectFileException;
import org.penholder.ui.EnglishAfterwards;

/** What the window says when opening or making a project file is refused: in its language; the command line's English stays. */
@ExtendWith(EnglishAfterwards.class)
class ErrorsTest {

    @TempDir
    Path dir;

    @BeforeEach
    void french() {
        Messages.use(Locale.FRENCH);
    }

    @Test
    void aProjectFileRefusedIsSaidInTheWindowsLanguage() throws Exception {
        Path empty = Files.writeString(dir.resolve("notes.penholder"), "");
        ProjectFileException notOne =
                assertThrows(ProjectFileException.class, () -> Project.open(empty, Project.Access.WRITE));
        assertEquals(
                "«\u00a0notes.penholder\u00a0» est vide\u00a0: ce n’est pas un projet Penholder.",
                Errors.message(new CompletionException(notOne)));
        assertEquals(empty + ": is empty, not a Penholder project", notOne.getMessage(), "the command line's words");

        Path made = dir.resolve("made.penholder");
        try (Project p = Project.create(made, "A draft", null)) {
            assertEquals("A draft", p.draftService().draft().title());
            ProjectFileException exists =
                    assertThrows(ProjectFileException.class, () -> Project.create(made, "Another", null));
            assertEquals(
                    "«\u00a0made.penholder\u00a0» existe déjà\u00a0; choisissez un autre nom.", Errors.message(exists));
            ProjectFileException open =
                    assertThrows(ProjectFileException.class, () -> Project.open(made, Project.Access.WRITE));
            assertEquals(
                    "«\u00a0made.penholder\u00a0» est ouvert dans un autre Penholder\u00a0; fermez-le d’abord là-bas.",
                    Errors.message(open));
            assertTrue(open.getMessage().contains(": is open in another Penholder"), open.getMessage());
            assertFalse(Errors.isRefusal(open), "a file, not a command: the caller says it");
        }
    }
}
