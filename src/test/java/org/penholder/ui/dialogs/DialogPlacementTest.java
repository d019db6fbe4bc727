package org.penholder.ui.dialogs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.penholder.settings.UserSettings;
import org.penholder.ui.common.Themes;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A question with a long explanation opens over the middle of its window, whole: it was placed for
 * the width of its words on one line and then narrowed, which left it hanging off the screen's left.
 */
@ExtendWith(ApplicationExtension.class)
class DialogPlacementTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        // the application's stylesheets, as the application starts: labels get their safe skin there
        Themes.apply(UserSettings.Theme.LIGHT);
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 900, 700));
        stage.setX(50);
        stage.setY(50);
        stage.show();
    }

    @Test
    void aLongQuestionOpensWithinItsWindow(FxRobot robot) throws Exception {
        FxDialogService dialogs = new FxDialogService(stage);
        String detail = "laptop-2.penholder holds what Penholder does not make, so it was not opened: "
                + "an extra trigger on amendment, an extra view, a missing index on amendment. ".repeat(3)
                + "\n\nSomething of this kind can change or delete your work when the file is used. Penholder can"
                + " read its data (paragraphs, inputs, links, amendments, revisions) into a new file of its own"
                + " and open that; the file itself is left as it is.";
        Platform.runLater(() -> dialogs.confirm("This project file was changed outside Penholder", detail, "Open"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialog() != null);
        WaitForAsyncUtils.waitForFxEvents();
        Window shown = dialog();
        try {
            assertTrue(
                    shown.getX() >= stage.getX() && shown.getX() + shown.getWidth() <= stage.getX() + stage.getWidth(),
                    "within its window from " + stage.getX() + " to " + (stage.getX() + stage.getWidth()) + ": "
                            + shown.getX() + " to " + (shown.getX() + shown.getWidth()));
            double middle = shown.getX() + shown.getWidth() / 2;
            double windowMiddle = stage.getX() + stage.getWidth() / 2;
            assertTrue(
                    Math.abs(middle - windowMiddle) < 20,
                    "over the window's middle: " + middle + " vs " + windowMiddle);
        } finally {
            robot.interact(
                    () -> ((Button) ((DialogPane) shown.getScene().getRoot()).lookupButton(ButtonType.CANCEL)).fire());
        }
    }

    @Test
    void anArabicMessageKeepsItsIconAndItsWholeHeading(FxRobot robot) throws Exception {
        FxDialogService dialogs = new FxDialogService(stage);
        String heading = "استُوردت المقترحات من ملف الوفد، وهي الآن في انتظار المراجعة في علامة تبويب التعديلات";
        Platform.runLater(
                () -> dialogs.showInformation(heading, "قُرئ kenya.docx: تغيير متعقب واحد، وسُجل مقترح واحد (Kenya)."));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialog() != null);
        WaitForAsyncUtils.waitForFxEvents();
        Window shown = dialog();
        DialogPane pane = (DialogPane) shown.getScene().getRoot();
        try {
            assertTrue(pane.lookup(".header-panel .graphic-container") != null, "the information icon, as in English");
            assertTrue(
                    robot
                            .from(pane.lookup(".header-panel"))
                            .lookup((javafx.scene.Node n) -> n instanceof javafx.scene.text.Text t
                                    && !t.getText().isEmpty())
                            .queryAllAs(javafx.scene.text.Text.class)
                            .stream()
                            .map(javafx.scene.text.Text::getText)
                            .reduce("", String::concat)
                            .replace("\n", "")
                            .replace(" ", "")
                            .equals(heading.replace(" ", "")),
                    "the heading whole, on as many lines as it needs");
        } finally {
            robot.interact(() -> ((Button) pane.lookupButton(ButtonType.OK)).fire());
        }
    }

    private Window dialog() {
        return Window.getWindows().stream()
                .filter(w -> w != stage && w.isShowing() && w.getScene().getRoot() instanceof DialogPane)
                .findFirst()
                .orElse(null);
    }
}
