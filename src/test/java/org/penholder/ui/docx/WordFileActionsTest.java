package org.penholder.ui.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.docx.DraftDocxReader;
import org.penholder.docx.ExportOptions;
import org.penholder.docx.Progress;
import org.penholder.model.Author;
import org.penholder.project.Project;
import org.penholder.settings.UserSettings;
import org.penholder.ui.FakeDialogs;
import org.penholder.ui.main.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File > Export… and File > Import Draft… as a drafter uses them. */
@ExtendWith(ApplicationExtension.class)
class WordFileActionsTest {

    @TempDir
    static Path dir;

    private MainWindow window;
    private final FakeDialogs dialogs = new FakeDialogs();

    @Start
    void start(Stage stage) {
        UserSettings settings = UserSettings.load(dir.resolve("config"), dir.resolve("data"));
        settings.setAuthor(new Author("Test Drafter", "Secretariat"));
        window = new MainWindow(stage, settings, dialogs);
        window.setOnQuit(() -> { });
        stage.show();
    }

    private Path openSample(String name) throws Exception {
        Path d = Files.createDirectories(dir.resolve(name));
        Path file = TestFiles.sampleCopy(d);
        WaitForAsyncUtils.asyncFx(() -> window.open(file)).get(10, TimeUnit.SECONDS).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return file;
    }

    private void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.closeProject()).get(10, TimeUnit.SECONDS).get(30, TimeUnit.SECONDS);
    }

    private MenuItem fileMenuItem(String id) {
        MenuBar bar = (MenuBar) window.stage().getScene().getRoot().lookup(".menu-bar");
        return bar.getMenus().get(0).getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    private static javafx.concurrent.Worker.State state(Task<?> task) throws Exception {
        return onFx(task::getState);
    }

    /** Chooses a menu item and waits for the task it starts to end. */
    private Task<?> runAndWait(FxRobot robot, String menuId) throws Exception {
        int before = dialogs.tasks.size();
        robot.interact(() -> fileMenuItem(menuId).fire());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialogs.tasks.size() > before);
        Task<?> task = dialogs.tasks.get(before);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, task::isDone);
        WaitForAsyncUtils.waitForFxEvents();
        return task;
    }

    @Test
    void exportWritesTheChosenRevisionAndImportReadsItBack(FxRobot robot) throws Exception {
        Path project = openSample("roundtrip");
        try {
            exportAndImport(robot);
        } finally {
            close();
        }
        try (Project p = Project.open(project, Project.Access.READ)) {
            assertEquals(List.of("Zero draft", "As returned"), p.revisionNames());
            assertEquals(p.revisions().blocks(p.revisions().byName("Zero draft").orElseThrow().id()),
                    p.revisions().blocks(p.revisions().byName("As returned").orElseThrow().id()));
        }
    }

    private void exportAndImport(FxRobot robot) throws Exception {
        Path out = dir.resolve("roundtrip/zero.docx");
        dialogs.exportChoice = new ExportOptions(ExportOptions.Kind.CLEAN, "Zero draft", ExportOptions.Sources.ANNEX);
        dialogs.toWrite = out;
        Task<?> export = runAndWait(robot, "menu-export-docx");
        assertEquals(javafx.concurrent.Worker.State.SUCCEEDED, state(export), String.valueOf(onFx(export::getException)));
        assertEquals(List.of("Zero draft"), dialogs.revisionsOffered);
        assertEquals(1.0, onFx(export::getProgress), 1e-9, "the bar reaches its end");
        assertTrue(dialogs.informations.getLast().contains("Wrote " + out.toAbsolutePath()), dialogs.informations.toString());
        assertEquals(28, new DraftDocxReader().read(out, Progress.NONE).blocks().stream()
                .filter(b -> b.kind().isParagraph()).count());

        dialogs.toRead = out;
        dialogs.text = "As returned";
        Task<?> imported = runAndWait(robot, "menu-import-draft");
        assertEquals(javafx.concurrent.Worker.State.SUCCEEDED, state(imported), String.valueOf(onFx(imported::getException)));
        assertTrue(dialogs.informations.getLast().contains("The revision \"As returned\" holds 15 headings, 5 preambular "
                + "and 23 operative paragraphs; 43 were matched"), dialogs.informations.getLast());

        Task<?> again = runAndWait(robot, "menu-import-draft");
        assertEquals(javafx.concurrent.Worker.State.FAILED, state(again));
        assertTrue(dialogs.errors.getLast().contains("already a revision named \"As returned\""), dialogs.errors.toString());
    }

    @Test
    void aWordDraftStartsANewProjectThatOpensInTheWindow(FxRobot robot) throws Exception {
        Path sample = TestFiles.sampleCopy(Files.createDirectories(dir.resolve("fromword")));
        Path docx = dir.resolve("fromword/draft.docx");
        try (Project p = Project.open(sample, Project.Access.READ)) {
            p.docxExporter().export(ExportOptions.clean(), docx, false, Progress.NONE);
        }
        Path created = dir.resolve("fromword/new.penholder");
        dialogs.toRead = docx;
        dialogs.toWrite = created;
        dialogs.text = "Zero draft";
        try {
            Task<?> task = runAndWait(robot, "menu-new-from-word");
            assertEquals(javafx.concurrent.Worker.State.SUCCEEDED, state(task), String.valueOf(onFx(task::getException)));
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.workspace() != null
                    && window.stage().getTitle().contains("new.penholder"));
            assertEquals(43, window.workspace().draft().outline().size() - 1, "15 headings and 28 paragraphs below the title");
        } finally {
            close();
        }
        try (Project p = Project.open(created, Project.Access.READ)) {
            assertEquals(List.of("Zero draft"), p.revisionNames());
        }
    }

    @Test
    void cancellingAnExportLeavesNoFile(FxRobot robot) throws Exception {
        openSample("cancel");
        Path out = dir.resolve("cancel/cancelled.docx");
        dialogs.exportChoice = new ExportOptions(ExportOptions.Kind.COMPILATION, null, ExportOptions.Sources.FOOTNOTES);
        dialogs.toWrite = out;
        dialogs.cancelProgress = true;
        try {
            Task<?> task = runAndWait(robot, "menu-export-docx");
            assertEquals(javafx.concurrent.Worker.State.CANCELLED, state(task));
        } finally {
            dialogs.cancelProgress = false;
            close();
        }
        // the work notices Cancel at its next step and removes what it had begun to write
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            try (var files = Files.list(out.getParent())) {
                return files.noneMatch(f -> f.getFileName().toString().endsWith(".partial"));
            }
        });
        assertFalse(Files.exists(out));
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }
}
