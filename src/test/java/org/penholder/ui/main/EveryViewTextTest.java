package org.penholder.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.penholder.ui.main.PseudoTranslation.check;
import static org.penholder.ui.main.PseudoTranslation.checkItems;
import static org.penholder.ui.main.PseudoTranslation.checkWindows;
import static org.penholder.ui.main.PseudoTranslation.isShown;
import static org.penholder.ui.main.PseudoTranslation.settle;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.ui.EnglishAfterwards;
import org.penholder.ui.FakeDialogs;
import org.penholder.ui.WindowTests;
import org.penholder.ui.agreed.AgreedTextsView;
import org.penholder.ui.common.Messages;
import org.penholder.ui.coverage.CoverageView;
import org.penholder.ui.history.HistoryViews;
import org.penholder.ui.inputs.ListsView;
import org.penholder.ui.inputs.StakeholdersView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Every view of an open project speaks only through the messages: under a pseudo-translation that
 * wraps each message in ⟦ ⟧ and accents its letters, any label, tab, menu item, column heading,
 * prompt or tooltip without the brackets was written in the code. Text of the project (inside
 * list, table and tree cells, the editor, the reader, previews), numbers and proper names aside.
 */
@ExtendWith({ApplicationExtension.class, EnglishAfterwards.class})
class EveryViewTextTest {

    @TempDir
    static Path dir;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        Messages.use(PseudoTranslation.bundle());
        window = WindowTests.window(stage, dir, new FakeDialogs());
    }

    @Test
    void everyViewOfAProjectSpeaksOnlyThroughTheMessages(FxRobot robot) throws Exception {
        Workspace ws = WindowTests.open(window, WindowTests.sampleIn(dir, "sample"));
        Set<String> outside = new LinkedHashSet<>();
        List<String> views = List.of(
                Workspace.DRAFT,
                Workspace.INPUTS,
                StakeholdersView.NAME,
                ListsView.NAME,
                AgreedTextsView.NAME,
                CoverageView.NAME,
                HistoryViews.AMENDMENTS,
                HistoryViews.COMPARE);
        for (String view : views) {
            robot.interact(() -> ws.showView(view));
            settle(robot, ws);
            robot.interact(() -> checkWindows(view, outside));
            for (TabPane inner : robot.lookup(".tab-pane").queryAllAs(TabPane.class)) {
                if ("views".equals(inner.getId()) || !isShown(inner)) {
                    continue;
                }
                for (Tab tab : new ArrayList<>(inner.getTabs())) {
                    robot.interact(() -> inner.getSelectionModel().select(tab));
                    settle(robot, ws);
                    robot.interact(() -> checkWindows(view + " > " + tab.getText(), outside));
                }
            }
        }
        robot.interact(() -> {
            MenuBar bar = robot.lookup(".menu-bar").query();
            bar.getMenus().forEach(m -> checkItems(m, "menus", outside));
            check(window.stage().getTitle(), "window title", outside);
        });
        assertEquals(
                List.of(),
                PseudoTranslation.untranslated(outside, PseudoTranslation.projectWords(ws)),
                "texts written in the code rather than in messages.properties");
    }
}
