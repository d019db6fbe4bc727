package org.penholder.ui.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.docx.WordSchemas;
import org.penholder.model.Author;
import org.penholder.settings.UserSettings;
import org.penholder.ui.FakeDialogs;
import org.penholder.ui.ProjectSession;
import org.penholder.ui.main.MainWindow;
import org.penholder.ui.main.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Coverage in the window: a view of the workspace that follows the draft, and File › Export Transparency Report…. */
@ExtendWith(ApplicationExtension.class)
class CoverageInWindowTest {

    @TempDir
    static Path dir;

    private MainWindow window;
    private final FakeDialogs dialogs = new FakeDialogs();

    @Start
    void start(Stage stage) {
        org.penholder.ui.common.Themes.apply(UserSettings.Theme.LIGHT);
        UserSettings settings = UserSettings.load(dir.resolve("config"), dir.resolve("data"));
        settings.setAuthor(new Author("Test Drafter", "Co-facilitators"));
        window = new MainWindow(stage, settings, dialogs);
        window.setOnQuit(() -> {});
        stage.setWidth(1000);
        stage.setHeight(780);
        stage.show();
    }

    @AfterEach
    void closeProject() throws Exception {
        // the stage is the same for every test: leave it as found, no project open
        WaitForAsyncUtils.asyncFx(() -> window.closeProject())
                .get(10, TimeUnit.SECONDS)
                .get(30, TimeUnit.SECONDS);
    }

