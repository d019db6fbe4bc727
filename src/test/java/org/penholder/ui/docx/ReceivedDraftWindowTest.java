package org.penholder.ui.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.docx.ExportOptions;
import org.penholder.docx.Progress;
import org.penholder.model.Author;
import org.penholder.model.Footnote;
import org.penholder.model.Paragraph;
import org.penholder.model.ParagraphKind;
import org.penholder.project.Project;
import org.penholder.settings.UserSettings;
import org.penholder.ui.FakeDialogs;
import org.penholder.ui.draft.FootnoteStrip;
import org.penholder.ui.main.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Footnotes in the editor, a received draft made the working draft, and Continue from This Revision. */
@ExtendWith(ApplicationExtension.class)
class ReceivedDraftWindowTest {

    @TempDir
    static Path dir;

    private MainWindow window;
    private final FakeDialogs dialogs = new FakeDialogs();

    @Start
    void start(Stage stage) {
        UserSettings settings = UserSettings.load(dir.resolve("config"), dir.resolve("data"));
        settings.setAuthor(new Author("Test Drafter", "Secretariat"));
        window = new MainWindow(stage, settings, dialogs);
        window.setOnQuit(() -> {});
        stage.show();
    }

    private void open(Path file) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.open(file))
                .get(10, TimeUnit.SECONDS)
                .get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.closeProject())
                .get(10, TimeUnit.SECONDS)
                .get(30, TimeUnit.SECONDS);
    }

    private MenuItem menuItem(String id) {
        MenuBar bar = (MenuBar) window.stage().getScene().getRoot().lookup(".menu-bar");
        return bar.getMenus().stream()
                .flatMap(m -> m.getItems().stream())
                .filter(i -> id.equals(i.getId()))
                .findFirst()
                .orElseThrow();
    }

    private List<Footnote> footnotes(String paragraphId) throws Exception {
        return window.workspace()
                .session()
                .read(() -> window.workspace()
                        .session()
                        .project()
                        .drafts()
                        .footnotes()
                        .of(paragraphId))
                .get(10, TimeUnit.SECONDS);
    }

    @Test
    void footnotesAreInsertedEditedRemovedAndUndoneInTheEditor(FxRobot robot) throws Exception {
        Path file = TestFiles.sampleCopy(Files.createDirectories(dir.resolve("notes")));
        open(file);
        try {
            var ws = window.workspace();
            var area = ws.editor().area();
            Paragraph op1 = ws.session()
                    .read(() -> ws.session().project().draftService().draft().paragraphsInOrder().stream()
                            .filter(x -> x.kind() == ParagraphKind.OP)
                            .findFirst()
                            .orElseThrow())
                    .get(10, TimeUnit.SECONDS);
            int line = WaitForAsyncUtils.asyncFx(() -> {
                        for (int i = 0; i < area.getParagraphs().size(); i++) {
                            if (op1.id()
                                    .equals(area.getParagraph(i)
                                            .getParagraphStyle()
                                            .id())) {
                                return i;
                            }
                        }
                        return -1;
                    })
                    .get(10, TimeUnit.SECONDS);
            int column = op1.text().indexOf(' ');
            robot.interact(() -> {
                area.requestFocus();
                area.moveTo(line, column);
            });
            robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.F).release(KeyCode.F, KeyCode.ALT, KeyCode.CONTROL);
            WaitForAsyncUtils.waitFor(
                    10,
                    TimeUnit.SECONDS,
                    () -> robot.lookup("#new-footnote-text").tryQuery().isPresent());
            robot.clickOn("#new-footnote-text").write("See A/RES/70/125.").type(KeyCode.ENTER);
            WaitForAsyncUtils.waitFor(
                    10, TimeUnit.SECONDS, () -> footnotes(op1.id()).size() == 1);
            assertEquals(
                    new Footnote(footnotes(op1.id()).get(0).uid(), column, "See A/RES/70/125."),
                    footnotes(op1.id()).get(0));
            WaitForAsyncUtils.waitFor(
                    10,
                    TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.asyncFx(
                                    () -> area.getStyleOfChar(line, column - 1).contains(FootnoteStrip.MARK_CLASS))
                            .get());

            robot.interact(() -> {
                TextField words = robot.lookup("#footnote-text-0").queryAs(TextField.class);
                words.setText("See A/RES/70/125, annex.");
                words.fireEvent(new javafx.event.ActionEvent());
            });
            WaitForAsyncUtils.waitFor(
                    10,
                    TimeUnit.SECONDS,
                    () -> footnotes(op1.id()).get(0).text().equals("See A/RES/70/125, annex."));
            // the strip shows the edited footnote before its button is pressed (it is rebuilt on every reload)
            WaitForAsyncUtils.waitFor(
                    10,
                    TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.asyncFx(() -> robot.lookup("#footnote-text-0")
                                    .tryQueryAs(TextField.class)
                                    .map(t ->
                                            t.getScene() != null && t.getText().equals("See A/RES/70/125, annex."))
                                    .orElse(false))
                            .get());
            robot.interact(() -> robot.lookup("#remove-footnote-0")
                    .queryAs(javafx.scene.control.Button.class)
                    .fire());
            WaitForAsyncUtils.waitFor(
                    10, TimeUnit.SECONDS, () -> footnotes(op1.id()).isEmpty());
            robot.interact(() -> menuItem("menu-undo").fire());
            WaitForAsyncUtils.waitFor(
                    10, TimeUnit.SECONDS, () -> footnotes(op1.id()).size() == 1);
            assertEquals("See A/RES/70/125, annex.", footnotes(op1.id()).get(0).text(), "Undo brings it back");
            assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        } finally {
            close();
        }
    }

    @Test
    void theCompareViewShowsAChangedFootnoteWordByWord(FxRobot robot) throws Exception {
        Path file = TestFiles.sampleCopy(Files.createDirectories(dir.resolve("compare")));
        try (Project p = Project.open(file, Project.Access.WRITE)) {
            Paragraph pp1 = p.draftService().draft().paragraphsInOrder().get(0);
            p.draftService().footnotes().add(pp1.id(), null, 5, "A/RES/70/125.", new Author("A", "B"));
        }
        open(file);
        try {
            var compare = WaitForAsyncUtils.asyncFx(() -> window.history().compareView())
                    .get(10, TimeUnit.SECONDS);
            WaitForAsyncUtils.asyncFx(() -> compare.compareRevisions("Zero draft", "current"))
                    .get(10, TimeUnit.SECONDS)
                    .get(20, TimeUnit.SECONDS);
            robot.interact(() -> window.workspace().showView(org.penholder.ui.history.HistoryViews.COMPARE));
            WaitForAsyncUtils.waitFor(
                    10,
                    TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.asyncFx(() -> compare.list().lookupAll(".change-footnote").stream()
                                    .anyMatch(n -> ((javafx.scene.control.Label) n)
                                            .getText()
                                            .equals("footnote 1 (new)")))
                            .get());
        } finally {
            close();
        }
    }

    @Test
    void aDraftImportedIntoAnEmptyProjectBecomesTheWorkingDraftAndAnyRevisionCanBeContinuedFrom(FxRobot robot)
            throws Exception {
        Path folder = Files.createDirectories(dir.resolve("received"));
        Path docx = folder.resolve("zero.docx");
        try (Project sample = TestFiles.openSample(folder)) {
            sample.docxExporter().export(ExportOptions.clean(), docx, false, Progress.NONE);
        }
        Path file = folder.resolve("empty.penholder");
        Project.create(file, "Received", "").close();
        open(file);
        try {
            dialogs.toRead = docx;
            dialogs.text = "Zero draft";
            dialogs.chosen = "Make it the working draft";
            int tasks = dialogs.tasks.size();
            robot.interact(() -> menuItem("menu-import-draft").fire());
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialogs.tasks.size() > tasks);
            WaitForAsyncUtils.waitFor(
                    30,
                    TimeUnit.SECONDS,
                    () -> window.workspace().draft().outline().size() > 40);
            assertEquals(44, window.workspace().draft().outline().size(), "the title, 15 headings, 28 paragraphs");
            assertTrue(
                    dialogs.questions.stream().anyMatch(q -> q.contains("The working draft of this project is empty")),
                    dialogs.questions.toString());

            robot.interact(() -> menuItem("menu-undo").fire());
            WaitForAsyncUtils.waitFor(
                    10,
                    TimeUnit.SECONDS,
                    () -> window.workspace().draft().outline().size() == 1);

            dialogs.chosen = "Zero draft";
            robot.interact(() -> menuItem("menu-continue-from").fire());
            WaitForAsyncUtils.waitFor(
                    30,
                    TimeUnit.SECONDS,
                    () -> window.workspace().draft().outline().size() == 44);
            assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        } finally {
            close();
        }
    }
}
