package org.penholder.ui.inputs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.event.EventType;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.image.Image;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import javafx.util.Pair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.ingest.ImportDetails;
import org.penholder.ingest.MadeFiles;
import org.penholder.model.InputKind;
import org.penholder.model.Link;
import org.penholder.project.Project;
import org.penholder.ui.FakeDialogs;
import org.penholder.ui.WindowTests;
import org.penholder.ui.draft.OutlineRow;
import org.penholder.ui.main.MainWindow;
import org.penholder.ui.main.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drag and drop in the Inputs view: files dropped from the desktop are imported, a passage dragged
 * from the reader onto a paragraph of the outline is linked to it. The drag itself comes from the
 * platform, which the headless platform does not run, so the tests deliver the drag events a drop
 * gives, with a dragboard holding what the platform would put in it.
 */
@ExtendWith(ApplicationExtension.class)
class DragAndDropTest {

    @TempDir
    static Path dir;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = WindowTests.window(stage, dir, new FakeDialogs());
    }

    private Workspace open(Path file) throws Exception {
        return WindowTests.open(window, file);
    }

    private void close() throws Exception {
        WindowTests.close(window);
    }

    private static Dragboard board(ClipboardContent content) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
                    Dragboard board = DragboardHelper.createDragboard(new PlatformBoard());
                    board.setContent(content);
                    return board;
                })
                .get(10, TimeUnit.SECONDS);
    }

    /** What the platform hands over during a drag from the desktop: its content and the modes it allows. */
    private static final class PlatformBoard implements TKClipboard {
        private final Map<DataFormat, Object> content = new HashMap<>();

        @Override
        public Set<DataFormat> getContentTypes() {
            return content.keySet();
        }

        @Override
        @SafeVarargs
        public final boolean putContent(Pair<DataFormat, Object>... items) {
            for (Pair<DataFormat, Object> item : items) {
                content.put(item.getKey(), item.getValue());
            }
            return true;
        }

        @Override
        public Object getContent(DataFormat format) {
            return content.get(format);
        }

        @Override
        public boolean hasContent(DataFormat format) {
            return content.containsKey(format);
        }

        @Override
        public Set<TransferMode> getTransferModes() {
            return Set.of(TransferMode.COPY);
        }

        @Override
        public void setDragView(Image image) {}

        @Override
        public void setDragViewOffsetX(double offset) {}

        @Override
        public void setDragViewOffsetY(double offset) {}

        @Override
        public Image getDragView() {
            return null;
        }

        @Override
        public double getDragViewOffsetX() {
            return 0;
        }

        @Override
        public double getDragViewOffsetY() {
            return 0;
        }
    }

    /** Delivers one drag event to a node; true when the node accepted the drag or completed the drop. */
    private static boolean deliver(FxRobot robot, Node target, EventType<DragEvent> type, Dragboard board) {
        DragEvent[] seen = new DragEvent[1];
        robot.interact(() -> {
            DragEvent e = new DragEvent(type, board, 10, 10, 10, 10, TransferMode.COPY, null, target, null);
            target.addEventFilter(type, f -> seen[0] = f);
            target.fireEvent(e);
        });
        DragEvent e = seen[0];
        return type == DragEvent.DRAG_OVER ? e.isAccepted() : e.isDropCompleted();
    }

    @Test
    void filesDroppedOnTheInputsViewAreImported(FxRobot robot) throws Exception {
        Path file = TestFiles.sampleCopy(Files.createDirectories(dir.resolve("files")));
        Workspace ws = open(file);
        InputsView inputs = WaitForAsyncUtils.asyncFx(ws::inputs).get(10, TimeUnit.SECONDS);
        FakeInputDialogs dialogs = new FakeInputDialogs();
        inputs.setDialogs(dialogs);
        dialogs.details = new ImportDetails(
                "Réseau francophone", "Civil society", InputKind.WRITTEN, "Written submissions", null, null, List.of());
        robot.interact(() -> ws.showView(Workspace.INPUTS));

        ClipboardContent files = new ClipboardContent();
        files.putFiles(List.of(MadeFiles.multilingual().toFile()));
        Dragboard board = board(files);
        assertTrue(deliver(robot, inputs, DragEvent.DRAG_OVER, board), "files may be dropped on the Inputs view");
        assertTrue(deliver(robot, inputs, DragEvent.DRAG_DROPPED, board));

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !dialogs.reports.isEmpty());
        assertEquals(6, dialogs.reports.getFirst().imported().size(), "every input of the dropped folder");
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> inputs.table().getItems().size() == 21);

        ClipboardContent text = new ClipboardContent();
        text.putString("not a file");
        assertFalse(deliver(robot, inputs, DragEvent.DRAG_OVER, board(text)), "plain text is not taken for files");
        close();
    }

    @Test
    void aPassageDroppedOnAParagraphOfTheOutlineIsLinkedToIt(FxRobot robot) throws Exception {
        Path file = TestFiles.sampleCopy(Files.createDirectories(dir.resolve("passage")));
        long inputId;
        String paragraphId;
        int linksBefore;
        try (Project p = Project.open(file, Project.Access.READ)) {
            inputId = p.inputs().all().getFirst().id();
            paragraphId =
                    p.draftService().draft().paragraphsInOrder().getFirst().id();
            linksBefore = p.links().ofParagraph(paragraphId).size();
        }
        Workspace ws = open(file);
        WaitForAsyncUtils.asyncFx(ws::inputs).get(10, TimeUnit.SECONDS);
        robot.interact(() -> ws.showView(Workspace.INPUTS));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        IndexedCell<OutlineRow> cell = robot.lookup("#inputs-outline .list-cell").queryAll().stream()
                .map(n -> (IndexedCell<OutlineRow>) n)
                .filter(c ->
                        c.getItem() != null && paragraphId.equals(c.getItem().id()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the first paragraph is in the outline"));

        ClipboardContent passage = new ClipboardContent();
        passage.put(ReaderView.PASSAGE, inputId + ":0:40");
        Dragboard board = board(passage);
        assertTrue(deliver(robot, cell, DragEvent.DRAG_OVER, board), "a paragraph takes a passage");
        assertTrue(deliver(robot, cell, DragEvent.DRAG_DROPPED, board));
        ws.session().drained().get(10, TimeUnit.SECONDS);
        close();

        try (Project p = Project.open(file, Project.Access.READ)) {
            List<Link> links = p.links().ofParagraph(paragraphId);
            assertEquals(linksBefore + 1, links.size(), "the dropped passage is linked and saved");
            assertTrue(links.stream().anyMatch(l -> l.inputId() == inputId && l.start() == 0 && l.end() == 40));
        }
    }
}
