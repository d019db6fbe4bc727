package org.penholder.ui.guide;

import java.nio.file.Path;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.penholder.ui.PenholderApp;
import org.penholder.ui.ShowcaseWindow;
import org.penholder.ui.main.MainWindow;

/**
 * Opens what the User Guide's screenshots show (docs/guide/screenshots.sh runs it under look.sh):
 * {@code guide [SECTION]} (the guide itself), {@code FILE compare FROM TO} (the Compare tab with a
 * comparison made), {@code FILE export} (File > Export…'s dialog), {@code FILE amendments} (the
 * Amendments tab with its first open proposal selected). Not a test.
 */
public final class GuideShowcase {

    private GuideShowcase() {}

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The window, in the state a screenshot shows. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            List<String> args = getParameters().getUnnamed();
            if (args.get(0).equals("guide")) {
                ShowcaseWindow.settings();
                stage.getIcons().addAll(PenholderApp.icons());
                GuideWindow guide = GuideWindow.show(stage);
                if (args.size() > 1) {
                    later(1, () -> guide.showSection(args.get(1)));
                }
                return;
            }
            MainWindow window = ShowcaseWindow.window(stage);
            stage.show();
            window.open(Path.of(args.get(0)))
                    .thenRun(() -> Platform.runLater(() -> {
                        switch (args.get(1)) {
                            case "compare" -> {
                                window.workspace().showView("Compare");
                                var compare = window.history().compareView();
                                compare.changedOnly().setSelected(true);
                                later(2, () -> compare.compareRevisions(args.get(2), args.get(3)));
                            }
                            case "export" -> {
                                // the dialog alone on the screen, so that the screenshot is cut to it
                                Platform.setImplicitExit(false);
                                MenuItem export = ((MenuBar) stage.getScene().lookup(".menu-bar"))
                                        .getMenus().getFirst().getItems().stream()
                                                .filter(i -> "menu-export-docx".equals(i.getId()))
                                                .findFirst()
                                                .orElseThrow();
                                later(2, () -> {
                                    stage.hide();
                                    export.fire();
                                });
                            }
                            case "amendments" -> {
                                window.workspace().showView("Amendments");
                                later(
                                        3,
                                        () -> window.history()
                                                .amendmentsView()
                                                .table()
                                                .getSelectionModel()
                                                .select(2)); // the first proposal still open
                            }
                            default -> window.workspace().showView(args.get(1));
                        }
                    }));
        }

        private static void later(double seconds, Runnable then) {
            PauseTransition pause = new PauseTransition(Duration.seconds(seconds));
            pause.setOnFinished(e -> then.run());
            pause.play();
        }
    }
}
