package org.penholder.ui.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.settings.UserSettings;
import org.penholder.ui.FakeDialogs;
import org.penholder.ui.common.Messages;
import org.penholder.ui.main.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Help > User Guide in the real window, headless: what the guide names is in the menus, and the
 * guide opens from them, shows its contents and goes to a section.
 */
@ExtendWith(ApplicationExtension.class)
class GuideWindowTest {

    /** A menu path in bold followed by its keys in brackets: {@code **Edit > Undo** (Ctrl+Z)}. */
    private static final Pattern PATH_AND_KEYS = Pattern.compile("\\*\\*([^*]+ > [^*]+)\\*\\* \\((Ctrl\\+[^)]+)\\)");

    @TempDir
    static Path dir;

    private MainWindow window;
    private MenuBar menuBar;

    @Start
    void start(Stage stage) {
        Messages.use(Locale.ENGLISH); // the guide is written in English, so its menus are compared with English ones
        UserSettings settings = UserSettings.load(dir.resolve("config"), dir.resolve("data"));
        org.penholder.ui.common.Themes.apply(settings.theme());
        window = new MainWindow(stage, settings, new FakeDialogs());
        window.setOnQuit(() -> {});
        stage.show();
        menuBar = (MenuBar) stage.getScene().lookup(".menu-bar");
    }

    @AfterEach
    void closeTheGuide(FxRobot robot) {
        robot.interact(() -> GuideWindow.open().ifPresent(g -> g.stage().close()));
    }

    /** Every item of the menu bar by its path as the window shows it ("File > Import Inputs…"). */
    private Map<String, MenuItem> menuPaths() {
        Map<String, MenuItem> paths = new LinkedHashMap<>();
        for (Menu menu : menuBar.getMenus()) {
            collect(shown(menu.getText()), menu, paths);
        }
        return paths;
    }

    private static void collect(String prefix, Menu menu, Map<String, MenuItem> paths) {
        for (MenuItem item : menu.getItems()) {
            if (item.getText() == null || item.getText().isEmpty()) {
                continue; // separators
            }
            String path = prefix + " > " + shown(item.getText());
            paths.put(path, item);
            if (item instanceof Menu sub) {
                collect(path, sub, paths);
            }
        }
    }

    /** A menu's text as shown: the mnemonic's underscore is not. */
    private static String shown(String text) {
        return text.replace("_", "");
    }

    @Test
    void everyMenuPathTheGuideNamesIsInTheMenus() {
        Map<String, MenuItem> menus = menuPaths();
        List<String> missing = new ArrayList<>();
        List<List<String>> named = Guide.read().menuPaths();
        assertTrue(named.size() >= 20, "the guide names " + named.size() + " menu paths");
        for (List<String> steps : named) {
            String path = String.join(" > ", steps);
            if (!menus.containsKey(path)) {
                missing.add(path);
            }
        }
        assertEquals(List.of(), missing, "named by the guide, not in the menus " + menus.keySet());
    }

