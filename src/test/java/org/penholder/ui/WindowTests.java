package org.penholder.ui;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.penholder.model.Author;
import org.penholder.settings.UserSettings;
import org.penholder.ui.common.Themes;
import org.penholder.ui.main.MainWindow;
import org.penholder.ui.main.Workspace;
import org.testfx.util.WaitForAsyncUtils;

/** What the window's TestFX tests share: a window with a test author, opening, closing, waiting for the file. */
public final class WindowTests {

    private WindowTests() {}

    /**
     * A main window on {@code stage}, 1000 x 780, with settings under {@code dir} and "Test Drafter" as
     * author, in the theme those settings choose, as the application starts it.
     */
    public static MainWindow window(Stage stage, Path dir, org.penholder.ui.common.DialogService dialogs) {
        UserSettings settings = UserSettings.load(dir.resolve("config"), dir.resolve("data"));
        settings.setAuthor(new Author("Test Drafter", "Co-facilitators"));
        // the theme first, as PenholderApp.start does: penholder.css looks its colours up in it
        Themes.apply(settings.theme());
        MainWindow window = new MainWindow(stage, settings, dialogs);
        window.setOnQuit(() -> {});
        stage.setWidth(1000);
        stage.setHeight(780);
        stage.show();
        return window;
    }

    /** Opens a project in the window and waits until it shows. */
    public static Workspace open(MainWindow window, Path file) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.open(file))
                .get(10, TimeUnit.SECONDS)
                .get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return window.workspace();
    }

    /** Closes the window's project and waits until it is closed. */
    public static void close(MainWindow window) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.closeProject())
                .get(10, TimeUnit.SECONDS)
                .get(30, TimeUnit.SECONDS);
    }

    /** Waits until typing and every change have reached the project file. */
    public static void waitUntilSaved(Workspace ws) throws Exception {
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> !ws.draft().hasUnwrittenTyping()
                        && ws.session().saveStateProperty().get() == ProjectSession.SaveState.SAVED);
        ws.session().drained().get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Clicks a node once it is on screen: a view built when first shown gets its nodes laid out on
     * a later pulse, which a loaded machine can put off.
     */
    public static void clickWhenShown(org.testfx.api.FxRobot robot, String query)
            throws java.util.concurrent.TimeoutException {
        org.testfx.util.WaitForAsyncUtils.waitFor(
                10,
                java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup(query)
                        .tryQuery()
                        .map(n -> n.isVisible()
                                && n.getScene() != null
                                && n.getLayoutBounds().getWidth() > 0)
                        .orElse(false));
        robot.clickOn(query);
    }

    /** A fresh copy of the sample in a folder of its own under {@code dir}. */
    public static Path sampleIn(Path dir, String folder) throws Exception {
        Path d = dir.resolve(folder);
        java.nio.file.Files.createDirectories(d);
        return org.penholder.TestFiles.sampleCopy(d);
    }

    /** Puts the caret in the editor, as a click there would. */
    public static void caretAt(org.testfx.api.FxRobot robot, Workspace ws, int line, int column) {
        robot.interact(() -> {
            ws.editor().area().requestFocus();
            ws.editor().area().moveTo(line, column);
        });
    }

    /** The editor line that shows a paragraph. */
    public static int lineOf(Workspace ws, String paragraphId) {
        var paragraphs = ws.editor().area().getParagraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphId.equals(paragraphs.get(i).getParagraphStyle().id())) {
                return i;
            }
        }
        throw new AssertionError("no line shows " + paragraphId);
    }

    /** What a labeled draws: its own text node's text, which JavaFX cuts with an ellipsis when short of room. */
    public static String drawn(javafx.scene.control.Labeled labeled) {
        return labeled.getChildrenUnmodifiable().stream()
                .filter(javafx.scene.text.Text.class::isInstance)
                .map(n -> ((javafx.scene.text.Text) n).getText())
                .findFirst()
                .orElse("");
    }
}
