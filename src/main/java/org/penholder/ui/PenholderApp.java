package org.penholder.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.penholder.settings.UserSettings;
import org.penholder.ui.common.InterfaceLanguage;
import org.penholder.ui.common.Themes;
import org.penholder.ui.dialogs.FxDialogService;
import org.penholder.ui.main.MainWindow;

/** The desktop application: one main window, on the project given, the project open last time, or the welcome screen. */
public final class PenholderApp extends Application {

    /** Starts the window; {@code args} may name a project file. */
    public static void launchWindow(String[] args) {
        Application.launch(PenholderApp.class, args);
    }

    /** Files the desktop asked to open before the window was there (macOS sends them as events). */
    private final List<Path> filesFromTheDesktop = new CopyOnWriteArrayList<>();

    private volatile MainWindow window;

    @Override
    public void init() {
        acceptFilesFromTheDesktop();
    }

    @Override
    public void start(Stage stage) {
        UserSettings settings = UserSettings.load();
        InterfaceLanguage.start(settings.language());
        Themes.apply(settings.theme());
        stage.getIcons().addAll(icons());
        MainWindow window = new MainWindow(stage, settings, new FxDialogService(stage));
        this.window = window;
        stage.show();
        Startup startup =
                Startup.decide(getParameters().getUnnamed(), System.getProperty(Startup.START_PROPERTY), settings);
        CompletableFuture<Void> opened = switch (startup.kind()) {
            case OPEN, REOPEN -> window.open(startup.file());
            case SAMPLE -> window.openSample();
            case WELCOME -> CompletableFuture.completedFuture(null); // the window shows it until a project is open
        };
        if (StartupProbe.requested()) {
            StartupProbe.reportWhenShown(window, opened);
        }
        filesFromTheDesktop.forEach(window::open);
        filesFromTheDesktop.clear();
    }

    /**
     * On macOS a document double-clicked in the Finder reaches the running application as an
     * event, not as an argument; elsewhere the launcher gets it as an argument (see start).
     */
    private void acceptFilesFromTheDesktop() {
        if (!System.getProperty("os.name", "").startsWith("Mac")
                || !java.awt.Desktop.isDesktopSupported()
                || !java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.APP_OPEN_FILE)) {
            return;
        }
        java.awt.Desktop.getDesktop()
                .setOpenFileHandler(event -> event.getFiles().forEach(f -> {
                    MainWindow w = window;
                    if (w == null) {
                        filesFromTheDesktop.add(f.toPath());
                    } else {
                        Platform.runLater(() -> w.open(f.toPath()));
                    }
                }));
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
