package org.penholder.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.project.Project;
import org.penholder.store.ProjectLock;
import org.penholder.ui.FakeDialogs;
import org.penholder.ui.WindowTests;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Files the window cannot trust or cannot write: what it says, and the way on it offers. */
@ExtendWith(ApplicationExtension.class)
class UntrustedAndReadOnlyWindowTest {

    @TempDir
    static Path dir;

    private MainWindow window;
    private final FakeDialogs dialogs = new FakeDialogs();

    @Start
    void start(Stage stage) {
        window = WindowTests.window(stage, dir, dialogs);
    }

    @Test
    void aPlantedTriggerIsNamedAndACleanedCopyOpensInstead(FxRobot robot) throws Exception {
        Path file = WindowTests.sampleIn(dir, "planted");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement st = c.createStatement()) {
            st.execute("CREATE TRIGGER keep_tidy AFTER INSERT ON amendment BEGIN DELETE FROM link; END");
        }
        String bytes = TestFiles.sha256(file);
        Path cleaned = dir.resolve("planted").resolve("cleaned.penholder");
        dialogs.confirmAnswer = true;
        dialogs.toWrite = cleaned;
        WaitForAsyncUtils.asyncFx(() -> window.open(file)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.workspace() != null);
        assertEquals(1, dialogs.confirmations.size());
        assertTrue(
                dialogs.confirmations.get(0).contains("an extra trigger \"keep_tidy\" on amendment"),
                dialogs.confirmations.get(0));
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        assertEquals(cleaned, window.workspace().session().project().file());
        assertFalse(window.workspace().session().project().isReadOnly());
        assertEquals(bytes, TestFiles.sha256(file), "the planted file is left as it is");
        WindowTests.close(window);
    }

    @Test
    void aFolderThatCannotBeWrittenShowsWhyAndSavesACopyToWorkOn(FxRobot robot) throws Exception {
        Path file = WindowTests.sampleIn(dir, "unwritable");
        Files.createDirectory(ProjectLock.lockFileOf(file)); // the lock file cannot be made there
        Workspace ws = WindowTests.open(window, file);
        var banner = robot.lookup("#read-only-banner").queryLabeled();
        assertTrue(banner.getText().contains("its folder cannot be written"), banner.getText());
        assertFalse(banner.getText().contains("close it"), banner.getText());
        assertTrue(!ws.editor().area().isEditable());

        Path copy = dir.resolve("copy-to-work-on.penholder");
        dialogs.toWrite = copy;
        dialogs.confirmAnswer = true;
        robot.clickOn("#read-only-save-copy");
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> window.workspace() != null
                        && copy.equals(window.workspace().session().project().file()));
        assertFalse(window.workspace().session().project().isReadOnly(), "the copy can be changed");
        assertNull(robot.lookup("#read-only-banner").tryQuery().orElse(null));
        WindowTests.close(window);
        try (Project p = Project.open(copy, Project.Access.READ)) {
            assertTrue(p.links().count() > 0);
        }
    }
}
