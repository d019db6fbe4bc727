package org.penholder.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.penholder.ui.main.DialogWalk.walk;
import static org.penholder.ui.main.PseudoTranslation.check;
import static org.penholder.ui.main.PseudoTranslation.checkWindow;
import static org.penholder.ui.main.PseudoTranslation.checkWindows;
import static org.penholder.ui.main.PseudoTranslation.settle;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.backup.Backups;
import org.penholder.docx.ExportOptions;
import org.penholder.docx.Progress;
import org.penholder.project.Project;
import org.penholder.ui.EnglishAfterwards;
import org.penholder.ui.WindowTests;
import org.penholder.ui.common.DialogService;
import org.penholder.ui.common.Messages;
import org.penholder.ui.dialogs.FxDialogService;
import org.penholder.ui.history.HistoryViews;
import org.penholder.ui.inputs.FxInputDialogs;
import org.penholder.ui.inputs.InputDialogs;
import org.penholder.ui.main.DialogWalk.Press;
import org.penholder.ui.merge.TwoCopies;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What {@link EveryDialogTextTest} cannot reach, under the pseudo-translation: the progress of
 * background work (imports, exports, a merge, a report, a restore), every message it shows while it
 * runs, and what follows when it ends, is cancelled or fails; and the states reached only after a
 * file chooser (the details and report of an import of inputs, a draft and a delegation's proposals
 * imported and under review, a merge of a copy changed on both sides and its conflicts, exports of
 * each kind, a backup restored). Words a service or the code fills into a translated pattern count:
 * an English word inside a pseudo-translated sentence fails as one outside it does.
 */
@ExtendWith({ApplicationExtension.class, EnglishAfterwards.class})
class EveryTaskTextTest {

    @TempDir
    static Path dir;

    private MainWindow window;

    /** What the system's file choosers answer next, in order; empty: cancelled. */
    private final Deque<Path> files = new ConcurrentLinkedDeque<>();

    /** What the export dialog answers next, once the person pressed its OK. */
    private final Deque<ExportOptions> exports = new ConcurrentLinkedDeque<>();

    /** Whatever the checks found, progress included: where it was seen, and the text. */
    private final Set<String> outside = Collections.synchronizedSet(new LinkedHashSet<>());

    /** Cancel the next work whose progress shows, the moment it shows. */
    private volatile boolean cancelNext;

