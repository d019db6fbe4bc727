package org.penholder.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.model.Author;
import org.penholder.project.Project;
import org.penholder.store.WriteFailedException;
import org.penholder.ui.EnglishAfterwards;
import org.penholder.ui.FakeDialogs;
import org.penholder.ui.WindowTests;
import org.penholder.ui.common.Errors;
import org.penholder.ui.common.Messages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A project open in another Penholder opens read only with a banner saying why, all of it in the
 * window's language; the command line's English reason stays as it was.
 */
@ExtendWith({ApplicationExtension.class, EnglishAfterwards.class})
class ReadOnlyBannerLanguageTest {

    @TempDir
    static Path dir;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        Messages.use(Locale.FRENCH);
        window = WindowTests.window(stage, dir, new FakeDialogs());
    }

    @Test
    void aChangeRefusedInAProjectOpenToReadIsSaidInFrench() {
        Path file = TestFiles.sampleCopy(dir);
        try (Project p = Project.open(file, Project.Access.READ)) {
            String op = p.draftService().draft().paragraphsInOrder().get(0).id();
            WriteFailedException refused = assertThrows(
                    WriteFailedException.class, () -> p.draftService().typeText(op, "No.", new Author("A", "")));
            assertEquals(
                    file + ": is read-only (it was opened to read only); the change was not made",
                    refused.getMessage(),
                    "the command line's English");
            assertEquals(
                    file.getFileName()
                            + " est en lecture seule (il a été ouvert en lecture seule)\u00a0; la modification n’a pas été faite.",
                    Errors.message(refused));
        }
    }

    @Test
    void theBannerSaysWhyInFrench(FxRobot robot) throws Exception {
        Path file = WindowTests.sampleIn(dir, "locked");
        try (Project other = Project.open(file, Project.Access.WRITE)) {
            assertTrue(!other.isReadOnly(), "the other Penholder holds it for writing");
            Workspace ws = WindowTests.open(window, file);
            String banner = robot.lookup("#read-only-banner").queryLabeled().getText();
            assertTrue(
                    banner.startsWith("Lecture seule\u00a0: il est ouvert dans un autre Penholder (processus "),
                    banner);
            assertTrue(banner.endsWith("). Aucune modification n’est possible dans cette fenêtre."), banner);
            assertTrue(banner.contains(", depuis le ") && !banner.contains("since"), "when, in French: " + banner);
            String english = ws.session()
                    .read(() -> ws.session().project().readOnlyReason().orElseThrow())
                    .get();
            assertTrue(english.startsWith("It is open in another Penholder (process "), english);
            assertEquals('.', english.charAt(english.length() - 1));
            WindowTests.close(window);
        }
    }
}
