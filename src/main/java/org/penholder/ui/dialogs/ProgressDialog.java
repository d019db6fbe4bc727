package org.penholder.ui.dialogs;

import java.util.function.BooleanSupplier;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
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
        show(
                owner,
                title,
                task.messageProperty(),
                task.progressProperty(),
                task.stateProperty(),
                task::isDone,
                task::cancel);
    }

    /** Shows a job's message and progress, with Cancel, until the job ends. */
    static void show(Window owner, String title, Job<?> job) {
        show(
                owner,
                title,
                job.messageProperty(),
                job.progressProperty(),
                job.runningProperty(),
                () -> !job.runningProperty().get(),
                job::cancel);
    }

    private static void show(
            Window owner,
            String title,
            ReadOnlyStringProperty message,
            ReadOnlyDoubleProperty progress,
            Observable state,
            BooleanSupplier done,
            Runnable cancel) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        Label text = new Label();
        text.textProperty().bind(message);
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(420);
        bar.progressProperty().bind(progress);
        dialog.getDialogPane().setContent(new VBox(8, text, bar));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CANCEL);
        dialog.setOnHidden(e -> {
            if (!done.getAsBoolean()) {
                cancel.run();
            }
        });
        state.addListener(o -> {
            if (done.getAsBoolean()) {
                dialog.close();
            }
        });
        if (!done.getAsBoolean()) {
            dialog.show();
        }
    }
}
