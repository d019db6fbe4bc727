package org.penholder.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.backup.Backup;
import org.penholder.backup.Backups;
import org.penholder.model.Author;
import org.penholder.project.Project;
import org.penholder.ui.FakeDialogs;
import org.penholder.ui.WindowTests;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Backups from the window: one at open, and File > Restore from Backup… into a new file. */
@ExtendWith(ApplicationExtension.class)
class BackupWindowTest {

    @TempDir
    static Path dir;

    private MainWindow window;
    private final FakeDialogs dialogs = new FakeDialogs();

    @Start
    void start(Stage stage) {
        window = WindowTests.window(stage, dir, dialogs);
    }

    @Test
    void openingBacksUpAndABackupIsRestoredIntoANewFileAndOpened(FxRobot robot) throws Exception {
        Path file = WindowTests.sampleIn(dir, "backed-up");
        Workspace ws = WindowTests.open(window, file);
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> !Backups.list(Backups.defaultRoot(), file).isEmpty());
        List<Backup> made = Backups.list(Backups.defaultRoot(), file);
        assertEquals(Backup.Kind.OPENED, made.get(0).kind());

        String paragraph = ws.draft().outline().stream()
                .filter(r -> r.kind().isParagraph())
                .findFirst()
                .orElseThrow()
                .id();
        ws.session()
                .submit(() -> ws.session()
                        .project()
                        .draftService()
                        .typeText(paragraph, "Written after the backup.", new Author("T", "")))
                .get(10, TimeUnit.SECONDS);

        Path restored = dir.resolve("restored.penholder");
        dialogs.toWrite = restored;
        dialogs.confirmAnswer = true;
        MenuItem item = ((MenuBar) window.stage().getScene().lookup(".menu-bar"))
                .getMenus().get(0).getItems().stream()
                        .filter(i -> "menu-restore-backup".equals(i.getId()))
                        .findFirst()
                        .orElseThrow();
        robot.interact(item::fire);
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> window.workspace() != null
                        && restored.equals(
                                window.workspace().session().project().file()));
        assertTrue(dialogs.questions.get(0).contains("opened"), dialogs.questions.toString());
        assertTrue(dialogs.questions.get(0).contains("changed since: +1 amendment"), dialogs.questions.toString());
        WindowTests.close(window);
        try (Project p = Project.open(restored, Project.Access.READ)) {
            assertTrue(!p.drafts().paragraph(paragraph).orElseThrow().text().equals("Written after the backup."));
        }
    }
}
