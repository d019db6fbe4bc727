package org.penholder.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.about.AboutInfo;
import org.penholder.model.Author;
import org.penholder.settings.Preferences;
import org.penholder.settings.UserSettings;
import org.penholder.ui.EnglishAfterwards;
import org.penholder.ui.FakeDialogs;
import org.penholder.ui.about.AboutDialog;
import org.penholder.ui.common.Messages;
import org.penholder.ui.preferences.PreferencesDialog;
import org.penholder.ui.preferences.PreferencesViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Every word of the menus, welcome screen, status bar, Preferences and About comes from the
 * messages, so that a translation file translates all of it: under a pseudo-translation that wraps
 * each message in ⟦ ⟧, any text without the brackets was written in the code.
 */
@ExtendWith({ApplicationExtension.class, EnglishAfterwards.class})
class InterfaceTextTest {

    private static final ResourceBundle ENGLISH =
            Messages.load(Locale.ENGLISH, InterfaceTextTest.class.getClassLoader());

    @TempDir
    static Path dir;

    private MainWindow window;

    /** English, each message wrapped in ⟦ ⟧. */
    private static final class Pseudo extends ResourceBundle {
        @Override
        protected Object handleGetObject(String key) {
            return ENGLISH.containsKey(key) ? "⟦" + ENGLISH.getString(key) + "⟧" : null;
        }

        @Override
        public Enumeration<String> getKeys() {
            return Collections.enumeration(ENGLISH.keySet());
        }
    }

    @Start
    void start(Stage stage) {
        Messages.use(new Pseudo());
        UserSettings settings = UserSettings.load(dir.resolve("config"), dir.resolve("data"));
        window = new MainWindow(stage, settings, new FakeDialogs());
        stage.show();
    }

    @Test
    void theMenusWelcomeScreenAndStatusBarSpeakOnlyThroughTheMessages(FxRobot robot) {
        List<String> outside = new ArrayList<>();
        MenuBar bar = robot.lookup(".menu-bar").query();
        for (Menu m : bar.getMenus()) {
            checkItems(m, outside);
        }
        checkTree(robot.lookup("#welcome").query(), outside);
        checkTree(robot.lookup("#status-bar").query(), outside);
        check(window.stage().getTitle(), "window title", outside);
        assertEquals(List.of(), outside, "texts written in the code rather than in messages.properties");
        assertTrue(bar.getMenus().size() >= 3);
    }

    @Test
    void preferencesAndAboutSpeakOnlyThroughTheMessages(FxRobot robot) {
        List<String> outside = new ArrayList<>();
        robot.interact(() -> {
            Preferences current = new Preferences(new Author("A", "B"), UserSettings.Theme.SYSTEM, "");
            PreferencesDialog preferences = new PreferencesDialog(
                    window.stage(),
                    new PreferencesViewModel(current, Locale.ENGLISH, getClass().getClassLoader(), t -> {}));
            check(preferences.getTitle(), "Preferences title", outside);
            check(preferences.getHeaderText(), "Preferences header", outside);
            preferences.getDialogPane().applyCss();
            checkTree(preferences.getDialogPane(), outside);

            AboutDialog about = new AboutDialog(window.stage(), AboutInfo.current("26"));
            check(about.getTitle(), "About title", outside);
            about.getDialogPane().applyCss();
            checkTree(about.getDialogPane(), outside);
            TableView<?> table = (TableView<?>) about.getDialogPane().lookup("#about-libraries");
            table.getColumns().forEach(c -> check(c.getText(), "About column", outside));
        });
        assertEquals(List.of(), outside, "texts written in the code rather than in messages.properties");
    }

    private static void checkItems(Menu menu, List<String> outside) {
        check(menu.getText(), "menu " + menu.getId(), outside);
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                checkItems(sub, outside);
            } else if (!(item instanceof SeparatorMenuItem)) {
                check(item.getText(), "menu item " + item.getId(), outside);
            }
        }
    }

    private static void checkTree(Node node, List<String> outside) {
        if (node instanceof Labeled l
                && !node.getStyleClass().contains("about-value")
                && !isJavaFxsOwnButton(l)
                && !(node.getParent() != null
                        && node.getParent().getStyleClass().contains("list-cell"))) {
            check(l.getText(), node.getClass().getSimpleName() + " " + node.getId(), outside);
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                checkTree(child, outside);
            }
        }
    }

    /** Cancel and Close are translated by JavaFX itself. */
    private static boolean isJavaFxsOwnButton(Labeled l) {
        return l.getText() != null
                && (l.getText().equals(ButtonType.CANCEL.getText())
                        || l.getText().equals(ButtonType.CLOSE.getText()));
    }

    private static void check(String text, String where, List<String> outside) {
        if (text != null && !text.isBlank() && !text.contains("⟦")) {
            outside.add(where + ": " + text);
        }
    }
}
