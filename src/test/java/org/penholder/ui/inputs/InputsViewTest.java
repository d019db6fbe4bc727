package org.penholder.ui.inputs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.ingest.ImportDetails;
import org.penholder.ingest.MadeFiles;
import org.penholder.model.Author;
import org.penholder.model.InputKind;
import org.penholder.model.Link;
import org.penholder.model.LinkedPassage;
import org.penholder.project.Project;
import org.penholder.settings.UserSettings;
import org.penholder.ui.FakeDialogs;
import org.penholder.ui.ProjectSession;
import org.penholder.ui.main.MainWindow;
import org.penholder.ui.main.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Inputs view as a drafter uses it: import, search, read, select a passage, link it, reopen. */
@ExtendWith(ApplicationExtension.class)
class InputsViewTest {

    @TempDir
    static Path dir;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        UserSettings settings = UserSettings.load(dir.resolve("config"), dir.resolve("data"));
        settings.setAuthor(new Author("Test Drafter", "Co-facilitators"));
        window = new MainWindow(stage, settings, new FakeDialogs());
        window.setOnQuit(() -> {});
        stage.setWidth(1000);
        stage.setHeight(900);
        stage.show();
    }

    private Workspace openAndWait(Path file) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.open(file))
                .get(10, TimeUnit.SECONDS)
                .get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return window.workspace();
    }

    private void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.closeProject())
                .get(10, TimeUnit.SECONDS)
                .get(30, TimeUnit.SECONDS);
    }

    private static void settle(Workspace ws) throws Exception {
        ws.session().drained().get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        ws.session().drained().get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void selectAPassageLinkItWithTheShortcutAndFindItAgainAfterReopening(FxRobot robot) throws Exception {
        Path file = TestFiles.sampleCopy(Files.createDirectories(dir.resolve("link")));
        Workspace ws = openAndWait(file);
        robot.interact(() -> ws.showView(Workspace.INPUTS)); // the Inputs view is built when first shown
        InputsView inputs = ws.inputs();

        // a search narrows the library and shows the matching words
        org.penholder.ui.WindowTests.clickWhenShown(robot, "#inputs-search");
        robot.interact(() -> inputs.searchField().setText("\"community networks\" satellite*"));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> inputs.table().getItems().size() == 1
                        && inputs.table().getItems().getFirst().hit() != null);
        LibraryRow row = inputs.table().getItems().getFirst();
        assertTrue(
                row.hit().plainSnippet().toLowerCase(Locale.ROOT).contains("community networks"),
                row.hit().snippet());

        // open it in the reader and select a passage by hand
        robot.interact(() -> inputs.table().getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> inputs.reader().input() != null && inputs.reader().input().id() == row.id());
        String text = inputs.reader().area().getText();
        int start = text.toLowerCase(Locale.ROOT).indexOf("community networks");
        int end = start + "community networks".length();
        String paragraph = ws.draft().currentParagraphProperty().get();
        String label = ws.draft().label(paragraph).orElseThrow();
        int sourcesBefore = ws.draft().sources(paragraph);
        robot.interact(() -> {
            inputs.reader().area().requestFocus();
            inputs.reader().area().selectRange(start, end);
        });
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        settle(ws);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ws.draft().sources(paragraph) == sourcesBefore + 1);

        // the Sources panel shows it, the reader highlights it for the current paragraph
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> ws.sources().list().getItems().stream()
                        .anyMatch(p -> p.link().quote().equals(text.substring(start, end))));
        LinkedPassage shown = ws.sources().list().getItems().stream()
                .filter(p -> p.link().quote().equals(text.substring(start, end)))
                .findFirst()
                .orElseThrow();
        assertEquals(row.id(), shown.link().inputId());
        assertEquals(start, shown.link().start());
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> inputs.reader().area().getStyleAtPosition(start + 1).contains("linked-current"));
        assertTrue(inputs.reader().area().getStyleAtPosition(end - 1).contains("linked"));
        assertTrue(
                ws.outline().getItems().stream()
                        .anyMatch(r -> paragraph.equals(r.id()) && r.sources() == sourcesBefore + 1),
                "the outline counts the new source of " + label);

        close();
        try (Project p = Project.open(file, Project.Access.READ)) {
            List<Link> links = p.links().ofParagraph(paragraph);
            assertTrue(
                    links.stream()
                            .anyMatch(l -> l.inputId() == row.id()
                                    && l.start() == start
                                    && l.end() == end
                                    && "Test Drafter (Co-facilitators)".equals(l.createdBy())),
                    links.toString());
        }
        Workspace again = openAndWait(file);
        robot.interact(() -> again.draft().currentParagraphProperty().set(paragraph));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> again.sources().list().getItems().stream()
                        .anyMatch(
                                p -> p.link().inputId() == row.id() && p.link().start() == start));
        close();
    }

    @Test
    void importFromTheWindowRunsInTheBackgroundAndReportsEveryFile(FxRobot robot) throws Exception {
        Path file = TestFiles.sampleCopy(Files.createDirectories(dir.resolve("import")));
        Workspace ws = openAndWait(file);
        InputsView inputs =
                org.testfx.util.WaitForAsyncUtils.asyncFx(ws::inputs).get(10, java.util.concurrent.TimeUnit.SECONDS);
        FakeInputDialogs dialogs = new FakeInputDialogs();
        inputs.setDialogs(dialogs);
        dialogs.files = List.of(MadeFiles.multilingual(), MadeFiles.write(dir.resolve("empty.txt"), ""));
        dialogs.details = new ImportDetails(
                "Réseau francophone", "Civil society", InputKind.WRITTEN, "Written submissions", null, null, List.of());
        robot.interact(() -> {
            ws.showView(Workspace.INPUTS);
            inputs.importFiles();
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !dialogs.reports.isEmpty());
        assertEquals(6, dialogs.reports.getFirst().imported().size());
        assertEquals(
                "empty.txt",
                dialogs.reports
                        .getFirst()
                        .skipped()
                        .getFirst()
                        .file()
                        .getFileName()
                        .toString());
        settle(ws);
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> inputs.table().getItems().size() == 21);

        // filters: Chinese search and the language filter
        robot.interact(() -> inputs.searchField().setText("数字鸿沟"));
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> inputs.table().getItems().size() == 1);
        assertEquals(
                "zh-academia",
                inputs.table().getItems().getFirst().row().input().title());
        robot.interact(() -> inputs.searchField().clear());
        robot.interact(() -> inputs.viewModel()
                .filterProperty()
                .set(inputs.viewModel()
                        .filterProperty()
                        .get()
                        .withLinked(org.penholder.model.InputFilter.Linked.NOT_LINKED)));
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> inputs.table().getItems().size() == 6);
        assertFalse(inputs.table().getItems().stream().anyMatch(r -> r.row().links() > 0));
        assertEquals(
                ProjectSession.SaveState.SAVED, ws.session().saveStateProperty().get());
        close();
    }
}