    @Start
    void start(Stage stage) {
        Messages.use(PseudoTranslation.bundle());
        window = WindowTests.window(stage, dir, answeredByTheTest(new FxDialogService(stage)));
        Window.getWindows().addListener((ListChangeListener<Window>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(this::watchProgress);
            }
        });
    }

    @Test
    void backgroundWorkAndWhatFollowsAFileChooserSpeakOnlyThroughTheMessages(FxRobot robot) throws Exception {
        Path[] copies = TwoCopies.in(Files.createDirectories(dir.resolve("copies")), "Ann's words.", "Ben's words.");
        Path word = Files.createDirectories(dir.resolve("word"));
        Path received = word.resolve("received.docx");
        Path kenya = word.resolve("kenya.docx");
        writeWordFiles(received, kenya);
        Path statement = Files.writeString(word.resolve("statement.txt"), "We call for universal connectivity.\n");
        Path notAProject = Files.writeString(word.resolve("notes.penholder"), "Notes, not a project.\n");
        Path damaged = Files.writeString(word.resolve("damaged.docx"), "PK, then nothing a Word file holds\n");
        Workspace ws = WindowTests.open(window, copies[0]);
        List<Path> inputFiles = new ArrayList<>();
        robot.interact(() -> {
            ws.inputs().setDialogs(inputFilesFromTheTest(ws.inputs(), inputFiles));
            // the Inputs view shows an import's progress in a bar of its own
            Parent bar = (Parent) ws.inputs().lookup(".import-progress");
            bar.visibleProperty().addListener((o, was, now) -> {
                if (now) {
                    watchProgress(bar);
                }
            });
        });
        settle(robot, ws);

        // inputs: what they are, the import's progress and its report; then one cancelled at once
        inputFiles.addAll(List.of(statement, received));
        walk(robot, ws, "import of inputs", ws.inputs()::importFiles, List.of(Press.OK, Press.OK), outside);
        inputFiles.clear();
        inputFiles.add(Files.writeString(word.resolve("second.txt"), "We stress the digital divide.\n"));
        cancelNext = true;
        walk(
                robot,
                ws,
                "an import of inputs cancelled",
                ws.inputs()::importFiles,
                List.of(Press.OK, Press.OK),
                outside);

        // a draft from Word: its name, progress, summary; again under the same name, refused
        files.add(received);
        choose(robot, ws, "import of a draft", "menu-import-draft", Press.OK, Press.OK);
        files.add(received);
        choose(robot, ws, "import of a draft that fails", "menu-import-draft", Press.OK, Press.OK);
        files.add(damaged);
        choose(robot, ws, "import of a draft from a damaged file", "menu-import-draft", Press.OK, Press.OK);

        // a delegation's proposals: who proposes, progress, summary, and the review that follows
        files.add(kenya);
        choose(robot, ws, "import of proposals", "menu-import-proposals", Press.OK, Press.OK);
        assertEquals(HistoryViews.AMENDMENTS, onFx(ws::currentView));
        eachAmendment(robot, ws, "the proposals under review");
        files.add(kenya);
        cancelNext = true;
        choose(robot, ws, "an import of proposals cancelled", "menu-import-proposals", Press.OK);
        files.add(damaged);
        choose(robot, ws, "proposals from a damaged file", "menu-import-proposals", Press.OK, Press.OK);

        // the other copy: reading it, its preview, merging, what was merged, and its conflicts
        files.add(copies[1]);
        choose(robot, ws, "merge of a copy", "menu-merge-copy", Press.OK, Press.OK);
        robot.interact(() -> ws.showView(HistoryViews.AMENDMENTS));
        eachAmendment(robot, ws, "the merge's conflicts");
        files.add(notAProject);
        choose(robot, ws, "merge of a file that is no project", "menu-merge-copy", Press.OK);

        // exports of each kind, after the file is chosen
        for (ExportOptions kind : List.of(
                new ExportOptions(ExportOptions.Kind.CLEAN, null, ExportOptions.Sources.ANNEX)
                        .withAgreed(ExportOptions.Sources.ANNEX),
                ExportOptions.redline("Zero draft", null),
                new ExportOptions(ExportOptions.Kind.COMPILATION, null, ExportOptions.Sources.NONE))) {
            exports.add(kind);
            files.add(dir.resolve("export-" + kind.kind().name().toLowerCase(Locale.ROOT) + ".docx"));
            choose(robot, ws, "export of " + kind.kind(), "menu-export-docx", Press.OK, Press.OK);
        }
        files.add(dir.resolve("report.docx"));
        choose(robot, ws, "export of the transparency report", "menu-export-transparency-report", Press.OK, Press.OK);

        // a backup (the one made at opening) restored into a new file
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> !Backups.list(Backups.defaultRoot(), copies[0]).isEmpty());
        files.add(dir.resolve("restored.penholder"));
        choose(robot, ws, "restore from a backup", "menu-restore-backup", Press.OK, Press.CANCEL);

        assertTrue(Files.size(dir.resolve("export-compilation.docx")) > 0, "the exports ran");
        Set<String> data = PseudoTranslation.projectWords(ws);
        data.add(dir.toString());
        // the other copy's and the delegation's words, and the revision the draft from Word became
        data.addAll(List.of("Ann", "Ben", "Ben's words.", "Kenya", "received"));
        try (var all = Files.walk(dir)) {
            all.map(f -> f.getFileName().toString()).forEach(data::add);
        }
        assertEquals(
                "",
                String.join("\n", PseudoTranslation.untranslated(List.copyOf(outside), data)),
                "texts written in the code rather than in the messages");
    }

    /** Selects each amendment in turn (the first few) and checks what the view shows of it. */
    private void eachAmendment(FxRobot robot, Workspace ws, String what) throws Exception {
        settle(robot, ws);
        TableView<?> table = window.history().amendmentsView().table();
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> onFx(() -> !table.getItems().isEmpty()));
        int n = onFx(() -> Math.min(8, table.getItems().size()));
        for (int i = 0; i < n; i++) {
            int row = i;
            robot.interact(() -> table.getSelectionModel().clearAndSelect(row));
            settle(robot, ws);
            robot.interact(() -> checkWindows(what + ", row " + row, outside));
        }
    }

    /**
     * A delegation's file (the Zero draft against a draft where Kenya strengthened OP1, as tracked
     * changes), and the Zero draft as a Word draft, both written from another copy of the sample.
     */
    private static void writeWordFiles(Path received, Path kenya) throws Exception {
        Path folder = dir.resolve("word-source");
        Files.move(org.penholder.ui.docx.DelegationFiles.kenya(folder), kenya);
        try (Project p = Project.open(folder.resolve("sample.penholder"), Project.Access.READ)) {
            p.docxExporter()
                    .export(
                            new ExportOptions(ExportOptions.Kind.CLEAN, "Zero draft", ExportOptions.Sources.NONE),
                            received,
                            false,
                            Progress.NONE);
        }
    }

    /**
     * A window that shows progress: its words are checked as it opens, and every message its work
     * reports while it runs as the message comes; cancelled at once when the test asks.
     */
    private void watchProgress(Window w) {
        if (w.getScene() == null || w.getScene().getRoot().lookup(".progress-bar") == null) {
            return;
        }
        checkWindow(w, "progress", outside);
        watchProgress(w.getScene().getRoot());
    }

    /** Checks every message a progress shows as it comes, and presses its Cancel at once when the test asks. */
    private void watchProgress(Parent progress) {
        for (Node n : progress.lookupAll(".label")) {
            if (n instanceof Labeled l) {
                l.textProperty().addListener((o, was, now) -> check(now, "progress", outside));
            }
        }
        if (cancelNext) {
            cancelNext = false;
            // after the progress has shown, as a person presses it
            Platform.runLater(() -> progress.lookupAll(".button").stream()
                    .filter(b -> b instanceof Button button
                            && (button.isCancelButton() || "import-cancel".equals(button.getId())))
                    .findFirst()
                    .ifPresent(b -> ((Button) b).fire()));
        }
    }

    /** Chooses a menu item and walks through the windows it opens, pressing {@code presses} in turn. */
    private void choose(FxRobot robot, Workspace ws, String what, String itemId, Press... presses) throws Exception {
        walk(robot, ws, what, item(robot, itemId)::fire, List.of(presses), outside);
    }

    private static MenuItem item(FxRobot robot, String id) throws Exception {
        return onFx(() -> {
            MenuBar bar = robot.lookup(".menu-bar").query();
            List<MenuItem> all = new ArrayList<>();
            bar.getMenus().forEach(m -> all.addAll(m.getItems()));
            return all.stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
        });
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
    }

    /** The real dialogs, but the system's file choosers and the export's choice, which the test answers. */
    private DialogService answeredByTheTest(DialogService real) {
        return (DialogService) Proxy.newProxyInstance(
                DialogService.class.getClassLoader(), new Class<?>[] {DialogService.class}, (p, m, a) -> {
                    if ((m.getName().startsWith("choose") && m.getName().contains("File"))
                            || m.getName().equals("chooseProjectToOpen")) {
                        return Optional.ofNullable(files.poll());
                    }
                    Object answer = m.invoke(real, a);
                    if (m.getName().equals("askExport") && ((Optional<?>) answer).isPresent() && !exports.isEmpty()) {
                        return Optional.of(exports.poll());
                    }
                    return answer;
                });
    }

    /** The Inputs view's real dialogs, but its file chooser, which answers {@code files}. */
    private static InputDialogs inputFilesFromTheTest(org.penholder.ui.inputs.InputsView view, List<Path> files) {
        InputDialogs real = new FxInputDialogs(
                () -> view.getScene() == null ? null : view.getScene().getWindow());
        return (InputDialogs) Proxy.newProxyInstance(
                InputDialogs.class.getClassLoader(), new Class<?>[] {InputDialogs.class}, (p, m, a) -> {
                    if (m.getName().equals("chooseInputFiles")) {
                        return List.copyOf(files);
                    }
                    if (m.getName().startsWith("choose")) {
                        return Optional.empty();
                    }
                    return m.invoke(real, a);
                });
    }
}
