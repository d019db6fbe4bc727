package org.penholder.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.Version;
import org.penholder.model.Author;
import org.penholder.settings.Preferences;
import org.penholder.settings.UserSettings;
import org.penholder.ui.FakeDialogs;
import org.penholder.ui.common.Themes;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A person's first run: the welcome screen, the sample, closing, reopening; Preferences and About. */
@ExtendWith(ApplicationExtension.class)
class FirstRunTest {

    @TempDir
    static Path dir;

    private final FakeDialogs dialogs = new FakeDialogs();
    private Path home;
    private UserSettings settings;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        home = dir.resolve(UUID.randomUUID().toString());
        settings = UserSettings.load(home.resolve("config"), home.resolve("data"));
        settings.setTheme(UserSettings.Theme.LIGHT);
        settings.save();
        Themes.apply(UserSettings.Theme.LIGHT);
        window = new MainWindow(stage, settings, dialogs);
        window.setOnQuit(() -> {});
        stage.setWidth(1000);
        stage.setHeight(760);
        stage.show();
    }

    private UserSettings reloaded() {
        return UserSettings.load(home.resolve("config"), home.resolve("data"));
    }

    private MenuItem menuItem(String id) {
        MenuBar bar = (MenuBar) window.stage().getScene().getRoot().lookup(".menu-bar");
        return bar.getMenus().stream()
                .flatMap(m -> m.getItems().stream())
                .filter(i -> id.equals(i.getId()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + id));
    }

    @Test
    void theFirstRunWelcomesThenTheSampleOpensClosesAndIsListedToReopen(FxRobot robot) throws Exception {
        assertTrue(robot.lookup("#welcome").tryQuery().isPresent(), "a first run shows the welcome screen");
        for (String id : List.of("#welcome-sample", "#welcome-new", "#welcome-open", "#welcome-set-name")) {
            assertTrue(robot.lookup(id).tryQuery().map(n -> n.isVisible()).orElse(false), id);
        }
        assertEquals(
                "The projects you open will be listed here.",
                robot.lookup("#welcome-recent .label").queryLabeled().getText());

        robot.clickOn("#welcome-sample");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.workspace() != null);
        WaitForAsyncUtils.waitForFxEvents();
        Path sample = settings.sampleProject().toAbsolutePath();
        assertEquals(Optional.of(sample), reloaded().projectToReopen(), "the next start reopens the sample");
        assertTrue(
                window.stage().getTitle().endsWith("Sample.penholder — Penholder"),
                window.stage().getTitle());

        robot.interact(() -> menuItem("menu-close-project").fire());
        // the welcome pane comes back once the project is closed, listing it (wait for that, not for
        // any pane called "welcome": another test's window may still hold one)
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> robot.lookup("#welcome-recent .recent-project").tryQuery().isPresent());
        assertEquals(Optional.empty(), reloaded().projectToReopen(), "closed by choice: the next start welcomes");
        Button recent = robot.lookup("#welcome-recent .recent-project").queryButton();
        assertEquals(sample.toString(), recent.getAccessibleText());

        robot.clickOn(recent);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.workspace() != null);
        assertEquals(sample, window.workspace().session().project().file().toAbsolutePath());
        WaitForAsyncUtils.asyncFx(() -> window.closeProject())
                .get(10, TimeUnit.SECONDS)
                .get(30, TimeUnit.SECONDS);
    }

    @Test
    void aThemePickedInPreferencesShowsAtOnceAndGoesBackOnCancel(FxRobot robot) {
        String light = Themes.userAgentStylesheet(false);
        String dark = Themes.userAgentStylesheet(true);
        dialogs.previewed.add(UserSettings.Theme.DARK);
        dialogs.preferences = null;
        robot.interact(() -> menuItem("menu-preferences").fire());
        assertEquals(List.of(dark), dialogs.stylesheetsWhilePreviewing, "dark as soon as it is picked");
        assertEquals(light, Application.getUserAgentStylesheet(), "cancelled: back to light");
        assertEquals(UserSettings.Theme.LIGHT, reloaded().theme());
    }

    @Test
    void preferencesKeptAreSavedAndShown(FxRobot robot) {
        dialogs.preferences = new Preferences(new Author("Lars Berg", "Secretariat"), UserSettings.Theme.DARK, "en");
        robot.interact(() -> menuItem("menu-preferences").fire());
        assertEquals(Themes.userAgentStylesheet(true), Application.getUserAgentStylesheet());
        assertEquals(dialogs.preferences, reloaded().preferences(), "kept on disk");
        assertEquals(
                "Drafting as Lars Berg (Secretariat)",
                robot.lookup("#author-link").queryLabeled().getText());
        assertFalse(
                robot.lookup("#welcome-set-name").tryQuery().isPresent(),
                "the welcome screen no longer asks for a name");
        robot.interact(() -> Themes.apply(UserSettings.Theme.LIGHT));
    }

    @Test
    void aboutTellsThisBuildAndItsLibraries(FxRobot robot) {
        robot.interact(() -> menuItem("menu-about").fire());
        assertNotNull(dialogs.about);
        assertEquals(Version.current(), dialogs.about.version());
        assertFalse(dialogs.about.javafx().isEmpty(), "the JavaFX version is known to the window");
        assertTrue(dialogs.about.libraries().stream()
                .anyMatch(l -> l.coordinates().equals("org.openjfx:javafx-controls")));
    }
}
