package org.penholder.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.Version;
import org.penholder.about.BundledLibraries;
import org.penholder.model.Author;
import org.penholder.settings.UserSettings;
import org.penholder.ui.common.Themes;
import org.penholder.ui.dialogs.FxDialogService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real Preferences and About dialogs, used as a person uses them. */
@ExtendWith(ApplicationExtension.class)
class PreferencesAndAboutDialogsTest {

    @TempDir
    static Path dir;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        UserSettings settings = UserSettings.load(dir.resolve("config"), dir.resolve("data"));
        settings.setTheme(UserSettings.Theme.LIGHT);
        settings.save();
        Themes.apply(UserSettings.Theme.LIGHT);
        window = new MainWindow(stage, settings, new FxDialogService(stage));
        window.setOnQuit(() -> {});
        stage.setWidth(1000);
        stage.setHeight(760);
        stage.show();
    }

    /** The node in a window now showing (a closed dialog's nodes stay findable). */
    private static Node waitFor(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup(query)
                        .match(PreferencesAndAboutDialogsTest::showing)
                        .tryQuery()
                        .isPresent());
        return robot.lookup(query)
                .match(PreferencesAndAboutDialogsTest::showing)
                .query();
    }

    private static boolean showing(Node n) {
        return n.getScene() != null
                && n.getScene().getWindow() != null
                && n.getScene().getWindow().isShowing();
    }

    @Test
    void preferencesShowTheThemeAtOnceAndKeepNameTeamAndTheme(FxRobot robot) throws Exception {
        Future<Void> open = WaitForAsyncUtils.asyncFx(window::editPreferences);
        TextField name = (TextField) waitFor(robot, "#preferences-name");
        robot.interact(() -> name.setText(""));
        robot.clickOn(name).write("Lars Berg");
        robot.clickOn("#preferences-team").write("Secretariat");
        robot.clickOn("#theme-dark");
        assertEquals(
                Themes.userAgentStylesheet(true),
                Application.getUserAgentStylesheet(),
                "the theme shows while the dialog is still open");
        robot.clickOn("#preferences-ok");
        open.get(10, TimeUnit.SECONDS);

        UserSettings saved = UserSettings.load(dir.resolve("config"), dir.resolve("data"));
        assertEquals(new Author("Lars Berg", "Secretariat"), saved.author());
        assertEquals(UserSettings.Theme.DARK, saved.theme());

        Future<Void> again = WaitForAsyncUtils.asyncFx(window::editPreferences);
        DialogPane pane = (DialogPane) waitFor(robot, "#preferences");
        robot.clickOn(pane.lookup("#theme-light"));
        assertEquals(Themes.userAgentStylesheet(false), Application.getUserAgentStylesheet());
        robot.interact(() -> ((Button) pane.lookupButton(ButtonType.CANCEL)).fire());
        again.get(10, TimeUnit.SECONDS);
        assertEquals(
                Themes.userAgentStylesheet(true),
                Application.getUserAgentStylesheet(),
                "Cancel puts the kept theme back");
        robot.interact(() -> Themes.apply(UserSettings.Theme.LIGHT));
    }

    @Test
    void aboutShowsTheVersionAndEveryBundledLibraryWithItsLicence(FxRobot robot) throws Exception {
        Future<Void> open = WaitForAsyncUtils.asyncFx(window::showAbout);
        TableView<?> table = (TableView<?>) waitFor(robot, "#about-libraries");
        assertEquals(BundledLibraries.read().size(), table.getItems().size());
        assertEquals(
                List.of("Library", "Version", "Licence"),
                table.getColumns().stream().map(c -> c.getText()).toList(),
                "the columns are headed with words, not message keys");
        assertTrue(
                table.getItems().size() > 30,
                "the libraries of the build: " + table.getItems().size());
        assertEquals(
                Version.current(), robot.lookup("#about-version").queryLabeled().getText());
        assertEquals(
                List.of("Version", Version.current()),
                robot.lookup("#about-version-line").queryAs(javafx.scene.layout.HBox.class).getChildren().stream()
                        .map(n -> ((javafx.scene.control.Label) n).getText())
                        .toList());
        DialogPane pane = (DialogPane) waitFor(robot, "#about");
        robot.interact(() -> ((Button) pane.lookupButton(ButtonType.CLOSE)).fire());
        open.get(10, TimeUnit.SECONDS);
    }
}