    @Test
    void theKeysTheGuideGivesForAMenuItemAreItsKeys() throws Exception {
        String markdown;
        try (var in = Guide.class.getResourceAsStream(Guide.FOLDER + Guide.FILE)) {
            markdown = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Map<String, MenuItem> menus = menuPaths();
        Matcher m = PATH_AND_KEYS.matcher(markdown.replace('\n', ' '));
        int checked = 0;
        while (m.find()) {
            String path = m.group(1).replaceAll("\\s+", " ");
            MenuItem item = menus.get(path);
            assertTrue(item != null, path);
            KeyCombination said = KeyCombination.keyCombination(m.group(2).replace("Ctrl", "Shortcut"));
            assertEquals(said, item.getAccelerator(), path);
            checked++;
        }
        assertTrue(checked >= 8, "keys checked: " + checked);
    }

    @Test
    void helpUserGuideOpensTheGuideShowsItsContentsAndGoesToASection(FxRobot robot) throws Exception {
        MenuItem item = menuPaths().get("Help > User Guide");
        assertEquals(KeyCombination.keyCombination("F1"), item.getAccelerator());
        robot.interact(item::fire);
        GuideWindow guide = GuideWindow.open().orElseThrow();
        Stage stage = guide.stage();
        assertTrue(stage.isShowing());
        assertEquals("Penholder User Guide", stage.getTitle());
        assertTrue(stage.getOwner() == null, "the guide stays open beside the window, not over it");

        Node contentsNode = stage.getScene().lookup("#guide-contents");
        ListView<?> contents = (ListView<?>) contentsNode;
        assertEquals(Guide.read().sections().size(), contents.getItems().size());
        assertEquals("set-up-a-project", guide.sectionAtTop());

        ListCell<?> compare = robot.lookup("#guide-contents .list-cell")
                .match(n -> n instanceof ListCell<?> c && "Compare revisions".equals(c.getText()))
                .query();
        robot.clickOn(compare);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("compare-revisions", guide.sectionAtTop());
        assertVisible(stage, "#guide-compare-revisions");

        // a section by its id, then a link within the guide, then the search
        robot.interact(() -> assertTrue(guide.showSection("merge-copies-from-another-laptop")));
        assertEquals("merge-copies-from-another-laptop", guide.sectionAtTop());
        assertVisible(stage, "#guide-merge-copies-from-another-laptop");
        assertFalse(guide.showSection("no-such-section"));
        Hyperlink link = robot.lookup("#guide-page .hyperlink")
                .match(n -> n instanceof Hyperlink h && h.getText().equals("Take delegations' proposals"))
                .query();
        robot.clickOn(link);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("take-delegations-proposals", guide.sectionAtTop());
        assertVisible(stage, "#guide-take-delegations-proposals");

        TextField search = (TextField) stage.getScene().lookup("#guide-search");
        robot.clickOn(search).write("tracked");
        List<String> found =
                contents.getItems().stream().map(s -> ((Guide.Section) s).id()).toList();
        assertTrue(found.contains("take-delegations-proposals"), found.toString());
        assertFalse(found.contains("set-up-a-project"), found.toString());

        robot.interact(item::fire); // asked again: the same window, to the front
        assertSame(guide, GuideWindow.open().orElseThrow());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !stage.isShowing());
        assertTrue(GuideWindow.open().isEmpty());
    }

    @Test
    void everyViewHasItsHelpAndF1OpensTheGuideThere(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(window::openSample).get(10, TimeUnit.SECONDS).get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        TabPane views = robot.lookup(".tab-pane")
                .match(n ->
                        n instanceof TabPane t && t.getTabs().stream().anyMatch(tab -> "Compare".equals(tab.getText())))
                .query();
        Guide guide = Guide.read();
        List<String> without = views.getTabs().stream()
                .map(Tab::getText)
                .filter(name -> guide.sectionForView(name).isEmpty())
                .toList();
        assertEquals(List.of(), without, "tabs without a section of the guide");

        robot.interact(() -> window.workspace().showView("Compare"));
        robot.interact(menuPaths().get("Help > User Guide")::fire);
        WaitForAsyncUtils.waitForFxEvents();
        GuideWindow shown = GuideWindow.open().orElseThrow();
        assertEquals("compare-revisions", shown.sectionAtTop());
        assertVisible(shown.stage(), "#guide-compare-revisions");

        robot.interact(() -> window.workspace().showView("Amendments"));
        robot.interact(menuPaths().get("Help > User Guide")::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("take-delegations-proposals", shown.sectionAtTop(), "the open guide goes to the help of the view");
        WaitForAsyncUtils.asyncFx(window::closeProject)
                .get(10, TimeUnit.SECONDS)
                .get(30, TimeUnit.SECONDS);
    }

    /** The node lies within the guide's page as scrolled. */
    private static void assertVisible(Stage stage, String query) {
        ScrollPane page = (ScrollPane) stage.getScene().lookup("#guide-page");
        Node node = stage.getScene().lookup(query);
        Bounds viewport = page.localToScene(page.getLayoutBounds());
        Bounds heading = node.localToScene(node.getLayoutBounds());
        assertTrue(
                heading.getMinY() >= viewport.getMinY() - 1 && heading.getMaxY() <= viewport.getMaxY() + 1,
                query + " at " + heading + " in " + viewport);
    }
}
