package org.penholder.ui.docx;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import org.penholder.settings.UserSettings;
import org.penholder.ui.PenholderApp;
import org.penholder.ui.common.FxDialogService;
import org.penholder.ui.common.ProgressTask;
import org.penholder.ui.main.MainWindow;

/**
 * For looking at the Word dialogs (not a test): opens a project in the window, then the Export
 * dialog ("export"), or a progress dialog of a long task ("progress"). Run it under look.sh.
 */
public final class WordFilesShot {

    private WordFilesShot() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The window, then the dialog to look at. */
    public static final class App extends Application {

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getUnnamed();
        org.penholder.ui.common.Themes.apply(UserSettings.Theme.LIGHT);
        FxDialogService dialogs = new FxDialogService(stage);
        MainWindow window = new MainWindow(stage, UserSettings.load(), dialogs);
        stage.show();
        window.open(Path.of(args.get(0))).thenRun(() -> Platform.runLater(() -> {
            if (args.get(1).equals("export")) {
                MenuBar bar = (MenuBar) stage.getScene().getRoot().lookup(".menu-bar");
                bar.getMenus().get(0).getItems().stream().filter(i -> "menu-export-docx".equals(i.getId())).findFirst()
                        .orElseThrow().fire();
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
