package org.penholder.ui.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.history.Proposal;
import org.penholder.model.Paragraph;
import org.penholder.project.Project;
import org.penholder.ui.FakeDialogs;
import org.penholder.ui.WindowTests;
import org.penholder.ui.main.MainWindow;
import org.penholder.ui.main.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File > Merge from Another Copy… as a person does it: preview, merge, the conflict in the Amendments view, undo. */
@ExtendWith(ApplicationExtension.class)
class MergeWindowTest {

    @TempDir
    static Path dir;

    private MainWindow window;
    private final FakeDialogs dialogs = new FakeDialogs();

    @Start
    void start(Stage stage) {
        window = WindowTests.window(stage, dir, dialogs);
    }

    @AfterEach
    void closeAfter() throws Exception {
        WindowTests.close(window);
    }

    /** Two copies of the sample in a folder of their own: Ben's adds a paragraph and rewrites one Ann rewrote too. */
    private static Path[] copies(String folder) throws Exception {
        return TwoCopies.in(Files.createDirectories(dir.resolve(folder)), "Ann's version.", "Ben's version.");
    }

    private MenuItem mergeItem() {
        MenuBar bar = (MenuBar) window.stage().getScene().getRoot().lookup(".menu-bar");
        return bar.getMenus().get(0).getItems().stream()
                .filter(i -> "menu-merge-copy".equals(i.getId()))
                .findFirst()
                .orElseThrow();
    }

    /** Starts the merge from the File menu and waits for its preview; returns the preview's dialog pane. */
    private DialogPane preview() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> mergeItem().fire());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> previewPane().isPresent());
        return previewPane().orElseThrow();
    }

    private static Optional<DialogPane> previewPane() {
        return Window.getWindows().stream()
                .filter(Window::isShowing)
                .map(w -> w.getScene().getRoot())
                .filter(r -> r instanceof DialogPane d && d.getButtonTypes().contains(MergePreviewDialog.MERGE))
                .map(r -> (DialogPane) r)
                .findFirst();
    }

    private static List<String> texts(Workspace ws) throws Exception {
        return ws.session()
                .read(() -> ws.session().project().draftService().draft().paragraphsInOrder().stream()
                        .map(Paragraph::text)
                        .toList())
                .get(10, TimeUnit.SECONDS);
    }

    @Test
    void mergeShowsTheConflictAndUndoTakesItBack(FxRobot robot) throws Exception {
        Path[] c = copies("merge");
        Workspace ws = WindowTests.open(window, c[0]);
        List<String> before = texts(ws);
        dialogs.toRead = c[1];

        DialogPane pane = preview();
        assertTrue(pane.lookup("#merge-preview") != null, "the preview shows what comes in");
        assertTrue(pane.lookup("#merge-conflicts") != null, "and the paragraph both changed");
        assertEquals(before, texts(ws), "the preview writes nothing");
        robot.interact(() -> ((Button) pane.lookupButton(MergePreviewDialog.MERGE)).fire());

        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> dialogs.informations.stream().anyMatch(i -> i.contains("Merged b.penholder")));
        var view = window.history().amendmentsView();
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> view.table().getItems().size() == 1);
        Proposal conflict = view.table().getItems().get(0);
        assertTrue(conflict.mergeConflict());
        assertEquals("Ben", conflict.proposer());
        robot.interact(() -> view.table().getSelectionModel().select(0));
        assertTrue(view.lookup("#merge-conflict-detail").isVisible(), "both versions show");
        List<String> merged = texts(ws);
        assertTrue(merged.contains("Ann's version.") && merged.contains("Ben adds this."), merged.toString());
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> ws.editor().area().getText().contains("Ben adds this."));

        robot.interact(() -> ws.draft().undo());
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> !ws.editor().area().getText().contains("Ben adds this."));
        assertEquals(before, texts(ws), "one undo takes the whole merge back");
        view.refresh().get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.table().getItems().isEmpty(), "and its conflict");
    }

    @Test
    void cancellingThePreviewWritesNothing(FxRobot robot) throws Exception {
        Path[] c = copies("cancel");
        Workspace ws = WindowTests.open(window, c[0]);
        List<String> before = texts(ws);
        String bytes = TestFiles.sha256(c[1]);
        dialogs.toRead = c[1];
        DialogPane pane = preview();
        robot.interact(() -> ((Button) pane.lookupButton(ButtonType.CANCEL)).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> previewPane().isEmpty());
        ws.session().drained().get(10, TimeUnit.SECONDS);
        assertEquals(before, texts(ws));
        assertEquals("", ws.session().undoDescriptionProperty().get(), "nothing to undo");
        assertEquals(bytes, TestFiles.sha256(c[1]));
        assertFalse(dialogs.informations.stream().anyMatch(i -> i.contains("Merged")));
    }

    @Test
    void aCopyOfAnotherProjectIsRefusedWithTheReason() throws Exception {
        Path[] c = copies("foreign");
        Path other = dir.resolve("foreign").resolve("other.penholder");
        Project.create(other, "Another project", null).close();
        WindowTests.open(window, c[0]);
        dialogs.toRead = other;
        WaitForAsyncUtils.asyncFx(() -> mergeItem().fire());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !dialogs.errors.isEmpty());
        assertTrue(dialogs.errors.get(0).contains("copy of another project"), dialogs.errors.toString());
        assertTrue(previewPane().isEmpty());
    }
}