    private Workspace open(Path file) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.open(file))
                .get(10, TimeUnit.SECONDS)
                .get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return window.workspace();
    }

    private void settle(Workspace ws) throws Exception {
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitFor(
                    10,
                    TimeUnit.SECONDS,
                    () -> !ws.draft().hasUnwrittenTyping()
                            && ws.session().saveStateProperty().get() == ProjectSession.SaveState.SAVED);
            ws.session().drained().get(10, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private MenuItem fileMenuItem(String id) {
        MenuBar bar = (MenuBar) window.stage().getScene().getRoot().lookup(".menu-bar");
        return bar.getMenus().getFirst().getItems().stream()
                .filter(i -> id.equals(i.getId()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aNewParagraphShowsAsAnOrphanAndAClickTakesItBackToTheDraft(FxRobot robot) throws Exception {
        Path d = Files.createDirectories(dir.resolve("orphan"));
        Workspace ws = open(TestFiles.sampleCopy(d));
        robot.clickOn("Coverage");
        settle(ws);
        CoverageView view = ws.coverage();
        assertEquals(
                "100%",
                robot.lookup("#tile-reflected").queryAs(CoverageView.Tile.class).figure());
        assertEquals(
                "15 of 15 inputs reflected",
                robot.lookup("#tile-reflected").queryAs(CoverageView.Tile.class).caption());
        assertEquals(
                "0",
                robot.lookup("#tile-orphans").queryAs(CoverageView.Tile.class).figure());

        // Enter at the end of the first operative paragraph makes a new paragraph, with no source yet
        robot.clickOn("Draft");
        var area = ws.editor().area();
        String first = ws.draft().outline().stream()
                .filter(r -> r.label().equals("1."))
                .findFirst()
                .orElseThrow()
                .id();
        int line = -1;
        for (int i = 0; i < area.getParagraphs().size(); i++) {
            if (first.equals(area.getParagraph(i).getParagraphStyle().id())) {
                line = i;
            }
        }
        int at = line;
        robot.interact(() -> {
            area.requestFocus();
            area.moveTo(at, area.getParagraph(at).length());
        });
        robot.type(KeyCode.ENTER);
        robot.write("We also decide to meet again in 2030.");
        settle(ws);
        String newId = area.getParagraph(at + 1).getParagraphStyle().id();

        robot.clickOn("Coverage");
        settle(ws);
        assertEquals(
                "1",
                robot.lookup("#tile-orphans").queryAs(CoverageView.Tile.class).figure(),
                "shown again, the view read the change");
        robot.clickOn("#coverage-tab-paragraphs");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                List.of(newId),
                view.paragraphsPane().orphanList().getItems().stream()
                        .map(p -> p.paragraph().id())
                        .toList());
        robot.clickOn("We also decide to meet again in 2030.");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Workspace.DRAFT, ws.currentView());
        assertEquals(newId, ws.draft().currentParagraphProperty().get());
    }

    @Test
    void exportTheTransparencyReportFromTheFileMenu(FxRobot robot) throws Exception {
        Path d = Files.createDirectories(dir.resolve("export"));
        Workspace ws = open(TestFiles.sampleCopy(d));
        Path out = d.resolve("Zero draft transparency report.docx");
        dialogs.toWrite = out;
        robot.interact(() -> fileMenuItem("menu-export-transparency-report").fire());
        WaitForAsyncUtils.waitFor(
                60, TimeUnit.SECONDS, () -> !dialogs.informations.isEmpty() || !dialogs.errors.isEmpty());
        assertEquals(List.of(), dialogs.errors);
        assertEquals(
                List.of("The transparency report of which revision? [Zero draft] (Zero draft)"), dialogs.questions);
        assertTrue(dialogs.informations.getFirst().contains(out.toString()), dialogs.informations.toString());
        assertEquals(List.of(), WordSchemas.errors(out));
        assertTrue(
                robot.listWindows().stream()
                        .noneMatch(w -> w.isShowing()
                                && w instanceof Stage s
                                && s.getTitle() != null
                                && s.getTitle().startsWith("Exporting")),
                "the progress window has closed");
        settle(ws);
    }

    @Test
    void readAndLinkAnInputNotReflectedAndTheFiguresChange(FxRobot robot) throws Exception {
        Path d = Files.createDirectories(dir.resolve("link"));
        Path file = TestFiles.sampleCopy(d);
        String dataParagraph;
        try (var p = org.penholder.project.Project.open(file, org.penholder.project.Project.Access.WRITE)) {
            long data = p.inputs().all().stream()
                    .filter(i -> i.title().equals("Data Governance"))
                    .findFirst()
                    .orElseThrow()
                    .id();
            var links = p.links().ofInput(data);
            dataParagraph = links.getFirst().paragraphId();
            links.forEach(l -> p.links().remove(l.id()));
        }
        Workspace ws = open(file);
        robot.clickOn("Coverage");
        settle(ws);
        assertEquals(
                "14 of 15 inputs reflected",
                robot.lookup("#tile-reflected").queryAs(CoverageView.Tile.class).caption());

        robot.clickOn("Not reflected");
        WaitForAsyncUtils.waitForFxEvents();
        var table = ws.coverage().unreflectedPane().inputsTable();
        assertEquals(1, table.getItems().size());
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.interact(() -> ws.draft().currentParagraphProperty().set(dataParagraph));
        javafx.scene.control.Button readAndLink = robot.lookup("#read-and-link").queryButton();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !readAndLink.isDisabled());
        robot.interact(readAndLink::fire);
        settle(ws);
        assertEquals(Workspace.INPUTS, ws.currentView(), "the input opens in the reader");
        var reader = ws.inputs().reader();
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> reader.input() != null && reader.input().title().equals("Data Governance"));
        String text = reader.area().getText();
        int start = text.indexOf("global data standards");
        robot.interact(() -> {
            reader.area().requestFocus();
            reader.area().selectRange(start, start + "global data standards aligned with human rights".length());
        });
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        settle(ws);

        robot.clickOn("Coverage");
        settle(ws);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> "15 of 15 inputs reflected"
                        .equals(robot.lookup("#tile-reflected")
                                .queryAs(CoverageView.Tile.class)
                                .caption()));
        assertEquals(
                "100%",
                robot.lookup("#tile-reflected").queryAs(CoverageView.Tile.class).figure());
        assertTrue(ws.coverage().unreflectedPane().inputsTable().getItems().isEmpty());
    }
}
