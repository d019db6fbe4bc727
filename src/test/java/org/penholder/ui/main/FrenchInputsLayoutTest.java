package org.penholder.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.ui.EnglishAfterwards;
import org.penholder.ui.FakeDialogs;
import org.penholder.ui.WindowTests;
import org.penholder.ui.common.Messages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** French words are longer than English ones: the Inputs filters and columns still show them whole. */
@ExtendWith({ApplicationExtension.class, EnglishAfterwards.class})
class FrenchInputsLayoutTest {

    @TempDir
    static Path dir;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        Messages.use(Locale.FRENCH);
        window = WindowTests.window(stage, dir, new FakeDialogs());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String shownIn(ComboBox box) {
        return box.getConverter().toString(box.getValue());
    }

    @Test
    void theFiltersAndTheDateLanguageAndLinksColumnsAreNotCut(FxRobot robot) throws Exception {
        Workspace ws = WindowTests.open(window, WindowTests.sampleIn(dir, "sample"));
        robot.interact(() -> ws.showView(Workspace.INPUTS));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings({"unchecked", "rawtypes"})
        List<ComboBox> filters = robot.lookup(".library-toolbar .combo-box").queryAllAs(ComboBox.class).stream()
                .map(ComboBox.class::cast)
                .toList();
        assertEquals(5, filters.size(), "group, tag, occasion, language, linked");
        for (ComboBox<?> box : filters) {
            String words = shownIn(box);
            assertFalse(words.isEmpty(), "the filter shows its words");
            Text measure = new Text(words);
            measure.setFont(javafx.scene.text.Font.font(14));
            double arrow = box.lookup(".arrow-button").getLayoutBounds().getWidth();
            assertTrue(
                    box.getWidth() >= measure.getLayoutBounds().getWidth() + arrow + 16,
                    "the filter's words whole, not “Tous …”: " + words + " in " + box.getWidth());
        }
        TableView<?> table = robot.lookup(".library").queryAs(TableView.class);
        for (String heading : List.of("Date", "Langue", "Liens")) {
            Labeled header = robot.from(table).lookup(".column-header .label").queryAllAs(Labeled.class).stream()
                    .filter(l -> heading.equals(l.getText()))
                    .findFirst()
                    .orElseThrow();
            assertEquals(heading, WindowTests.drawn(header), "the column's heading whole");
        }
        Labeled date = robot.from(table).lookup(".table-cell").queryAllAs(Labeled.class).stream()
                .filter(c -> "29 juil. 2025".equals(c.getText()))
                .findFirst()
                .orElseThrow();
        assertEquals("29 juil. 2025", WindowTests.drawn(date), "the day whole");
    }
}
