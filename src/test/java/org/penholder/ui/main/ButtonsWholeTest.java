package org.penholder.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.penholder.ui.main.PseudoTranslation.isShown;
import static org.penholder.ui.main.PseudoTranslation.settle;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
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
 * In Russian, whose words run longest of the six, no button of any view is cut to "Добав…": a
 * button's words are what it does, so they are shown whole (text fields and tables give way).
 */
@ExtendWith({ApplicationExtension.class, EnglishAfterwards.class})
class ButtonsWholeTest {

    @TempDir
    static Path dir;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        Messages.use(Locale.forLanguageTag("ru"));
        window = WindowTests.window(stage, dir, new FakeDialogs());
    }

    @Test
    void everyViewsButtonsAreShownWholeInRussian(FxRobot robot) throws Exception {
        Workspace ws = WindowTests.open(window, WindowTests.sampleIn(dir, "sample"));
        Set<String> cut = new TreeSet<>();
        for (String view : List.of(
                Workspace.DRAFT,
                Workspace.INPUTS,
                StakeholdersView.NAME,
                ListsView.NAME,
                AgreedTextsView.NAME,
                CoverageView.NAME,
                HistoryViews.AMENDMENTS,
                HistoryViews.COMPARE)) {
            robot.interact(() -> ws.showView(view));
            settle(robot, ws);
            robot.interact(() -> collectCut(view, window.stage().getScene().getRoot(), cut));
        }
        assertEquals(Set.of(), cut, "buttons cut in a Russian window of 1000 x 780");
    }

    /** The first text drawn inside a button, its graphic aside (a menu button draws it in a label of its own). */
    private static String drawnIn(Node node, Node graphic) {
        if (node == graphic) {
            return "";
        }
        if (node instanceof javafx.scene.text.Text t) {
            return t.getText();
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                String drawn = drawnIn(child, graphic);
                if (!drawn.isEmpty()) {
                    return drawn;
                }
            }
        }
        return "";
    }

    private static void collectCut(String view, Node node, Set<String> cut) {
        if (!isShown(node)) {
            return;
        }
        if (node instanceof ButtonBase b && b.getText() != null && !b.getText().isBlank()) {
            String words = b.isMnemonicParsing() ? b.getText().replaceFirst("_", "") : b.getText();
            String drawn = drawnIn(b, b.getGraphic());
            if (!drawn.equals(words)) {
                cut.add(view + ": “" + b.getText() + "” drawn as “" + drawn + "”");
            }
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collectCut(view, child, cut);
            }
        }
    }
}
