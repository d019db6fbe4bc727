package org.penholder.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.about.AboutInfo;
import org.penholder.project.DocumentLanguage;
import org.penholder.ui.EnglishAfterwards;
import org.penholder.ui.FakeDialogs;
import org.penholder.ui.WindowTests;
import org.penholder.ui.about.AboutDialog;
import org.penholder.ui.common.Messages;
import org.penholder.ui.docx.DocumentLanguageAction;
import org.penholder.ui.inputs.StakeholdersView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * In Arabic the whole window is mirrored (menus and tables included), while the draft's English
 * paragraphs stay left to right; long explanations wrap whole, in dialogs too; the document language is set from the window, apart from the
 * window's language, and undone like any action.
 */
@ExtendWith({ApplicationExtension.class, EnglishAfterwards.class})
class ArabicWindowTest {

    @TempDir
    static Path dir;

    private final FakeDialogs dialogs = new FakeDialogs();
    private MainWindow window;

    private final List<Throwable> fxErrors = new CopyOnWriteArrayList<>();
    private Thread fxThread;
    private Thread.UncaughtExceptionHandler previousHandler;

    @Start
    void start(Stage stage) {
        fxThread = Thread.currentThread();
        previousHandler = fxThread.getUncaughtExceptionHandler();
        fxThread.setUncaughtExceptionHandler((t, e) -> fxErrors.add(e));
        Messages.use(Locale.forLanguageTag("ar"));
        window = WindowTests.window(stage, dir, dialogs);
    }

    @AfterEach
    void handBackErrors() {
        fxThread.setUncaughtExceptionHandler(previousHandler);
    }

    /** The text a wrapping label draws through its safe flow, asserting it does. */
    private static String drawn(Label label) {
        var flow = label.lookup(".safe-label-flow");
        assertNotNull(flow, "drawn through a safe flow: " + label.getText());
        StringBuilder b = new StringBuilder();
        ((Parent) flow).getChildrenUnmodifiable().forEach(n -> b.append(((Text) n).getText()));
        return b.toString();
    }

    @Test
    void longArabicExplanationsWrapWholeOnSeveralLines(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        List<Label> captions = robot.lookup(".welcome-tile-caption").queryAllAs(Label.class).stream()
                .toList();
        assertEquals(3, captions.size(), "the welcome's three tiles");
        double tallest = 0;
        for (Label caption : captions) {
            assertEquals(caption.getText(), drawn(caption), "the whole explanation, not cut with an ellipsis");
            assertNull(caption.getTooltip());
            tallest = Math.max(tallest, caption.getHeight() / caption.getFont().getSize());
        }
        assertTrue(tallest > 3.5, "the longest on three lines or more: " + tallest + " font sizes high");

        // the About box is laid out before it shows: it threw, and did not open, in Arabic
        AboutDialog about = WaitForAsyncUtils.asyncFx(() -> {
                    AboutDialog d = new AboutDialog(
                            window.stage(), AboutInfo.current(System.getProperty("javafx.version", "")));
                    d.show();
                    return d;
                })
                .get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        Label note = about.getDialogPane().lookupAll(".dialog-note").stream()
                .map(Label.class::cast)
                .filter(Label::isWrapText)
                .findFirst()
                .orElseThrow();
        assertEquals(Messages.get("about.libraries.note"), drawn(note));
        assertTrue(note.getHeight() > 2 * note.getFont().getSize(), "on two lines at least: " + note.getHeight());
        Label number = (Label) about.getDialogPane().lookup("#about-version");
        assertEquals(
                NodeOrientation.LEFT_TO_RIGHT,
                number.getEffectiveNodeOrientation(),
                "the version reads 0.1.0-SNAPSHOT, never SNAPSHOT-0.1.0");
        Label word = (Label) ((javafx.scene.layout.HBox) number.getParent())
                .getChildren().stream().filter(n -> n != number).findFirst().orElseThrow();
        assertEquals("الإصدار", word.getText());
        assertTrue(
                number.localToScene(number.getBoundsInLocal()).getMaxX()
                        <= word.localToScene(word.getBoundsInLocal()).getMinX(),
                "the number follows the word, at its left");
        robot.interact(about::close);
        assertEquals(List.of(), fxErrors.stream().map(Throwable::toString).toList(), "no exception on the FX thread");
    }

