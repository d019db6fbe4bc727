package org.penholder.ui;

import java.util.List;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.penholder.settings.UserSettings;
import org.penholder.ui.common.FxDialogService;
import org.penholder.ui.common.InterfaceLanguage;
import org.penholder.ui.common.Themes;
import org.penholder.ui.main.MainWindow;

/** The desktop application: one main window, on the project given, the project open last time, or the welcome screen. */
public final class PenholderApp extends Application {

    /** Starts the window; {@code args} may name a project file. */
    public static void launchWindow(String[] args) {
        Application.launch(PenholderApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        UserSettings settings = UserSettings.load();
        InterfaceLanguage.start(settings.language());
        Themes.apply(settings.theme());
        stage.getIcons().addAll(icons());
        MainWindow window = new MainWindow(stage, settings, new FxDialogService(stage));
        stage.show();
        Startup startup = Startup.decide(getParameters().getUnnamed(), System.getProperty(Startup.START_PROPERTY), settings);
        switch (startup.kind()) {
            case OPEN, REOPEN -> window.open(startup.file());
            case SAMPLE -> window.openSample();
            case WELCOME -> { } // the window shows it until a project is open
        }
    }

    /** The application icon in the sizes a desktop asks for. */
    public static List<Image> icons() {
        return List.of(16, 24, 32, 48, 64, 128, 256).stream()
                .map(size -> PenholderApp.class.getResource("/org/penholder/icons/penholder-" + size + ".png"))
                .filter(Objects::nonNull)
                .map(url -> new Image(url.toExternalForm()))
                .toList();
    }
}
