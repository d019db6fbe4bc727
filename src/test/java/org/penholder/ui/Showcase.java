package org.penholder.ui;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.penholder.settings.UserSettings;
import org.penholder.ui.common.InterfaceLanguage;
import org.penholder.ui.common.Themes;
import org.penholder.ui.dialogs.FxDialogService;
import org.penholder.ui.main.MainWindow;

/**
 * Opens one view of the window for a screenshot (../shared/look.sh), with the settings in
 * {@code -Dpenholder.config.dir}: {@code welcome}, {@code about}, {@code preferences}, {@code languages}
 * (Preferences with the language list open), or a project file.
 * Not a test: a way to look at what the tests check.
 */
public final class Showcase {

    private Showcase() {}

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The window, with one view opened (a class of its own: the launcher refuses a main class that is an Application). */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            UserSettings settings = UserSettings.load();
            InterfaceLanguage.start(settings.language());
            Themes.apply(settings.theme());
            stage.getIcons().addAll(PenholderApp.icons());
            MainWindow window = new MainWindow(stage, settings, new FxDialogService(stage));
            stage.show();
            String what = getParameters().getUnnamed().isEmpty()
                    ? "welcome"
                    : getParameters().getUnnamed().get(0);
            switch (what) {
                case "welcome" -> {}
                case "about" -> Platform.runLater(window::showAbout);
                case "preferences" -> Platform.runLater(window::editPreferences);
                case "languages" -> {
                    // open the language list once the dialog is up
                    javafx.animation.PauseTransition later =
                            new javafx.animation.PauseTransition(javafx.util.Duration.seconds(2));
                    later.setOnFinished(e -> javafx.stage.Window.getWindows().stream()
                            .map(w -> w.getScene().lookup("#preferences-language"))
                            .filter(java.util.Objects::nonNull)
                            .findFirst()
                            .ifPresent(n -> ((javafx.scene.control.ComboBox<?>) n).show()));
                    later.play();
                    Platform.runLater(window::editPreferences);
                }
                default -> {
                    // a second argument names a view of the workspace to show: Inputs, Amendments ...
                    String view = getParameters().getUnnamed().size() > 1
                            ? getParameters().getUnnamed().get(1)
                            : null;
                    window.open(Path.of(what)).thenRun(() -> {
                        if (view != null) {
                            Platform.runLater(() -> window.workspace().showView(view));
                        }
                    });
                }
            }
        }
    }
}
