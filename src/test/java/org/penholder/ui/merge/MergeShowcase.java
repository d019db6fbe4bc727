package org.penholder.ui.merge;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.Optional;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.penholder.ui.common.DialogService;
import org.penholder.ui.dialogs.FxDialogService;
import org.penholder.ui.main.MainWindow;

/**
 * File > Merge from Another Copy… for a screenshot (../shared/look.sh): {@code preview FILE OTHER}
 * leaves the preview open; {@code conflict FILE OTHER} merges and shows the first merge conflict in
 * the Amendments view. The file chooser answers OTHER. Not a test: a way to look at what the tests check.
 */
public final class MergeShowcase {

    private MergeShowcase() {}

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The window (a class of its own: the launcher refuses a main class that is an Application). */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            var args = getParameters().getUnnamed();
            String mode = args.get(0);
            Path other = Path.of(args.get(2));
            FxDialogService fx = new FxDialogService(stage);
            DialogService dialogs = (DialogService) Proxy.newProxyInstance(
                    DialogService.class.getClassLoader(), new Class<?>[] {DialogService.class}, (p, m, a) -> {
                        if (m.getName().equals("chooseFileToOpen") && a != null && a.length == 3) {
                            return Optional.of(other);
                        }
                        if (m.getName().equals("showInformation") && mode.equals("conflict")) {
                            return null;
                        }
                        return m.invoke(fx, a);
                    });
            MainWindow window = org.penholder.ui.ShowcaseWindow.window(stage, dialogs);
            stage.setWidth(1360);
            stage.setHeight(860);
            stage.show();
            window.open(Path.of(args.get(1)))
                    .thenRun(() -> javafx.application.Platform.runLater(() -> {
                        MenuBar bar = (MenuBar) stage.getScene().getRoot().lookup(".menu-bar");
                        MenuItem merge = bar.getMenus().get(0).getItems().stream()
                                .filter(i -> "menu-merge-copy".equals(i.getId()))
                                .findFirst()
                                .orElseThrow();
                        if (mode.equals("conflict")) {
                            whenPreviewShows(pane -> {
                                ((javafx.scene.control.Button) pane.lookupButton(MergePreviewDialog.MERGE)).fire();
                                whenConflictsShow(window);
                            });
                        }
                        merge.fire();
                    }));
        }

        private static void whenPreviewShows(java.util.function.Consumer<DialogPane> then) {
            poll(() -> Window.getWindows().stream()
                    .map(w -> w.getScene().getRoot())
                    .filter(r -> r instanceof DialogPane d && d.getButtonTypes().contains(MergePreviewDialog.MERGE))
                    .map(r -> (DialogPane) r)
                    .findFirst()
                    .map(d -> {
                        then.accept(d);
                        return true;
                    })
                    .orElse(false));
        }

        private static void whenConflictsShow(MainWindow window) {
            poll(() -> {
                var history = window.history();
                if (history == null
                        || history.amendmentsView().table().getItems().isEmpty()) {
                    return false;
                }
                history.amendmentsView().table().getSelectionModel().select(0);
                return true;
            });
        }

        private static void poll(java.util.function.BooleanSupplier done) {
            Timeline t = new Timeline();
            t.getKeyFrames().add(new KeyFrame(Duration.millis(200), e -> {
                if (done.getAsBoolean()) {
                    t.stop();
                }
            }));
            t.setCycleCount(Timeline.INDEFINITE);
            t.play();
        }
    }
}
