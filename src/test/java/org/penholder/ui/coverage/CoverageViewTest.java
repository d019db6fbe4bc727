package org.penholder.ui.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.coverage.MadeUpProject;
import org.penholder.coverage.ParagraphSources;
import org.penholder.model.InputCoverage;
import org.penholder.settings.UserSettings;
import org.penholder.ui.ProjectSession;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The coverage view as a drafter uses it: figures that follow links, the lists, read and link. */
@ExtendWith(ApplicationExtension.class)
class CoverageViewTest {

    @TempDir
    static Path dir;

    private MadeUpProject m;
    private ProjectSession session;
    private CoverageView view;
    private final List<String> shown = new CopyOnWriteArrayList<>();
    private final List<Long> opened = new CopyOnWriteArrayList<>();
    private final List<Throwable> fxErrors = new CopyOnWriteArrayList<>();
    private Thread fxThread;
    private Thread.UncaughtExceptionHandler previousHandler;

    @Start
    void start(Stage stage) throws Exception {
        org.penholder.ui.common.Themes.apply(UserSettings.Theme.LIGHT);
        // an exception on the FX thread leaves a view half drawn without failing anything: collect them
        fxThread = Thread.currentThread();
        previousHandler = fxThread.getUncaughtExceptionHandler();
        fxThread.setUncaughtExceptionHandler((t, e) -> {
            fxErrors.add(e);
            previousHandler.uncaughtException(t, e);
        });
        java.nio.file.Path file =
                java.nio.file.Files.createTempDirectory(dir, "p").resolve("made-up.penholder");
        m = new MadeUpProject(file);
        session = new ProjectSession(m.project, Platform::runLater, () -> MadeUpProject.AUTHOR);
        view = new CoverageView(session, shown::add, opened::add);
        stage.setScene(new Scene(view, 1000, 780));
        stage.show();
        view.setShowing(true);
    }

    @AfterEach
    void close() {
        session.close();
        fxThread.setUncaughtExceptionHandler(previousHandler);
        assertEquals(List.of(), fxErrors, "no exception on the FX thread");
    }

