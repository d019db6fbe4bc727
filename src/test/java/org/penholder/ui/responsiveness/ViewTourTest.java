package org.penholder.ui.responsiveness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.bench.ProjectGenerator;
import org.penholder.project.Project;
import org.penholder.ui.FakeDialogs;
import org.penholder.ui.WindowTests;
import org.penholder.ui.main.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window on a project larger than a screenful everywhere, gone through view by view and
 * scrolled to the end: the UI thread never reads the project file, every list builds only about a
 * screenful of cells, and no view reads the texts of all the inputs.
 */
@ExtendWith(ApplicationExtension.class)
class ViewTourTest {

    @TempDir
    static Path dir;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = WindowTests.window(stage, dir, new FakeDialogs());
    }

    @Test
    void everyViewStaysOffTheFileAndBuildsAScreenfulOfRows() throws Exception {
        // 200 inputs, 80 paragraphs, 120 amendments: every list is several screens long
        ProjectGenerator.Plan plan = new ProjectGenerator.Plan(200, 30, 80, 3, 120, 100, 6, 50);
        Path file = dir.resolve("tour.penholder");
        try (Project p = new ProjectGenerator(plan, 11, s -> {}).generate(file)) {
            assertEquals(200, p.inputs().count());
        }

        ViewTour tour = new ViewTour(window, phase -> {}, 60);
        try (FileAccessWatch watch = FileAccessWatch.start()) {
            tour.run(file);

            assertTrue(watch.onUiThread().isEmpty(), watch.describe());
            int texts = watch.accessesBy("InputStore.text");
            assertTrue(texts >= 1, "the reader read the text of the input it shows");
            // the reader reads the input it shows, suggested sources the best few for each paragraph shown
            assertTrue(texts < 100, "the views read " + texts + " input texts of 200; only those shown are read");
        }

        Map<String, Integer> rows = tour.rowsListed();
        Map<String, Integer> cells = tour.cellsBuilt();
        for (String list : List.of("outline 0", "inputs library 0", "Amendments > Log 0", "compare 0")) {
            assertTrue(rows.getOrDefault(list, 0) >= 75, list + " lists several screens of rows: " + rows);
            // a screenful of this window (780 px) and the few a list keeps for reuse
            assertTrue(
                    cells.get(list) < 60,
                    list + " built " + cells.get(list) + " cells for " + rows.get(list) + " rows");
        }
    }

    @Test
    void aReadOnTheUiThreadIsCaughtWithTheCodeThatMadeIt(FxRobot robot) throws Exception {
        Path file = TestFiles.sampleCopy(dir);
        try (Project p = Project.open(file, Project.Access.READ);
                FileAccessWatch watch = FileAccessWatch.start()) {
            p.inputs().count(); // off the UI thread: counted, not caught
            assertTrue(watch.onUiThread().isEmpty());
            robot.interact(() -> p.inputs().text(p.inputs().all().get(0).id()));
            assertEquals(2, watch.onUiThread().size(), watch.describe());
            assertTrue(watch.describe().contains("InputStore.text"), watch.describe());
            assertEquals(1, watch.accessesBy("InputStore.count"));
            assertEquals(1, watch.accessesBy("InputStore.text"));
        }
    }
}
