package org.penholder.ui.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.docx.DraftDocxReader;
import org.penholder.docx.ExportOptions;
import org.penholder.docx.Progress;
import org.penholder.model.Author;
import org.penholder.project.Project;
import org.penholder.settings.UserSettings;
import org.penholder.ui.FakeDialogs;
import org.penholder.ui.main.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File > Export… and File > Import Draft… as a drafter uses them. */
@ExtendWith(ApplicationExtension.class)
class WordFileActionsTest {

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

    private Path openSample(String name) throws Exception {
        Path d = Files.createDirectories(dir.resolve(name));
        Path file = TestFiles.sampleCopy(d);
        WaitForAsyncUtils.asyncFx(() -> window.open(file))
                .get(10, TimeUnit.SECONDS)
                .get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return file;
    }

    private void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.closeProject())
                .get(10, TimeUnit.SECONDS)
                .get(30, TimeUnit.SECONDS);
    }

    private MenuItem fileMenuItem(String id) {
        MenuBar bar = (MenuBar) window.stage().getScene().getRoot().lookup(".menu-bar");
        return bar.getMenus().get(0).getItems().stream()
                .filter(i -> id.equals(i.getId()))
                .findFirst()
                .orElseThrow();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    private static javafx.concurrent.Worker.State state(FakeDialogs.Shown task) throws Exception {
        return onFx(task::state);
    }

    /** Chooses a menu item and waits for the task it starts to end. */
    private FakeDialogs.Shown runAndWait(FxRobot robot, String menuId) throws Exception {
        int before = dialogs.tasks.size();
        robot.interact(() -> fileMenuItem(menuId).fire());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialogs.tasks.size() > before);
        FakeDialogs.Shown task = dialogs.tasks.get(before);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, task::isDone);
        WaitForAsyncUtils.waitForFxEvents();
        return task;
    }

    @Test
    void exportWritesTheChosenRevisionAndImportReadsItBack(FxRobot robot) throws Exception {
        Path project = openSample("roundtrip");
        try {
            exportAndImport(robot);
        } finally {
            close();
        }
        try (Project p = Project.open(project, Project.Access.READ)) {
            assertEquals(List.of("Zero draft", "As returned"), p.revisionNames());
            assertEquals(
                    p.revisions()
                            .blocks(p.revisions()
                                    .byName("Zero draft")
                                    .orElseThrow()
                                    .id()),
                    p.revisions()
                            .blocks(p.revisions()
                                    .byName("As returned")
                                    .orElseThrow()
                                    .id()));
        }
    }

    private void exportAndImport(FxRobot robot) throws Exception {
        Path out = dir.resolve("roundtrip/zero.docx");
        dialogs.exportChoice = new ExportOptions(ExportOptions.Kind.CLEAN, "Zero draft", ExportOptions.Sources.ANNEX);
        dialogs.toWrite = out;
        FakeDialogs.Shown export = runAndWait(robot, "menu-export-docx");
        assertEquals(javafx.concurrent.Worker.State.SUCCEEDED, state(export), String.valueOf(onFx(export::error)));
        assertEquals(List.of("Zero draft"), dialogs.revisionsOffered);
        assertEquals(1.0, onFx(export::getProgress), 1e-9, "the bar reaches its end");
        assertTrue(
                dialogs.informations.getLast().contains("Wrote " + out.toAbsolutePath()),
                dialogs.informations.toString());
        assertEquals(
                28,
                new DraftDocxReader()
                        .read(out, Progress.NONE).blocks().stream()
                                .filter(b -> b.kind().isParagraph())
                                .count());

        dialogs.toRead = out;
        dialogs.text = "As returned";
        FakeDialogs.Shown imported = runAndWait(robot, "menu-import-draft");
        assertEquals(javafx.concurrent.Worker.State.SUCCEEDED, state(imported), String.valueOf(onFx(imported::error)));
        assertTrue(
                dialogs.informations
                        .getLast()
                        .contains("The revision \"As returned\" holds 15 headings, 5 preambular "
                                + "and 23 operative paragraphs; 43 were matched"),
                dialogs.informations.getLast());

        FakeDialogs.Shown again = runAndWait(robot, "menu-import-draft");
        assertEquals(javafx.concurrent.Worker.State.FAILED, state(again));
        // a refusal is said once, by the session, not again as a failure of the import
        assertTrue(
                dialogs.informations.getLast().contains("already a revision named \"As returned\""),
                dialogs.informations.toString());
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void aWordDraftStartsANewProjectThatOpensInTheWindow(FxRobot robot) throws Exception {
        Path sample = TestFiles.sampleCopy(Files.createDirectories(dir.resolve("fromword")));
        Path docx = dir.resolve("fromword/draft.docx");
        try (Project p = Project.open(sample, Project.Access.READ)) {
            p.docxExporter().export(ExportOptions.clean(), docx, false, Progress.NONE);
        }
        Path created = dir.resolve("fromword/new.penholder");
        dialogs.toRead = docx;
        dialogs.toWrite = created;
        dialogs.text = "Zero draft";
        try {
            FakeDialogs.Shown task = runAndWait(robot, "menu-new-from-word");
            assertEquals(javafx.concurrent.Worker.State.SUCCEEDED, state(task), String.valueOf(onFx(task::error)));
            WaitForAsyncUtils.waitFor(
                    30,
                    TimeUnit.SECONDS,
                    () -> window.workspace() != null
                            && window.stage().getTitle().contains("new.penholder"));
            assertEquals(
                    43,
                    window.workspace().draft().outline().size() - 1,
                    "15 headings and 28 paragraphs below the title");
        } finally {
            close();
        }
        try (Project p = Project.open(created, Project.Access.READ)) {
            assertEquals(List.of("Zero draft"), p.revisionNames());
        }
    }

    @Test
    void aDelegationsProposalsAreImportedShownInTheAmendmentsViewAndUndone(FxRobot robot) throws Exception {
        openSample("proposals");
        dialogs.toRead = DelegationFiles.kenya(dir.resolve("proposals/from"));
        try {
            FakeDialogs.Shown task = runAndWait(robot, "menu-import-proposals");
            assertEquals(javafx.concurrent.Worker.State.SUCCEEDED, state(task), String.valueOf(onFx(task::error)));
            assertTrue(
                    dialogs.questions.getLast().contains("Who proposes the tracked changes in kenya.docx?"),
                    dialogs.questions.toString());
            assertTrue(
                    dialogs.informations.getLast().contains("1 proposal recorded (Kenya)"),
                    dialogs.informations.toString());
            assertEquals(
                    org.penholder.ui.history.HistoryViews.AMENDMENTS,
                    onFx(() -> window.workspace().currentView()));
            var table = window.history().amendmentsView().table();
            WaitForAsyncUtils.waitFor(
                    10, TimeUnit.SECONDS, () -> onFx(() -> table.getItems().size()) == 1);
            var shown = onFx(() -> table.getItems().get(0));
            assertEquals("Kenya", shown.proposer());
            assertEquals("OP1", shown.label());
            assertEquals("strongly ", shown.text());

            robot.interact(() -> window.workspace().session().undo());
            WaitForAsyncUtils.waitFor(
                    10,
                    TimeUnit.SECONDS,
                    () -> window.workspace()
                                    .session()
                                    .project()
                                    .proposalService()
                                    .list(org.penholder.history.ProposalService.Filter.ALL)
                                    .get(0)
                                    .status()
                            == org.penholder.model.AmendmentStatus.WITHDRAWN);
        } finally {
            close();
        }
    }

    /** A long Word file (40,000 paragraphs) with one tracked insertion at its end: reading it takes long enough to cancel. */
    private static Path longDelegationFile(Path file) throws Exception {
        String w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
        StringBuilder body =
                new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + w + "><w:body>");
        for (int i = 0; i < 40_000; i++) {
            body.append("<w:p><w:r><w:t>We commit to support paragraph ")
                    .append(i)
                    .append(".</w:t></w:r></w:p>");
        }
        body.append(
                "<w:p><w:ins w:id=\"1\" w:author=\"Kenya\"><w:r><w:t>New words.</w:t></w:r></w:ins></w:p></w:body></w:document>");
        Files.createDirectories(file.getParent());
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.write(
                    ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" "
                                    + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("_rels/.rels"));
            zip.write(
                    ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                                    + "Target=\"word/document.xml\"/></Relationships>")
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            zip.write(body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return file;
    }

    @Test
    void cancellingAnImportOfProposalsRecordsNothing(FxRobot robot) throws Exception {
        Path project = openSample("cancel-proposals");
        dialogs.toRead = longDelegationFile(dir.resolve("cancel-proposals/from/long.docx"));
        dialogs.cancelProgress = true;
        try {
            FakeDialogs.Shown task = runAndWait(robot, "menu-import-proposals");
            assertEquals(javafx.concurrent.Worker.State.CANCELLED, state(task));
        } finally {
            dialogs.cancelProgress = false;
            close();
        }
        try (Project p = Project.open(project, Project.Access.READ)) {
            assertTrue(p.proposalService()
                    .list(org.penholder.history.ProposalService.Filter.ALL)
                    .isEmpty());
        }
    }

    @Test
    void aRedlineIsExportedFromTheWindow(FxRobot robot) throws Exception {
        openSample("redline");
        Path out = dir.resolve("redline/redline.docx");
        window.workspace()
                .session()
                .submit(() -> {
                    var p = window.workspace().session().project();
                    var op1 = p.draftService().draft().paragraphsInOrder().stream()
                            .filter(x -> x.kind() == org.penholder.model.ParagraphKind.OP)
                            .findFirst()
                            .orElseThrow();
                    return p.draftService().setText(op1.id(), op1.text() + " Now.", new Author("Kenya", ""), null);
                })
                .get(10, TimeUnit.SECONDS);
        dialogs.exportChoice = ExportOptions.redline("Zero draft", null);
        dialogs.toWrite = out;
        try {
            FakeDialogs.Shown task = runAndWait(robot, "menu-export-docx");
            assertEquals(javafx.concurrent.Worker.State.SUCCEEDED, state(task), String.valueOf(onFx(task::error)));
            assertTrue(
                    dialogs.informations
                            .getLast()
                            .contains("the changes from Zero draft to the current draft, 28 paragraphs, "
                                    + "1 with changes"),
                    dialogs.informations.toString());
        } finally {
            close();
        }
        assertTrue(new DraftDocxReader()
                .read(out, Progress.NONE).blocks().stream()
                        .anyMatch(b -> b.text().endsWith(" Now.")));
    }

    @Test
    void cancellingAnExportLeavesNoFile(FxRobot robot) throws Exception {
        openSample("cancel");
        Path out = dir.resolve("cancel/cancelled.docx");
        dialogs.exportChoice = new ExportOptions(ExportOptions.Kind.COMPILATION, null, ExportOptions.Sources.FOOTNOTES);
        dialogs.toWrite = out;
        dialogs.cancelAtOnce = true;
        try {
            FakeDialogs.Shown task = runAndWait(robot, "menu-export-docx");
            assertEquals(javafx.concurrent.Worker.State.CANCELLED, state(task));
        } finally {
            dialogs.cancelAtOnce = false;
            close();
        }
        // the work notices Cancel at its next step and removes what it had begun to write
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            try (var files = Files.list(out.getParent())) {
                return files.noneMatch(f -> f.getFileName().toString().endsWith(".partial"));
            }
        });
        assertFalse(Files.exists(out));
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }
}
