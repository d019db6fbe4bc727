package org.penholder.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.ColorScheme;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.penholder.settings.UserSettings;
import org.penholder.ui.common.FxDialogService;
import org.penholder.ui.main.MainWindow;

/** The desktop application: one main window, on the project given or on the sample project. */
public final class PenholderApp extends Application {

    /** Starts the window; {@code args} may name a project file. */
    public static void launchWindow(String[] args) {
        Application.launch(PenholderApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        UserSettings settings = UserSettings.load();
        applyTheme(settings.theme());
        stage.getIcons().addAll(icons());
        MainWindow window = new MainWindow(stage, settings, new FxDialogService(stage));
        stage.show();
        List<String> files = getParameters().getUnnamed();
        if (files.isEmpty()) {
            window.openSample();
        } else {
            window.open(Path.of(files.get(0)));
        }
    }

    /** Sets the AtlantaFX theme; "system" follows the desktop's light or dark setting. */
    public static void applyTheme(UserSettings.Theme theme) {
        boolean dark = switch (theme) {
            case DARK -> true;
            case LIGHT -> false;
            case SYSTEM -> Platform.getPreferences().getColorScheme() == ColorScheme.DARK;
        };
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    /** The application icon in the sizes a desktop asks for. */
    public static List<Image> icons() {
        return List.of(16, 24, 32, 48, 64, 128, 256).stream()
                .map(size -> PenholderApp.class.getResource("/org/penholder/icons/penholder-" + size + ".png"))
                .filter(java.util.Objects::nonNull)
                .map(url -> new Image(url.toExternalForm()))
                .toList();
    }
}
