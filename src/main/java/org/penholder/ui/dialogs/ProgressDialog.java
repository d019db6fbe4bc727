package org.penholder.ui.dialogs;

import javafx.concurrent.Task;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.penholder.ui.Job;

/** The dialog that shows long work's message and progress, with Cancel, until the work ends; closing it cancels. */
final class ProgressDialog {

    private ProgressDialog() {}

    /** Shows a task's message and progress, with Cancel, until the task ends. */
    static void show(Window owner, String title, Task<?> task) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
        dialog.setTitle(title);
        FxDialogService.setHeader(dialog, title);
        Label message = new Label();
        message.textProperty().bind(task.messageProperty());
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(420);
        bar.progressProperty().bind(task.progressProperty());
        dialog.getDialogPane().setContent(new VBox(8, message, bar));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CANCEL);
        dialog.setOnHidden(e -> {
            if (!task.isDone()) {
                task.cancel();
            }
        });
        task.stateProperty().addListener((o, old, state) -> {
            if (task.isDone()) {
                dialog.close();
            }
        });
        if (!task.isDone()) {
            dialog.show();
        }
    }

    /** Shows a job's message and progress, with Cancel, until the job ends. */
    static void show(Window owner, String title, Job<?> job) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
        dialog.setTitle(title);
        FxDialogService.setHeader(dialog, title);
        Label message = new Label();
        message.textProperty().bind(job.messageProperty());
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(420);
        bar.progressProperty().bind(job.progressProperty());
        dialog.getDialogPane().setContent(new VBox(8, message, bar));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CANCEL);
        dialog.setOnHidden(e -> {
            if (job.runningProperty().get()) {
                job.cancel();
            }
        });
        job.runningProperty().addListener((o, was, now) -> {
            if (!now) {
                dialog.close();
            }
        });
        if (job.runningProperty().get()) {
            dialog.show();
        }
    }
}