    @Test
    void theWindowIsMirroredAndAnEnglishParagraphStaysLeftToRight(FxRobot robot) throws Exception {
        assertEquals("ar", Messages.locale().getLanguage(), "messages_ar.properties is on the class path");
        Workspace ws = WindowTests.open(window, WindowTests.sampleIn(dir, "sample"));
        var scene = window.stage().getScene();
        assertEquals(NodeOrientation.RIGHT_TO_LEFT, scene.getEffectiveNodeOrientation());
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        assertEquals(NodeOrientation.RIGHT_TO_LEFT, bar.getEffectiveNodeOrientation(), "menus mirrored");
        javafx.scene.Node first = bar.lookupAll(".menu").iterator().next();
        Bounds file = first.localToScene(first.getBoundsInLocal());
        assertTrue(file.getMinX() > scene.getWidth() / 2, "the File menu at the right: " + file);

        robot.interact(() -> ws.showView(StakeholdersView.NAME));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#stakeholders").queryAs(TableView.class);
        assertEquals(NodeOrientation.RIGHT_TO_LEFT, table.getEffectiveNodeOrientation(), "tables mirrored");

        robot.interact(() -> ws.showView(org.penholder.ui.inputs.ListsView.NAME));
        WaitForAsyncUtils.waitForFxEvents();
        List<javafx.scene.control.Labeled> english =
                robot.lookup(".list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                        .filter(c -> !c.isEmpty()
                                && c.getText() != null
                                && c.getText().startsWith("C1 "))
                        .map(javafx.scene.control.Labeled.class::cast)
                        .toList();
        assertTrue(!english.isEmpty(), "the sample's action lines are listed");
        for (javafx.scene.control.Labeled cell : english) {
            assertEquals(
                    NodeOrientation.LEFT_TO_RIGHT,
                    cell.getEffectiveNodeOrientation(),
                    "an English entry cut at its end, its ellipsis at the right");
            javafx.scene.Node text = cell.getChildrenUnmodifiable().stream()
                    .filter(n -> n instanceof javafx.scene.text.Text)
                    .findFirst()
                    .orElseThrow();
            javafx.scene.Node count = cell.getGraphic();
            assertTrue(
                    count.localToScene(count.getBoundsInLocal()).getMaxX()
                            <= text.localToScene(text.getBoundsInLocal()).getMinX(),
                    "its count at its left, as the Arabic entries' counts");
        }

        robot.interact(() -> ws.showView(Workspace.DRAFT));
        WaitForAsyncUtils.waitForFxEvents();
        var area = ws.editor().area();
        assertEquals(
                NodeOrientation.LEFT_TO_RIGHT, area.getEffectiveNodeOrientation(), "the draft keeps its own direction");
        assertTrue(area.lookupAll(".rtl-line").isEmpty(), "no English line is laid out right to left");
        int line = WindowTests.lineOf(ws, ws.draft().currentParagraphProperty().get());
        WindowTests.caretAt(robot, ws, line, 0);
        WaitForAsyncUtils.waitForFxEvents();
        Optional<Bounds> caret = WaitForAsyncUtils.asyncFx(area::getCaretBounds).get(10, TimeUnit.SECONDS);
        Bounds areaOnScreen = WaitForAsyncUtils.asyncFx(() -> area.localToScreen(area.getBoundsInLocal()))
                .get(10, TimeUnit.SECONDS);
        assertTrue(caret.isPresent());
        assertTrue(
                caret.get().getMinX() - areaOnScreen.getMinX() < areaOnScreen.getWidth() / 3,
                "an English line starts at the left: caret " + caret.get() + " in " + areaOnScreen);
    }

    @Test
    void theDocumentLanguageIsChosenInTheWindowAndUndone(FxRobot robot) throws Exception {
        Workspace ws = WindowTests.open(window, WindowTests.sampleIn(dir, "language"));
        dialogs.choice = DocumentLanguage.name("fr");
        Optional<String> chosen = WaitForAsyncUtils.asyncFx(() -> DocumentLanguageAction.choose(ws.session(), dialogs))
                .get(10, TimeUnit.SECONDS)
                .get(10, TimeUnit.SECONDS);
        assertEquals(Optional.of("fr"), chosen);
        assertEquals(
                "fr",
                ws.session()
                        .read(() -> ws.session().project().documentLanguage().tag())
                        .get(10, TimeUnit.SECONDS));
        assertEquals("ar", Messages.locale().getLanguage(), "the window's language is another matter");
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> ws.session().undoDescriptionProperty().get().contains("Français"));

        robot.interact(() -> ws.draft().undo());
        ws.session().drained().get(10, TimeUnit.SECONDS);
        assertEquals(
                "en",
                ws.session()
                        .read(() -> ws.session().project().documentLanguage().tag())
                        .get(10, TimeUnit.SECONDS));
    }
}
