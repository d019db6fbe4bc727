package org.penholder.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.settings.UserSettings;
import org.penholder.ui.EnglishAfterwards;
import org.penholder.ui.FakeDialogs;
import org.penholder.ui.WindowTests;
import org.penholder.ui.common.Messages;
import org.penholder.ui.common.Themes;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The welcome screen in Russian, whose words run longest: the tiles' names and captions and the
 * link to set one's name are shown whole, wrapped where they must, never cut with an ellipsis.
 */
@ExtendWith({ApplicationExtension.class, EnglishAfterwards.class})
class WelcomeWordsWholeTest {

    @TempDir
    static Path dir;

    @Start
    void start(Stage stage) {
        Messages.use(Locale.forLanguageTag("ru"));
        // no author yet, as on a first start: the welcome asks for a name
        UserSettings settings = UserSettings.load(dir.resolve("config"), dir.resolve("data"));
        Themes.apply(settings.theme());
        MainWindow window = new MainWindow(stage, settings, new FakeDialogs());
        window.setOnQuit(() -> {});
        stage.setWidth(1000);
        stage.setHeight(780);
        stage.show();
    }

    @Test
    void theTilesAndTheNameLinkAreNotCut(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<Labeled> words = robot.lookup(".welcome-tile-name").queryAllAs(Labeled.class).stream()
                .map(Labeled.class::cast)
                .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
        words.addAll(robot.lookup(".welcome-tile-caption").queryAllAs(Labeled.class));
        words.add(robot.lookup("#welcome-set-name").queryAs(Labeled.class));
        assertEquals(7, words.size(), "three names, three captions, the link");
        for (Labeled l : words) {
            assertFalse(l.getText().isBlank());
            assertEquals(l.getText(), WindowTests.drawn(l), "shown whole");
        }
    }
}