    private void settle() throws Exception {
        for (int i = 0; i < 2; i++) {
            session.drained().get(10, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** reflected and not reflected counts on the bar of a category of an uptake chart. */
    private static List<Long> bar(UptakeChart chart, String category) {
        return chart.chart().getData().stream()
                .map(series -> series.getData().stream()
                        .filter(d -> d.getYValue().equals(category))
                        .findFirst()
                        .map(XYChart.Data::getXValue)
                        .orElseThrow(() -> new AssertionError("no bar " + category))
                        .longValue())
                .toList();
    }

    private List<Long> tableIds() {
        TableView<InputCoverage> table = view.unreflectedPane().tableView();
        return table.getItems().stream().map(InputCoverage::id).toList();
    }

    @Test
    void theFiguresFollowLinksAddedAndRemoved(FxRobot robot) throws Exception {
        settle();
        var reflected = robot.lookup("#tile-reflected").queryAs(CoverageView.Tile.class);
        assertEquals("67%", reflected.figure());
        assertEquals("4 of 6 inputs reflected", reflected.caption());
        assertEquals(List.of(1L, 1L), bar(view.groupChart(), "Civil society  50%"));
        assertEquals(List.of(2L, 0L), bar(view.clusterChart(), "Internet Governance  100%"));
        assertEquals(List.of(m.icc, m.apcOral), tableIds());
        assertEquals(
                List.of(m.op3),
                view.paragraphsPane().orphanList().getItems().stream()
                        .map(p -> p.paragraph().id())
                        .toList());
        assertEquals(
                "1",
                robot.lookup("#tile-orphans").queryAs(CoverageView.Tile.class).figure());

        long link = session.submit(() -> m.link(m.op3, m.apcOral, "Data governance"))
                .get(10, TimeUnit.SECONDS);
        settle();
        assertEquals("83%", reflected.figure());
        assertEquals(List.of(2L, 0L), bar(view.groupChart(), "Civil society  100%"));
        assertEquals(List.of(1L, 0L), bar(view.clusterChart(), "Data Governance  100%"));
        assertEquals(List.of(m.icc), tableIds());
        assertEquals(List.of(), view.paragraphsPane().orphanList().getItems());
        assertEquals(
                "0",
                robot.lookup("#tile-orphans").queryAs(CoverageView.Tile.class).figure());
        BalanceChart.Bar b = view.paragraphsPane().sectionChart().bars().stream()
                .filter(x -> x.name().equals("Section B"))
                .findFirst()
                .orElseThrow();
        assertEquals(java.util.Map.of("Civil society", 1), b.inputsByGroup(), "the section's balance follows too");

        session.submit(() -> {
                    m.project.links().remove(link);
                    return null;
                })
                .get(10, TimeUnit.SECONDS);
        settle();
        assertEquals("67%", reflected.figure());
        assertEquals(List.of(1L, 1L), bar(view.groupChart(), "Civil society  50%"));
        assertEquals(List.of(m.icc, m.apcOral), tableIds());
    }

    @Test
    void aBarTellsItsFiguresWhenThePointerReachesIt(FxRobot robot) throws Exception {
        settle();
        var bars = view.groupChart().chart().getData().stream()
                .flatMap(series -> series.getData().stream())
                .map(XYChart.Data::getNode)
                .toList();
        assertTrue(
                bars.stream().noneMatch(b -> b.getProperties().containsKey(TOOLTIP)),
                "a full project's charts have hundreds of bars: none gets its tooltip before it is pointed at");
        javafx.scene.Node civil = view.groupChart().chart().getData().get(0).getData().stream()
                .filter(d -> d.getYValue().equals("Civil society  50%"))
                .findFirst()
                .orElseThrow()
                .getNode();
        robot.moveTo(civil);
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> civil.getProperties().get(TOOLTIP) != null);
        assertEquals(
                "Civil society: 1 of 2 inputs reflected (50%)",
                ((javafx.scene.control.Tooltip) civil.getProperties().get(TOOLTIP)).getText());
    }

    /** Where JavaFX keeps the tooltip installed on a node. */
    private static final String TOOLTIP = "javafx.scene.control.Tooltip";

    @Test
    void anUnreflectedInputIsReadThenHandedToTheReader(FxRobot robot) throws Exception {
        settle();
        robot.clickOn("#coverage-tab-not-reflected");
        settle();
        robot.interact(() -> view.viewModel().groupFilterProperty().set("Civil society"));
        assertEquals(List.of(m.apcOral), tableIds(), "filtered by group");
        robot.interact(() -> view.viewModel().groupFilterProperty().set(CoverageViewModel.ALL));
        robot.clickOn("#unreflected-words").write("chamber");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(m.icc), tableIds(), "filtered by the words typed");
        assertEquals(
                "1 of 2 inputs",
                robot.lookup("#unreflected-count").queryLabeled().getText());

        robot.clickOn("ICC: written submission");
        settle();
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> "Investment needs legal certainty."
                        .equals(robot.lookup("#preview-text")
                                .queryAs(org.penholder.ui.common.TextPreview.class)
                                .getText()));
        assertEquals(
                "ICC: written submission",
                robot.lookup("#preview-title")
                        .queryAs(org.penholder.ui.common.SafeTextFlow.class)
                        .getText());
        robot.clickOn("#read-and-link");
        assertEquals(List.of(m.icc), opened, "Read and link hands the input to the reader");
        robot.doubleClickOn("ICC: written submission");
        assertEquals(List.of(m.icc, m.icc), opened);
    }

    @Test
    void anOrphanIsShownInTheDraftAndTheReportListsSources(FxRobot robot) throws Exception {
        settle();
        robot.clickOn("#coverage-tab-paragraphs");
        settle();
        ListView<ParagraphSources> orphans = view.paragraphsPane().orphanList();
        assertEquals(1, orphans.getItems().size());
        robot.clickOn("We decide to meet again.");
        assertEquals(List.of(m.op3), shown);
        assertEquals(
                List.of("Preamble", "Section A", "Section B"),
                view.paragraphsPane().sectionChart().bars().stream()
                        .map(BalanceChart.Bar::name)
                        .toList());

        robot.clickOn("#coverage-tab-report");
        settle();
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> !view.reportPane().rows().getItems().isEmpty());
        var rows = view.reportPane().rows().getItems();
        var op1 = rows.stream()
                .filter(r ->
                        r instanceof ReportPane.Entry e && e.paragraph().id().equals(m.op1))
                .map(r -> (ReportPane.Entry) r)
                .findFirst()
                .orElseThrow();
        assertEquals(
                List.of(
                        "Meaningful connectivity for all.",
                        "Human rights online as offline.",
                        "multistakeholder model"),
                op1.sources().stream().map(s -> s.link().quote()).toList());
        assertTrue(robot.lookup("No linked source.").tryQuery().isPresent(), "the orphan says so in the report");
    }
}
