package org.penholder.ui.about;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;
import javafx.geometry.NodeOrientation;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.penholder.about.AboutInfo;
import org.penholder.ui.common.Messages;
import org.penholder.ui.common.SafeTextFlow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Help > About opens in an Arabic window. Its note on the libraries wraps over two lines, and JavaFX
 * fails to lay out a label that wraps right-to-left text (docs/adr/0060) while the dialog places
 * itself, before any guard of the window can see it: the dialog never showed.
 */
@ExtendWith(ApplicationExtension.class)
class AboutInArabicTest {

    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        Scene scene = new Scene(new StackPane(), 800, 600);
        scene.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void backToEnglish() {
        Messages.use(Locale.ENGLISH);
    }

    @Test
    void theAboutBoxShowsItsWholeNoteInArabic(FxRobot robot) {
        Throwable[] failed = new Throwable[1];
        String[] note = new String[1];
        robot.interact(() -> {
            Messages.use(Locale.forLanguageTag("ar"));
            AboutDialog about = new AboutDialog(owner, AboutInfo.current("26"));
            try {
                about.show();
                note[0] = ((SafeTextFlow) about.getDialogPane().lookup("#about-note")).getText();
            } catch (RuntimeException e) {
                failed[0] = e;
            } finally {
                about.close();
            }
        });
        assertNull(failed[0], "the About box failed to open");
        assertEquals(Messages.get("about.libraries.note"), note[0]);
    }
}
