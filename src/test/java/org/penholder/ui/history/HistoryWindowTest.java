package org.penholder.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.history.ChangeKind;
import org.penholder.history.ParagraphChange;
import org.penholder.model.Author;
import org.penholder.model.Paragraph;
import org.penholder.model.ParagraphKind;
import org.penholder.model.ParagraphStatus;
import org.penholder.project.Project;
import org.penholder.ui.FakeDialogs;
import org.penholder.ui.WindowTests;
import org.penholder.ui.common.DialogService;
import org.penholder.ui.main.MainWindow;
import org.penholder.ui.main.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The history side of the window: freeze a revision, compare, proposals, a paragraph's history. */
@ExtendWith(ApplicationExtension.class)
class HistoryWindowTest {

    @TempDir
    static Path dir;

    private MainWindow window;
    private final FakeDialogs dialogs = new FakeDialogs();

    @Start
    void start(Stage stage) {
        window = WindowTests.window(stage, dir, dialogs);
    }

    @org.junit.jupiter.api.AfterEach
    void closeAfter() throws Exception {
        WindowTests.close(window);
    }

    private Workspace open(String name) throws Exception {
        Path sub = dir.resolve(name);
        Files.createDirectories(sub);
        Path file = TestFiles.sampleCopy(sub);
        return WindowTests.open(window, file);
    }

    private MenuItem revisionMenu(String id) {
        MenuBar bar = (MenuBar) window.stage().getScene().getRoot().lookup(".menu-bar");
        return bar.getMenus().stream()
                .filter(m -> "menu-revision".equals(m.getId()))
                .findFirst()
                .orElseThrow()
                .getItems()
                .stream()
                .filter(i -> id.equals(i.getId()))
                .findFirst()
                .orElseThrow();
    }

    private static Paragraph firstOperative(Workspace ws) throws Exception {
        return ws.session()
                .submit(() -> ws.session().project().draftService().draft().paragraphsInOrder().stream()
                        .filter(p -> p.kind() == ParagraphKind.OP)
                        .findFirst()
                        .orElseThrow())
                .get(10, TimeUnit.SECONDS);
    }

    @Test
    void editFreezeRev1AndCompareWithTheZeroDraft(FxRobot robot) throws Exception {
        Workspace ws = open("compare");
        Paragraph op1 = firstOperative(ws);
        int line = WindowTests.lineOf(ws, op1.id());
        robot.interact(() -> {
            ws.editor().area().requestFocus();
            ws.editor().area().moveTo(line, 0);
        });
        robot.write("Urgently, ");
        WindowTests.waitUntilSaved(ws);

        dialogs.newRevision = new DialogService.NewRevision("Rev.1", "After the first reading", false);
        robot.interact(() -> revisionMenu("menu-freeze-revision").fire());
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> ws.session()
                        .submit(() -> ws.session()
                                .project()
                                .revisions()
                                .byName("Rev.1")
                                .isPresent())
                        .get());

