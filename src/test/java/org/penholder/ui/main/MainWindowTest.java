package org.penholder.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.model.Amendment;
import org.penholder.model.AmendmentKind;
import org.penholder.model.Paragraph;
import org.penholder.model.ParagraphKind;
import org.penholder.project.Project;
import org.penholder.ui.FakeDialogs;
import org.penholder.ui.WindowTests;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window as a drafter uses it: open the sample, type, undo, split, close, reopen. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    @TempDir
    static Path dir;

    private MainWindow window;
    private final FakeDialogs dialogs = new FakeDialogs();

    @Start
    void start(Stage stage) {
        window = WindowTests.window(stage, dir, dialogs);
    }

    private static Paragraph firstOperative(Path file) {
        try (Project p = Project.open(file, Project.Access.READ)) {
            return p.draftService().draft().paragraphsInOrder().stream()
                    .filter(x -> x.kind() == ParagraphKind.OP)
                    .findFirst()
                    .orElseThrow();
        }
    }

    private MenuItem editMenuItem(String id) {
        return window.stage().getScene().getRoot().lookupAll(".menu-bar").stream()
                .findFirst()
                .map(bar -> ((javafx.scene.control.MenuBar) bar)
                        .getMenus().get(1).getItems().stream()
                                .filter(i -> id.equals(i.getId()))
                                .findFirst()
                                .orElseThrow())
                .orElseThrow();
    }

    @Test
    void typeUndoRedoCloseAndReopen(FxRobot robot) throws Exception {
        Path file = WindowTests.sampleIn(dir, "type");
        Paragraph op1 = firstOperative(file);

        Workspace ws = WindowTests.open(window, file);
        assertTrue(
                robot.lookup("#outline").queryListView().getItems().size() > 40,
                "the outline lists sections and paragraphs");
        assertTrue(
                window.stage().getTitle().contains("sample.penholder"),
                window.stage().getTitle());

        int line = WindowTests.lineOf(ws, op1.id());
        WindowTests.caretAt(robot, ws, line, 0);
        robot.write("Urgently, ");
        WindowTests.waitUntilSaved(ws);
        String typed = "Urgently, " + op1.text();
        assertEquals(typed, ws.editor().area().getParagraph(line).getText());
        assertEquals("Undo Typing in 1.", editMenuItem("menu-undo").getText());
        assertTrue(robot.lookup("#save-state").queryLabeled().getText().startsWith("All changes saved"));

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WindowTests.waitUntilSaved(ws);
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> op1.text()
                        .equals(ws.editor()
                                .area()
                                .getParagraph(WindowTests.lineOf(ws, op1.id()))
                                .getText()));
        assertEquals("Redo Typing in 1.", editMenuItem("menu-redo").getText());

        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        WindowTests.waitUntilSaved(ws);
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> typed.equals(ws.editor()
                        .area()
                        .getParagraph(WindowTests.lineOf(ws, op1.id()))
                        .getText()));

        WindowTests.close(window);
        try (Project p = Project.open(file, Project.Access.READ)) {
            assertEquals(typed, p.drafts().paragraph(op1.id()).orElseThrow().text());
            List<Amendment> history = p.amendments().ofParagraph(op1.id());
            Amendment typing = history.stream()
                    .filter(a -> a.kind() == AmendmentKind.INSERT_TEXT
                            && "Test Drafter".equals(a.author())
                            && a.rationale() == null)
                    .findFirst()
                    .orElseThrow();
            assertEquals(op1.text(), typing.before());
            assertEquals(typed, typing.after());
            assertEquals("Co-facilitators", typing.team());
            assertTrue(
                    history.stream()
                            .anyMatch(a ->
                                    "Undo".equals(a.rationale()) && op1.text().equals(a.after())),
                    "the undo is in the history too");
        }

        Workspace again = WindowTests.open(window, file);
        assertEquals(
                typed,
                again.editor()
                        .area()
                        .getParagraph(WindowTests.lineOf(again, op1.id()))
                        .getText());
        WindowTests.close(window);
    }

    @Test
    void anOpenedProjectHasTheCursorInTheDraftAndBuildsTheOtherViewsWhenChosen(FxRobot robot) throws Exception {
        Workspace ws = WindowTests.open(window, WindowTests.sampleIn(dir, "focus"));
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(
                ws.editor().area(),
                WaitForAsyncUtils.asyncFx(() -> window.stage().getScene().getFocusOwner())
                        .get(5, TimeUnit.SECONDS),
                "typing goes into the draft at once");
        javafx.scene.control.TabPane views = robot.lookup("#views").queryAs(javafx.scene.control.TabPane.class);
        javafx.scene.control.Tab amendments = views.getTabs().stream()
                .filter(t -> t.getText().equals(org.penholder.ui.history.HistoryViews.AMENDMENTS))
                .findFirst()
                .orElseThrow();
        assertFalse(
                amendments.getContent() instanceof org.penholder.ui.history.AmendmentsView, "built when first chosen");
        robot.interact(() -> ws.showView(org.penholder.ui.history.HistoryViews.AMENDMENTS));
        assertTrue(amendments.getContent() instanceof org.penholder.ui.history.AmendmentsView);
        WindowTests.close(window);
    }

    @Test
    void enterSplitsAParagraphAndTheNumbersFollow(FxRobot robot) throws Exception {
        Path file = WindowTests.sampleIn(dir, "split");
        Paragraph op1 = firstOperative(file);
        Workspace ws = WindowTests.open(window, file);
        int line = WindowTests.lineOf(ws, op1.id());
        int cut = op1.text().indexOf(", and ") + 2;
        WindowTests.caretAt(robot, ws, line, cut);
        robot.type(KeyCode.ENTER);
        WindowTests.waitUntilSaved(ws);
        var area = ws.editor().area();
        assertEquals(op1.id(), area.getParagraph(line).getParagraphStyle().id(), "the first part keeps the id");
        String newId = area.getParagraph(line + 1).getParagraphStyle().id();
        assertEquals(op1.text().substring(cut), area.getParagraph(line + 1).getText());
        assertEquals("2.", ws.draft().label(newId).orElseThrow(), "the new paragraph is numbered 2.");

        robot.interact(() -> area.moveTo(line + 1, 0));
        robot.type(KeyCode.BACK_SPACE);
        WindowTests.waitUntilSaved(ws);
        assertEquals(op1.text(), area.getParagraph(line).getText(), "Backspace at the start joins them again");
        WindowTests.close(window);
        try (Project p = Project.open(file, Project.Access.READ)) {
            assertEquals(
                    op1.text(), p.drafts().paragraph(op1.id()).orElseThrow().text());
            assertTrue(p.drafts().paragraph(newId).isEmpty());
            var kinds = p.amendments().ofParagraph(op1.id()).stream()
                    .map(Amendment::kind)
                    .toList();
            assertTrue(
                    kinds.contains(AmendmentKind.SPLIT_PARAGRAPH) && kinds.contains(AmendmentKind.JOIN_PARAGRAPHS),
                    kinds.toString());
        }
    }

    @Test
    void aProjectOpenElsewhereOpensReadOnlyWithABanner(FxRobot robot) throws Exception {
        Path file = WindowTests.sampleIn(dir, "locked");
        Paragraph op1 = firstOperative(file);
        try (Project other = Project.open(file, Project.Access.WRITE)) {
            Workspace ws = WindowTests.open(window, file);
            var banner = robot.lookup("#read-only-banner").queryLabeled();
            assertTrue(banner.isVisible());
            assertTrue(banner.getText().contains("another Penholder"), banner.getText());
            assertTrue(!ws.editor().area().isEditable(), "the editor does not take typing");
            int line = WindowTests.lineOf(ws, op1.id());
            WindowTests.caretAt(robot, ws, line, 0);
            robot.write("Not here ");
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(op1.text(), ws.editor().area().getParagraph(line).getText());
            WindowTests.close(window);
            assertEquals(
                    op1.text(), other.drafts().paragraph(op1.id()).orElseThrow().text());
        }
    }
}
