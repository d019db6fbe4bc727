package org.penholder.ui.docx;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import org.penholder.ui.common.ProgressTask;
import org.penholder.ui.dialogs.FxDialogService;
import org.penholder.ui.main.MainWindow;

/**
 * For looking at the Word dialogs (not a test): opens a project in the window, then the Export
 * dialog ("export", or "redline" with the redline chosen), a progress dialog of a long task
 * ("progress"), or the Amendments view after the proposals of a Word file (third argument) were
 * imported ("proposals"). Run it under look.sh.
 */
public final class WordFilesShot {

    private WordFilesShot() {}

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The window, then the dialog to look at. */
    public static final class App extends Application {

        @Override
        public void start(Stage stage) {
            List<String> args = getParameters().getUnnamed();
            FxDialogService dialogs = new FxDialogService(stage);
            MainWindow window = org.penholder.ui.ShowcaseWindow.window(stage, dialogs);
            stage.show();
            if (args.get(1).equals("proposals")) {
                try (var p = org.penholder.project.Project.open(
                        Path.of(args.get(0)), org.penholder.project.Project.Access.WRITE)) {
                    var s = p.amendmentImport();
                    s.importProposals(
                            s.read(Path.of(args.get(2)), org.penholder.docx.Progress.NONE),
                            null,
                            new org.penholder.model.Author("Ana Drafter", "Co-facilitators"));
                }
            }
            window.open(Path.of(args.get(0)))
                    .thenRun(() -> Platform.runLater(() -> {
                        if (args.get(1).equals("proposals")) {
                            window.workspace().showView(org.penholder.ui.history.HistoryViews.AMENDMENTS);
                            var view = window.history().amendmentsView();
                            view.refresh()
                                    .thenRun(() -> Platform.runLater(() ->
                                            view.table().getSelectionModel().select(4)));
                        } else if (args.get(1).equals("export") || args.get(1).equals("redline")) {
                            if (args.get(1).equals("redline")) {
                                // once the dialog shows, choose the redline in it
                                new Thread(() -> {
                                            try {
                                                Thread.sleep(1500);
                                            } catch (InterruptedException e) {
                                                return;
                                            }
                                            Platform.runLater(() -> javafx.stage.Window.getWindows()
                                                    .forEach(w -> {
                                                        if (w.getScene() != null
                                                                && w.getScene().lookup("#export-kind")
                                                                        instanceof
                                                                        javafx.scene.control.ChoiceBox<?> box) {
                                                            @SuppressWarnings("unchecked")
                                                            var kind = (javafx.scene.control.ChoiceBox<
                                                                            org.penholder.docx.ExportOptions.Kind>)
                                                                    box;
                                                            kind.setValue(
                                                                    org.penholder.docx.ExportOptions.Kind.REDLINE);
                                                        }
                                                    }));
                                        })
                                        .start();
                            }
                            MenuBar bar = (MenuBar) stage.getScene().getRoot().lookup(".menu-bar");
                            bar.getMenus().get(0).getItems().stream()
                                    .filter(i -> "menu-export-docx".equals(i.getId()))
                                    .findFirst()
                                    .orElseThrow()
                                    .fire();
                        } else {
                            ProgressTask<Void> task = ProgressTask.of("Reading the project…", progress -> {
                                for (int i = 0; i <= 500; i++) {
                                    progress.update(i, 500, "Writing the text");
                                    Thread.sleep(100);
                                }
                                return null;
                            });
                            dialogs.showProgress("Exporting to Word", task);
                            new Thread(task).start();
                        }
                    }));
        }
    }
}
