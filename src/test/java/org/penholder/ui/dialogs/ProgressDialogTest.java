package org.penholder.ui.dialogs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.model.Author;
import org.penholder.ui.Job;
import org.penholder.ui.ProjectSession;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A job's progress dialog: its Cancel stops the job, and it closes by itself when the job ends. */
@ExtendWith(ApplicationExtension.class)
class ProgressDialogTest {

    @TempDir
    Path dir;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 300, 200));
        stage.show();
    }

    private static boolean showing(String title) {
        return Window.getWindows().stream()
                .anyMatch(w -> w.isShowing() && w instanceof Stage s && title.equals(s.getTitle()));
    }

    @Test
    void cancelStopsTheJobAndTheEndClosesTheDialog(FxRobot robot) throws Exception {
        ProjectSession session =
                new ProjectSession(TestFiles.openSample(dir), Platform::runLater, () -> new Author("T", ""));
        FxDialogService dialogs = new FxDialogService(stage);
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<Job<String>> job = new AtomicReference<>();
        robot.interact(() -> {
            job.set(session.job("Waiting…", progress -> {
                while (!progress.isCancelled()) {
                    progress.update(1, 2, "Half way");
                    release.await(20, TimeUnit.MILLISECONDS);
                }
                progress.checkCancelled();
                return "never";
            }));
            dialogs.showProgress("A long job", job.get());
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> showing("A long job"));
        robot.interact(() -> Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && "A long job".equals(s.getTitle()))
                .map(w -> (DialogPane) w.getScene().getRoot())
                .findFirst()
                .map(p -> (Button) p.lookupButton(ButtonType.CANCEL))
                .orElseThrow()
                .fire());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> job.get().result().isDone());
        assertTrue(job.get().result().isCancelled(), "Cancel stops the job");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !showing("A long job"));

        CountDownLatch go = new CountDownLatch(1);
        AtomicReference<Job<String>> quick = new AtomicReference<>();
        robot.interact(() -> {
            quick.set(session.job("Working…", progress -> {
                go.await(5, TimeUnit.SECONDS);
                return "done";
            }));
            dialogs.showProgress("A short job", quick.get());
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> showing("A short job"));
        go.countDown();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !showing("A short job"));
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> quick.get().result().isDone());
        assertTrue(
                "done".equals(quick.get().result().getNow(null)),
                "the job's result is not cancelled by the dialog closing");
        session.close();
    }
}
