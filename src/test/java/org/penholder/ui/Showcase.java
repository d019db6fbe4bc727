package org.penholder.ui;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.penholder.ui.main.MainWindow;

/**
 * Opens one view of the window for a screenshot (../shared/look.sh), with the settings in
 * {@code -Dpenholder.config.dir}: {@code welcome}, {@code about}, {@code preferences}, {@code new-project}, {@code languages}
 * (Preferences with the language list open), {@code restore FILE} (File > Restore from Backup…),
 * {@code type-a-lot FILE} (a long change written at once: on a full disk, the message), {@code proposals
 * FILE DOCX} (a delegation's Word file imported as proposals: the summary over their review), or a
 * project file.
 * Not a test: a way to look at what the tests check.
 */
public final class Showcase {

    private Showcase() {}

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /**
     * The real dialogs, but the file chooser, which answers {@code docx}, and the question of who
     * proposes, which takes its first answer (the file's authors).
     */
    private static org.penholder.ui.common.DialogService wordFileChosen(Stage stage, Path docx) {
        var real = new org.penholder.ui.dialogs.FxDialogService(stage);
        return (org.penholder.ui.common.DialogService) java.lang.reflect.Proxy.newProxyInstance(
                Showcase.class.getClassLoader(),
                new Class<?>[] {org.penholder.ui.common.DialogService.class},
                (p, m, a) -> {
                    if (m.getName().equals("chooseFileToOpen")) {
                        return java.util.Optional.of(docx);
                    }
                    if (m.getName().equals("chooseOne") && a.length == 4) {
                        return java.util.Optional.of(a[3]);
                    }
                    return m.invoke(real, a);
                });
    }

    /** The window, with one view opened (a class of its own: the launcher refuses a main class that is an Application). */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            String what = getParameters().getUnnamed().isEmpty()
                    ? "welcome"
                    : getParameters().getUnnamed().get(0);
            MainWindow window = "proposals".equals(what)
                    ? ShowcaseWindow.window(
                            stage,
                            wordFileChosen(
                                    stage, Path.of(getParameters().getUnnamed().get(2))))
                    : ShowcaseWindow.window(stage);
            stage.show();
            switch (what) {
                case "welcome" -> {}
                case "about" -> Platform.runLater(window::showAbout);
                case "preferences" -> Platform.runLater(window::editPreferences);
                case "new-project" ->
                    Platform.runLater(() -> ((javafx.scene.control.MenuBar)
                                    stage.getScene().lookup(".menu-bar"))
                            .getMenus().get(0).getItems().stream()
                                    .filter(i -> "menu-new-project".equals(i.getId()))
                                    .findFirst()
                                    .orElseThrow()
                                    .fire());
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
                case "restore" ->
                    window.open(Path.of(getParameters().getUnnamed().get(1)))
                            .thenRun(() -> Platform.runLater(() -> ((javafx.scene.control.MenuBar)
                                            stage.getScene().lookup(".menu-bar"))
                                    .getMenus().get(0).getItems().stream()
                                            .filter(i -> "menu-restore-backup".equals(i.getId()))
                                            .findFirst()
                                            .orElseThrow()
                                            .fire()));
                case "proposals" -> // File > Import Delegation's Proposals… of DOCX, the file's authors proposing
                    window.open(Path.of(getParameters().getUnnamed().get(1)))
                            .thenRun(() -> Platform.runLater(() -> ((javafx.scene.control.MenuBar)
                                            stage.getScene().lookup(".menu-bar"))
                                    .getMenus().get(0).getItems().stream()
                                            .filter(i -> "menu-import-proposals".equals(i.getId()))
                                            .findFirst()
                                            .orElseThrow()
                                            .fire()));
                case "type-a-lot" -> // on a nearly full disk: a change that does not fit, written as typing is
                    window.open(Path.of(getParameters().getUnnamed().get(1)))
                            .thenRun(() -> Platform.runLater(() -> {
                                var ws = window.workspace();
                                ws.session()
                                        .submit(() -> ws.session()
                                                .project()
                                                .draftService()
                                                .setTitle(
                                                        "An open and inclusive review of the outcomes. ".repeat(15_000),
                                                        ws.session().author()));
                            }));
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