        robot.interact(() -> revisionMenu("menu-compare").fire());
        assertEquals(HistoryViews.COMPARE, ws.currentView());
        CompareView compare = window.history().compareView();
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#compare-from").queryComboBox().getItems().contains("Rev.1"));
        robot.interact(() -> {
            robot.lookup("#compare-from").queryComboBox().getSelectionModel().select("Zero draft");
            robot.lookup("#compare-to").queryComboBox().getSelectionModel().select("Rev.1");
        });
        robot.clickOn("#compare-run");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> compare.comparison() != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, compare.comparison().summary().changed());
        assertTrue(robot.lookup("#compare-summary").queryLabeled().getText().contains("1 changed"));
        ParagraphChange selected = compare.list().getSelectionModel().getSelectedItem();
        assertEquals(ChangeKind.CHANGED, selected.kind(), "the first change is selected");
        assertEquals(List.of("OP1"), selected.toLabels());

        WaitForAsyncUtils.waitFor(
                20, // the cells are drawn after a layout pass, slow on a loaded machine
                TimeUnit.SECONDS,
                () -> !compare.list().lookupAll(".diff-insert").isEmpty());
        Set<Text> inserted = robot.lookup(".diff-insert").queryAllAs(Text.class);
        assertTrue(
                inserted.stream().anyMatch(t -> t.getText().contains("Urgently") && t.isUnderline() && t.isVisible()),
                "the typed words are shown as an insertion, side by side: "
                        + inserted.stream().map(Text::getText).toList() + " diff " + selected.diff());
        robot.clickOn("#mode-inline");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(CompareViewModel.Mode.INLINE, compare.modeProperty().get());
        assertTrue(
                robot.lookup(".diff-insert").queryAllAs(Text.class).stream()
                        .anyMatch(t -> t.getText().contains("Urgently") && t.isUnderline()),
                "and in the inline redline");

        javafx.scene.Node cell = robot.lookup("#compare-list .list-cell").queryAll().stream()
                .filter(n -> ((javafx.scene.control.ListCell<?>) n).getItem() == selected)
                .findFirst()
                .orElseThrow();
        robot.doubleClickOn(cell);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Workspace.DRAFT.equals(ws.currentView()));
        assertEquals(
                op1.id(), ws.draft().currentParagraphProperty().get(), "double-click shows the paragraph in the draft");
        robot.interact(() -> ws.showView(HistoryViews.COMPARE));

        WindowTests.clickWhenShown(robot, "#changed-only");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, compare.list().getItems().size(), "only the changed paragraph is listed");

        Path older = org.penholder.docx.CompareDocxTest.write(
                dir.resolve("zero.docx"), org.penholder.docx.CompareDocxTest.OPERATIVE, true);
        Path newer = org.penholder.docx.CompareDocxTest.write(
                dir.resolve("rev1.docx"), org.penholder.docx.CompareDocxTest.revised(), false);
        dialogs.filesToOpen.add(older);
        dialogs.filesToOpen.add(newer);
        robot.clickOn("#compare-files");
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> compare.comparison() != null
                        && "zero.docx".equals(compare.comparison().from()));
        assertEquals(1, compare.comparison().summary().split(), "two Word files compare in the same view");

        dialogs.chosen = "Rev.1";
        robot.interact(() -> revisionMenu("menu-open-revision").fire());
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> javafx.stage.Window.getWindows().stream()
                        .anyMatch(w -> w instanceof Stage s && "Rev.1 (read only)".equals(s.getTitle())));
        Stage revision = (Stage) javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && "Rev.1 (read only)".equals(s.getTitle()))
                .findFirst()
                .orElseThrow();
        // the window may show before its first layout has made the rows
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() ->
                                revision.getScene().getRoot().lookupAll(".revision-label").stream()
                                        .anyMatch(n -> "1.".equals(((javafx.scene.control.Label) n).getText())))
                        .get());
        robot.interact(revision::close);
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        WindowTests.close(window);
    }

    @Test
    void acceptAProposalThenSeeItInTheParagraphsHistoryAndRestore(FxRobot robot) throws Exception {
        Workspace ws = open("proposals");
        Paragraph op1 = firstOperative(ws);
        String first = op1.text().split(" ")[0];
        long id = ws.session()
                .submit(() -> {
                    Project p = ws.session().project();
                    long eu = p.stakeholders()
                            .findOrCreate("European Union", null, null)
                            .id();
                    p.draftService().setStatus(op1.id(), ParagraphStatus.BRACKETED, new Author("X", ""));
                    return p.proposalService()
                            .proposeText(
                                    op1.id(),
                                    0,
                                    first.length(),
                                    "Strongly " + first.toLowerCase(Locale.ROOT),
                                    eu,
                                    "Stronger language",
                                    new Author("Secretariat", ""))
                            .id();
                })
                .get(10, TimeUnit.SECONDS);

        robot.interact(() -> revisionMenu("menu-amendments").fire());
        AmendmentsView view = window.history().amendmentsView();
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> view.table().getItems().size() == 1);
        robot.interact(() -> view.table().getSelectionModel().select(0));
        assertTrue(
                robot.lookup("#proposal-redline")
                        .lookup(".diff-insert")
                        .tryQuery()
                        .isPresent(),
                "the redline shows the proposal");
        robot.clickOn("#proposal-accept");
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> view.table().getItems().get(0).status().code().equals("accepted"));
        WindowTests.waitUntilSaved(ws);
        String accepted =
                "Strongly " + first.toLowerCase(Locale.ROOT) + op1.text().substring(first.length());
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> accepted.equals(ws.editor()
                        .area()
                        .getParagraph(WindowTests.lineOf(ws, op1.id()))
                        .getText()));

        robot.interact(() -> ws.showParagraph(op1.id()));
        robot.interact(() -> revisionMenu("menu-record-proposal").fire());
        assertEquals("1.", view.form().paragraph().getText(), "the form opens on the current paragraph");
        robot.interact(() -> {
            view.form().proposer().getEditor().setText("Group of 77 and China");
            view.form().kind().setValue(org.penholder.model.AmendmentKind.DELETE_TEXT);
            view.form().words().setText("Strongly");
        });
        robot.clickOn("#proposal-record");
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> view.table().getItems().size() == 2);
        assertEquals("Group of 77 and China", view.table().getItems().get(1).proposer());
        assertEquals("OP1", view.table().getItems().get(1).label());

        HistoryPane[] pane = new HistoryPane[1];
        robot.interact(() -> pane[0] = window.history().showHistory().orElseThrow());
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> pane[0].list().getItems().size() >= 3);
        var steps = pane[0].list().getItems();
        assertTrue(
                steps.stream()
                        .anyMatch(st -> Long.valueOf(id).equals(st.amendment().proposalId())),
                "a step carries out the proposal");
        assertEquals(
                org.penholder.model.AmendmentStatus.PROPOSED,
                steps.get(steps.size() - 1).amendment().status(),
                "the proposal just recorded is in the timeline");
        var original = steps.stream()
                .filter(s -> s.restorable() && op1.text().equals(s.text()))
                .findFirst()
                .orElseThrow();
        pane[0].restore(original).get(10, TimeUnit.SECONDS);
        WindowTests.waitUntilSaved(ws);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> op1.text()
                        .equals(ws.editor()
                                .area()
                                .getParagraph(WindowTests.lineOf(ws, op1.id()))
                                .getText()));
        robot.interact(() -> ws.draft().undo());
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> accepted.equals(ws.editor()
                        .area()
                        .getParagraph(WindowTests.lineOf(ws, op1.id()))
                        .getText()));

        long bracketed = ws.draft().outline().stream()
                .filter(r -> r.status() == ParagraphStatus.BRACKETED)
                .count();
        assertTrue(bracketed >= 1
                && bracketed
                        < ws.draft().outline().stream()
                                .filter(r -> r.kind().isParagraph())
                                .count());
        robot.interact(() -> ws.outline().showStatuses(Set.of(ParagraphStatus.BRACKETED)));
        assertEquals(
                bracketed,
                ws.outline().getItems().stream()
                        .filter(r -> r.kind().isParagraph())
                        .count(),
                "the outline shows only the bracketed paragraphs");
        assertTrue(ws.outline().getItems().stream()
                .filter(r -> r.kind().isParagraph())
                .allMatch(r -> r.status() == ParagraphStatus.BRACKETED));
        WindowTests.close(window);
    }
}
