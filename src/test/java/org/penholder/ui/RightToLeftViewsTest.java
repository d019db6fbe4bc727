package org.penholder.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.history.RevisionService;
import org.penholder.model.InputCoverage;
import org.penholder.ui.common.SafeLine;
import org.penholder.ui.coverage.CoverageView;
import org.penholder.ui.history.CompareView;
import org.penholder.ui.history.CompareViewModel;
import org.penholder.ui.history.HistoryViews;
import org.penholder.ui.inputs.ListsView;
import org.penholder.ui.inputs.StakeholdersView;
import org.penholder.ui.main.MainWindow;
import org.penholder.ui.main.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Arabic and Hebrew everywhere, every view of the workspace in turn at two window widths: no
 * exception on the FX thread. JavaFX fails on right-to-left text wrapped in one node
 * (docs/adr/0060); a view that fails is left half drawn without anything else telling.
 */
@ExtendWith(ApplicationExtension.class)
class RightToLeftViewsTest {

    @TempDir
    static Path dir;

    private MainWindow window;
    private final List<Throwable> fxErrors = new CopyOnWriteArrayList<>();
    private Thread fxThread;
    private Thread.UncaughtExceptionHandler previousHandler;

    @Start
    void start(Stage stage) {
        fxThread = Thread.currentThread();
        previousHandler = fxThread.getUncaughtExceptionHandler();
        fxThread.setUncaughtExceptionHandler((t, e) -> {
            fxErrors.add(e);
            if (previousHandler != null) {
                previousHandler.uncaughtException(t, e);
            }
        });
        window = WindowTests.window(stage, dir, new FakeDialogs());
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> new ArrayList<>(Window.getWindows())
                        .stream()
                                .filter(w -> w != window.stage() && w instanceof Stage)
                                .forEach(w -> ((Stage) w).close()))
                .get(10, TimeUnit.SECONDS);
        WindowTests.close(window);
        fxThread.setUncaughtExceptionHandler(previousHandler);
    }

    /** Makes a {@link RightToLeftProject} in a folder of its own, closes it, and opens it in the window. */
    private RightToLeftProject made(String folder) throws Exception {
        Path file = dir.resolve(folder).resolve("rtl.penholder");
        Files.createDirectories(file.getParent());
        RightToLeftProject made = new RightToLeftProject(file);
        // an adopted text in Arabic, made up, for the Agreed Texts view and the Sources panel's part
        Path adopted = Files.writeString(file.getParent().resolve("adopted-ar.txt"), """
                The General Assembly,
                1. \u062a\u0624\u0643\u062f \u0627\u0644\u062a\u0632\u0627\u0645\u0647\u0627 \u0628\u0646\u0634\u0631 \u062c\u062f\u0627\u0648\u0644 \u0627\u0644\u0645\u062f \u0648\u0627\u0644\u062c\u0632\u0631 \u0641\u064a \u0643\u0644 \u0645\u0648\u0633\u0645 \u0628\u062c\u0645\u064a\u0639 \u0627\u0644\u0644\u063a\u0627\u062a \u0627\u0644\u0631\u0633\u0645\u064a\u0629.
                2. \u062a\u0634\u062c\u0639 \u0627\u0644\u062f\u0648\u0644 \u0627\u0644\u0623\u0639\u0636\u0627\u0621 \u0639\u0644\u0649 \u062a\u062f\u0631\u064a\u0628 \u0627\u0644\u0645\u0644\u0627\u062d\u064a\u0646 \u0627\u0644\u0634\u0628\u0627\u0628 \u0639\u0644\u0649 \u0642\u0631\u0627\u0621\u0629 \u0627\u0644\u062e\u0631\u0627\u0626\u0637 \u0627\u0644\u0633\u0627\u062a\u0644\u064a\u0629.
                """);
        made.project
                .agreedLibrary()
                .importFiles(
                        List.of(adopted),
                        new org.penholder.adopted.AgreedLibrary.Details("A/RES/90/9", "قرار", null, null));
        made.project.close();
        WindowTests.open(window, file);
        return made;
    }

    @Test
    void everyViewShowsRightToLeftTextAtEveryWidth(FxRobot robot) throws Exception {
        RightToLeftProject made = made("tour");
        Workspace ws = window.workspace();
        for (double width : new double[] {1000, 640}) {
            robot.interact(() -> window.stage().setWidth(width));
            tour(robot, ws, made);
            assertEquals(
                    List.of(),
                    fxErrors.stream().map(Throwable::toString).toList(),
                    "no exception on the FX thread at " + width + " px");
        }
    }

    @Test
    void anArabicParagraphIsEditedWithOneSegmentPerWordAndItsCaretWhereItsText(FxRobot robot) throws Exception {
        RightToLeftProject made = made("edit");
        Workspace ws = window.workspace();
        var area = ws.editor().area();
        int line = WindowTests.lineOf(ws, made.op1);
        robot.interact(() -> ws.showParagraph(made.op1));
        assertWordsApart(area.getParagraph(line).getStyleSpans());
        assertFalse(area.lookupAll(".rtl-line").isEmpty(), "Arabic lines are aligned right");

        // the line is aligned right and read from the right: its start is at its right end, caret and clicks alike
        double[] at = new double[3];
        robot.interact(() -> {
            area.moveTo(line, 0);
            area.layout();
            javafx.geometry.Bounds par =
                    area.screenToLocal(area.getParagraphBoundsOnScreen(line).orElseThrow());
            javafx.geometry.Bounds caret =
                    area.screenToLocal(area.getCaretBounds().orElseThrow());
            at[0] = par.getMaxX() - caret.getMinX();
            at[1] = area.hit(caret.getMinX() - 3, caret.getMinY() + caret.getHeight() / 2)
                            .getInsertionIndex()
                    - area.getAbsolutePosition(line, 0);
            at[2] = area.hit(par.getMinX() + 70, caret.getMinY() + caret.getHeight() / 2)
                            .getInsertionIndex()
                    - area.getAbsolutePosition(line, 0);
        });
        assertTrue(at[0] < 40, "the caret at the start of the line is at its right end: " + at[0] + " px from it");
        assertTrue(at[1] <= 2, "a click just left of that caret lands at the start: " + at[1]);
        assertTrue(at[2] > 20, "a click at the left of the first line lands further on: " + at[2]);

        robot.interact(() -> {
            area.requestFocus();
            area.insertText(line, 0, "إننا ");
        });
        WindowTests.waitUntilSaved(ws);
        String typed = ws.session()
                .submit(() -> ws.session()
                        .project()
                        .drafts()
                        .paragraph(made.op1)
                        .orElseThrow()
                        .text())
                .get(10, TimeUnit.SECONDS);
        assertTrue(typed.startsWith("إننا نلتزم بتحقيق"), typed);
        assertWordsApart(area.getParagraph(line).getStyleSpans());
        robot.interact(() -> area.selectRange(line, 0, line, 4));
        assertEquals("إننا", area.getSelectedText());
        assertEquals(List.of(), fxErrors.stream().map(Throwable::toString).toList());
    }

    /**
     * One-line rows cut short with an ellipsis: the outline's row of a paragraph (SafeLineTest
     * checks the English name in parentheses further on), the library's titles, the reader's line of details. A label draws its
     * text as one node, which JavaFX draws out of order (docs/adr/0060): they show safe lines.
     */
    @Test
    void oneLineRowsReadFromRightToLeftAndEndWithTheirEllipsisAtTheLeft(FxRobot robot) throws Exception {
        RightToLeftProject made = made("rows");
        Workspace ws = window.workspace();
        robot.interact(() -> window.stage().setWidth(1400));
        robot.interact(() -> ws.showView(Workspace.INPUTS));
        ws.inputs().open(made.egypt, null).get(10, TimeUnit.SECONDS);
        settle(robot, ws);
        robot.interact(() -> {
            javafx.scene.control.ListCell<?> row = ws.outline().lookupAll(".list-cell").stream()
                    .map(n -> (javafx.scene.control.ListCell<?>) n)
                    .filter(c -> c.getItem() instanceof org.penholder.ui.draft.OutlineRow r && made.op2.equals(r.id()))
                    .findFirst()
                    .orElseThrow();
            SafeLine line = lineOf((javafx.scene.control.Label) row.lookup(".outline-text"));
            assertTrue(line.isCut(), "the paragraph is longer than the outline is wide");
            List<Text> shown = line.shown();
            assertEquals("نرحب ", shown.getFirst().getText());
            assertEllipsisAtTheLeftOfARightToLeftLine(shown);

            var titles = ws.inputs().lookup("#library").lookupAll(".library-title").stream()
                    .map(n -> (javafx.scene.control.Label) n)
                    .toList();
            var isoc = titles.stream()
                    .filter(l -> "ISOC: written submission".equals(l.getText()))
                    .findFirst()
                    .orElseThrow();
            assertFalse(isoc.getGraphic() instanceof SafeLine, "an English title is the label's own text");
            var egypt = titles.stream()
                    .filter(l ->
                            SafeLine.textOf(l) != null && SafeLine.textOf(l).startsWith("مساهمة مكتوبة"))
                    .findFirst()
                    .orElseThrow();
            SafeLine title = lineOf(egypt);
            assertTrue(title.isCut());
            assertEllipsisAtTheLeftOfARightToLeftLine(title.shown());

            // the details of the input read from left to right, field by field: the date after the Arabic name
            var fields = ((javafx.scene.Parent) ws.inputs().reader().lookup(".field-line"))
                    .getChildrenUnmodifiable().stream()
                            .map(n -> (javafx.scene.control.Label) n)
                            .toList();
            var name = fields.stream()
                    .filter(l -> "جمهورية مصر العربية".equals(SafeLine.textOf(l)))
                    .findFirst()
                    .orElseThrow();
            var date = fields.stream()
                    .filter(l -> "29 Jul 2025".equals(SafeLine.textOf(l)) || "29 July 2025".equals(SafeLine.textOf(l)))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(
                            fields.stream().map(SafeLine::textOf).toList().toString()));
            assertTrue(
                    name.localToScene(name.getBoundsInLocal()).getMaxX()
                            < date.localToScene(date.getBoundsInLocal()).getMinX(),
                    "the date is right of the stakeholder, as the fields read");
        });
        assertEquals(List.of(), fxErrors.stream().map(Throwable::toString).toList());
    }

    private static SafeLine lineOf(javafx.scene.control.Label label) {
        assertTrue(label.getGraphic() instanceof SafeLine, "shown through a safe line: " + label);
        return (SafeLine) label.getGraphic();
    }

    /** Pieces holding right-to-left letters each left of the one before; the ellipsis, last, left of them all. */
    private static void assertEllipsisAtTheLeftOfARightToLeftLine(List<Text> shown) {
        Text ellipsis = shown.getLast();
        assertTrue(ellipsis.getText().equals("...") || ellipsis.getText().equals("\u2026"), ellipsis.getText());
        Text previous = null;
        for (Text t : shown.subList(0, shown.size() - 1)) {
            assertLeftOf(ellipsis, t);
            if (org.penholder.ui.common.RtlSafeText.hasRightToLeft(t.getText())) {
                if (previous != null) {
                    assertLeftOf(t, previous);
                }
                previous = t;
            }
        }
    }

    private static void assertLeftOf(Text left, Text right) {
        javafx.geometry.Bounds l = left.localToScene(left.getBoundsInLocal());
        javafx.geometry.Bounds r = right.localToScene(right.getBoundsInLocal());
        assertTrue(
                l.getMaxX() <= r.getMinX() + 0.5,
                "[" + left.getText() + "] " + l.getMinX() + ".." + l.getMaxX() + " should be left of ["
                        + right.getText() + "] " + r.getMinX() + ".." + r.getMaxX());
    }

    /** Every word of a right-to-left line is a segment of its own: no two neighbouring spans share their classes. */
    private static void assertWordsApart(org.fxmisc.richtext.model.StyleSpans<java.util.Collection<String>> spans) {
        assertTrue(spans.getSpanCount() > 20, "one span per word: " + spans.getSpanCount());
        for (int i = 1; i < spans.getSpanCount(); i++) {
            assertFalse(
                    Set.copyOf(spans.getStyleSpan(i).getStyle())
                            .equals(Set.copyOf(spans.getStyleSpan(i - 1).getStyle())),
                    "spans " + (i - 1) + " and " + i + " would merge");
        }
    }

    private void tour(FxRobot robot, Workspace ws, RightToLeftProject made) throws Exception {
        robot.interact(() -> ws.showParagraph(made.op1));
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> !ws.sources().list().getItems().isEmpty());
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> !ws.sources().suggestions().list().getItems().isEmpty());
        settle(robot, ws);
        assertTrue(ws.sources().list().getItems().getFirst().link().note().startsWith("يعكس"), "an Arabic note shows");

        robot.interact(() -> ws.showView(Workspace.INPUTS));
        ws.inputs().open(made.egypt, null).get(10, TimeUnit.SECONDS);
        settle(robot, ws);
        assertTrue(ws.inputs().reader().area().getText().startsWith("الفقرة 1"), "the reader shows the Arabic input");
        robot.interact(() -> ws.inputs().searchField().setText("الاتصال"));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> !ws.inputs().viewModel().rows().isEmpty()
                        && ws.inputs().viewModel().rows().getFirst().hit() != null);
        settle(robot, ws);
        robot.interact(() -> ws.inputs().searchField().setText(""));

        for (String view : List.of(StakeholdersView.NAME, ListsView.NAME)) {
            robot.interact(() -> ws.showView(view));
            settle(robot, ws);
        }
        robot.interact(() -> ws.showView(org.penholder.ui.agreed.AgreedTextsView.NAME));
        settle(robot, ws);
        robot.interact(() -> ws.agreed().view().textList().getSelectionModel().select(0));
        settle(robot, ws);

        robot.interact(() -> ws.showView(CoverageView.NAME));
        settle(robot, ws);
        TabPane coverageTabs = robot.lookup("#coverage-tabs").queryAs(TabPane.class);
        for (Tab tab : coverageTabs.getTabs()) {
            robot.interact(() -> coverageTabs.getSelectionModel().select(tab));
            settle(robot, ws);
            if (tab.getId().equals("coverage-tab-not-reflected")) {
                @SuppressWarnings("unchecked")
                TableView<InputCoverage> unreflected =
                        robot.lookup("#unreflected-table").queryAs(TableView.class);
                InputCoverage league = unreflected.getItems().stream()
                        .filter(i -> i.id() == made.league)
                        .findFirst()
                        .orElseThrow();
                robot.interact(() -> unreflected.getSelectionModel().select(league));
                WaitForAsyncUtils.waitFor(
                        10,
                        TimeUnit.SECONDS,
                        () -> robot.lookup("#preview-text")
                                .tryQuery()
                                .filter(javafx.scene.Node::isVisible)
                                .isPresent());
                settle(robot, ws);
            }
        }

        robot.interact(() -> ws.showView(HistoryViews.AMENDMENTS));
        var amendments = window.history().amendmentsView();
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> !amendments.table().getItems().isEmpty());
        robot.interact(() -> amendments.table().getSelectionModel().selectFirst());
        settle(robot, ws);

        robot.interact(() -> ws.showView(HistoryViews.COMPARE));
        CompareView compare = window.history().compareView();
        WaitForAsyncUtils.asyncFx(
                        () -> compare.compareRevisions(RightToLeftProject.ZERO_DRAFT, RevisionService.CURRENT))
                .get(10, TimeUnit.SECONDS)
                .get(20, TimeUnit.SECONDS);
        settle(robot, ws);
        assertFalse(compare.list().lookupAll(".diff-insert").isEmpty(), "the Arabic changes show");
        robot.interact(() -> compare.modeProperty().set(CompareViewModel.Mode.INLINE));
        settle(robot, ws);
        robot.interact(() -> compare.modeProperty().set(CompareViewModel.Mode.SIDE_BY_SIDE));
        settle(robot, ws);

        robot.interact(() -> ws.showParagraph(made.op1));
        robot.interact(() -> window.history().showHistory().orElseThrow());
        settle(robot, ws);
        WaitForAsyncUtils.asyncFx(() -> window.history().openRevision(RightToLeftProject.ZERO_DRAFT))
                .get(10, TimeUnit.SECONDS)
                .get(10, TimeUnit.SECONDS);
        settle(robot, ws);
        robot.interact(() -> new ArrayList<>(Window.getWindows())
                .stream().filter(w -> w != window.stage() && w instanceof Stage).forEach(w -> ((Stage) w).close()));
        robot.interact(() -> ws.showView(Workspace.DRAFT));
        settle(robot, ws);
    }

    /** Waits for the project's thread, then forces CSS and layout of every window, twice (cells made by the first). */
    private void settle(FxRobot robot, Workspace ws) throws Exception {
        ws.session().drained().get(10, TimeUnit.SECONDS);
        for (int i = 0; i < 2; i++) {
            robot.interact(() -> {
                for (Window w : new ArrayList<>(Window.getWindows())) {
                    if (w.getScene() != null) {
                        try {
                            w.getScene().getRoot().applyCss();
                            w.getScene().getRoot().layout();
                        } catch (RuntimeException e) {
                            fxErrors.add(e);
                        }
                    }
                }
            });
        }
    }
}
