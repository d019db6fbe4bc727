package org.penholder.ui.inputs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.model.ListEntry;
import org.penholder.model.ListKind;
import org.penholder.project.Project;
import org.penholder.ui.FakeDialogs;
import org.penholder.ui.WindowTests;
import org.penholder.ui.main.MainWindow;
import org.penholder.ui.main.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A drafter adds a cluster of their own, sees it offered, and takes it back with Undo. */
@ExtendWith(ApplicationExtension.class)
class ListsViewTest {

    @TempDir
    static Path dir;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = WindowTests.window(stage, dir, new FakeDialogs());
    }

    @Test
    void addAClusterThenUndoIt(FxRobot robot) throws Exception {
        Path file = WindowTests.sampleIn(dir, "lists");
        Workspace ws = WindowTests.open(window, file);
        var inputsView =
                WaitForAsyncUtils.asyncFx(ws::inputs).get(10, TimeUnit.SECONDS); // built, so it has choices to refresh
        robot.interact(() -> ws.showView(ListsView.NAME));
        var clusters = ws.lists().list(ListKind.CLUSTERS);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> clusters.getItems().size() == 15);

        TextField name = robot.lookup("#list-new-clusters").query();
        robot.clickOn(name).write("Linguistic diversity").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> clusters.getItems().size() == 16);
        ListEntry added = clusters.getItems().get(15);
        assertEquals("Linguistic diversity", added.name());
        assertEquals(0, added.uses());
        // the Inputs view, hidden meanwhile, reads its filters again once shown
        robot.interact(() -> ws.showView(Workspace.INPUTS));
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> inputsView.viewModel().tags().stream()
                        .anyMatch(t -> t.name().equals("Linguistic diversity")));

        robot.interact(() -> ws.showView(ListsView.NAME));
        robot.clickOn(name).write("digital economy").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(16, clusters.getItems().size(), "a name already in the list is not added twice");
        assertTrue(robot.lookup("#list-problem-clusters")
                .queryAs(org.penholder.ui.common.SafeTextFlow.class)
                .getText()
                .contains("already"));

        assertEquals(
                "Add the cluster \"Linguistic diversity\"",
                ws.session().undoDescriptionProperty().get());
        robot.interact(() -> ((javafx.scene.control.MenuBar)
                        window.stage().getScene().lookup(".menu-bar"))
                .getMenus().get(1).getItems().stream()
                        .filter(i -> "menu-undo".equals(i.getId()))
                        .findFirst()
                        .orElseThrow()
                        .fire());
        ws.session().drained().get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> clusters.getItems().size() == 15);
        WindowTests.close(window);
        try (Project p = Project.open(file, Project.Access.READ)) {
            assertTrue(p.lists().entries(ListKind.CLUSTERS).stream()
                    .noneMatch(e -> e.name().equals("Linguistic diversity")));
        }
    }
}
