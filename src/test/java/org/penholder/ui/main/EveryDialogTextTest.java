package org.penholder.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.penholder.ui.main.DialogWalk.walk;
import static org.penholder.ui.main.PseudoTranslation.checkWindows;
import static org.penholder.ui.main.PseudoTranslation.settle;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.ui.EnglishAfterwards;
import org.penholder.ui.WindowTests;
import org.penholder.ui.agreed.AgreedImportDetails;
import org.penholder.ui.common.DialogService;
import org.penholder.ui.common.Messages;
import org.penholder.ui.dialogs.FxDialogService;
import org.penholder.ui.inputs.FxInputDialogs;
import org.penholder.ui.inputs.InputDialogs;
import org.penholder.ui.inputs.ListsView;
import org.penholder.ui.inputs.StakeholdersView;
import org.penholder.ui.main.DialogWalk.Press;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The dialogs and windows the menus and buttons open, and the views after the common clicks,
 * speak only through the messages: under the pseudo-translation of {@link PseudoTranslation}, every
 * menu item is chosen in turn on the sample with the real dialogs (only the system's file choosers
 * are answered by the test), each window it opens is checked, then answered as a person would.
 * A menu item added without saying here what it opens fails the test.
 */
@ExtendWith({ApplicationExtension.class, EnglishAfterwards.class})
class EveryDialogTextTest {

    /**
     * Each menu item and the windows it opens, in order, with what is pressed in each. An empty
     * list: the item acts at once (or only opens the system's file chooser), it is not chosen.
     */
    private static final Map<String, List<Press>> ITEMS = Map.ofEntries(
            Map.entry("menu-new-project", List.of(Press.CANCEL)),
            Map.entry("menu-new-from-word", List.of()),
            Map.entry("menu-open-project", List.of()),
            Map.entry("menu-open-sample", List.of()),
            Map.entry("menu-import-inputs", List.of(Press.CANCEL)), // the details of the files chosen
            Map.entry("menu-import-stakeholders", List.of()),
            Map.entry("menu-import-draft", List.of()),
            Map.entry("menu-import-proposals", List.of()),
            Map.entry("menu-merge-copy", List.of(Press.CANCEL)), // the preview of the other copy
            Map.entry("menu-export-docx", List.of(Press.CANCEL)),
            Map.entry("menu-save-copy", List.of(Press.CANCEL)), // written; open it?
            Map.entry("menu-restore-backup", List.of(Press.CANCEL)),
            Map.entry("menu-export-transparency-report", List.of(Press.CANCEL)),
            Map.entry("document-language", List.of(Press.CANCEL)),
            Map.entry("menu-close-project", List.of()),
            Map.entry("menu-quit", List.of()),
            Map.entry("menu-undo", List.of()),
            Map.entry("menu-redo", List.of()),
            Map.entry("menu-link-selection", List.of(Press.CANCEL)), // nothing selected: says so
            Map.entry("menu-insert-footnote", List.of()),
            Map.entry("menu-preferences", List.of(Press.CANCEL)),
            Map.entry("menu-freeze-revision", List.of(Press.OK)), // Rev.1, for what follows
            Map.entry("menu-open-revision", List.of(Press.OK, Press.CANCEL)), // chosen, then its window
            Map.entry("menu-compare", List.of(Press.NONE)),
            Map.entry("menu-paragraph-history", List.of(Press.CANCEL)),
            Map.entry("menu-amendments", List.of(Press.NONE)),
            Map.entry("menu-record-proposal", List.of(Press.NONE)), // its form opens in the Amendments view
            Map.entry("menu-renumber", List.of()),
            Map.entry("menu-continue-from", List.of(Press.CANCEL)),
            Map.entry("menu-user-guide", List.of(Press.CANCEL)),
            Map.entry("menu-about", List.of(Press.CANCEL)));

    @TempDir
    static Path dir;

    private MainWindow window;

    /** What the system's file choosers answer next, in order; empty: cancelled. */
    private final Deque<Path> files = new ArrayDeque<>();

    @Start
    void start(Stage stage) {
        Messages.use(PseudoTranslation.bundle());
        window = WindowTests.window(stage, dir, filesFromTheTest(new FxDialogService(stage)));
    }

    @Test
    void everyDialogAndStateAfterAClickSpeaksOnlyThroughTheMessages(FxRobot robot) throws Exception {
        Workspace ws = WindowTests.open(window, WindowTests.sampleIn(dir, "sample"));
        Path otherCopy = WindowTests.sampleIn(dir, "other");
        Path input = Files.writeString(dir.resolve("statement.txt"), "We call for universal connectivity.\n");
        robot.interact(() -> ws.inputs().setDialogs(inputFilesFromTheTest(ws.inputs())));
        WindowTests.caretAt(robot, ws, 3, 0);
        settle(robot, ws);
        Set<String> outside = new LinkedHashSet<>();
        Set<String> notSaid = new TreeSet<>();

        for (MenuItem item : menuItems(robot)) {
            List<Press> presses = ITEMS.get(item.getId());
            if (presses == null) {
                notSaid.add(item.getId() + " (" + item.getText() + ")");
                continue;
            }
            if (presses.isEmpty()) {
                continue;
            }
            switch (item.getId()) {
                case "menu-merge-copy" -> files.add(otherCopy);
                case "menu-save-copy" -> files.add(dir.resolve("copy.penholder"));
                case "menu-import-inputs" -> files.add(input);
                default -> {}
            }
            robot.interact(() -> {
                if (item.getParentMenu() != null && item.getParentMenu().getOnShowing() != null) {
                    item.getParentMenu().getOnShowing().handle(null); // as opening the menu does
                }
            });
            walk(robot, ws, item.getId(), item::fire, presses, outside);
            files.clear();
        }
        assertEquals(Set.of(), notSaid, "menu items this test does not know what they open");

        // the views after the common clicks
        robot.interact(() -> ws.showView(Workspace.DRAFT));
        settle(robot, ws);
        robot.interact(() -> checkWindows("a paragraph with its sources", outside));
        javafx.scene.control.Hyperlink note =
                robot.lookup("#sources .hyperlink").queryAllAs(javafx.scene.control.Hyperlink.class).stream()
                        .filter(h -> h.getText().equals(Messages.get("sources.sourcesPanel.note")))
                        .findFirst()
                        .orElseThrow();
        walk(robot, ws, "a link's note", note::fire, List.of(Press.CANCEL), outside);
        walk(
                robot,
                ws,
                "insert agreed language",
                () -> ws.agreed().insertAfterCurrent(),
                List.of(Press.CANCEL),
                outside);
        robot.interact(() -> {
            ws.showView(Workspace.INPUTS);
            ((javafx.scene.control.TableView<?>) ws.inputs().table())
                    .getSelectionModel()
                    .select(0);
        });
        settle(robot, ws);
        robot.interact(() -> checkWindows("an input selected", outside));
        for (ComboBoxBase<?> filter :
                robot.lookup("#inputs-view .combo-box-base").queryAllAs(ComboBoxBase.class)) {
            robot.interact(() -> {
                if (filter instanceof javafx.scene.control.ComboBox<?> c
                        && c.getItems().size() > 1) {
                    c.getSelectionModel().select(c.getItems().size() - 1);
                }
            });
        }
        settle(robot, ws);
        robot.interact(() -> checkWindows("the inputs filtered", outside));
        robot.interact(() -> ws.inputs().searchField().setText("nowhereatall"));
        settle(robot, ws);
        robot.interact(() -> checkWindows("a search that finds nothing", outside));

        robot.interact(() -> ws.showView(StakeholdersView.NAME));
        settle(robot, ws);
        robot.interact(() -> ws.stakeholders().table().getSelectionModel().select(0));
        robot.interact(() -> checkWindows("a stakeholder selected", outside));

        robot.interact(() -> ws.showView(ListsView.NAME));
        settle(robot, ws);
        org.penholder.model.ListEntry used = WaitForAsyncUtils.asyncFx(
                        () -> ws.lists().list(org.penholder.model.ListKind.CLUSTERS).getItems().stream()
                                .filter(e -> e.uses() > 0)
                                .findFirst()
                                .orElseThrow())
                .get(10, TimeUnit.SECONDS);
        walk(
                robot,
                ws,
                "removing a cluster inputs carry",
                () -> ws.lists().viewModel().remove(org.penholder.model.ListKind.CLUSTERS, used),
                List.of(Press.CANCEL),
                outside);

        // an adopted text imported, read, and about to be removed
        robot.interact(() -> ws.showView(org.penholder.ui.agreed.AgreedTextsView.NAME));
        settle(robot, ws);
        Path adopted = org.penholder.agreed.MadeUpLibrary.textA(dir);
        var task = WaitForAsyncUtils.asyncFx(() -> ws.agreed().view().importFiles(List.of(adopted)))
                .get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, task::isDone);
        settle(robot, ws);
        robot.interact(() -> ws.agreed().view().textList().getSelectionModel().select(0));
        settle(robot, ws);
        robot.interact(() -> checkWindows("an adopted text read", outside));
        Button remove = robot.lookup("#agreed-remove").queryAs(Button.class);
        walk(robot, ws, "removing an adopted text", remove::fire, List.of(Press.CANCEL), outside);
        robot.interact(() -> {
            ws.showView(Workspace.DRAFT);
            ws.agreed().pane().showSpansToggle().setSelected(true);
        });
        settle(robot, ws);
        robot.interact(() -> checkWindows("a paragraph's agreed language", outside));
        walk(
                robot,
                ws,
                "the agreed texts' import",
                () -> AgreedImportDetails.ask(window.stage(), 2, ws.session().author()),
                List.of(Press.CANCEL),
                outside);

        robot.interact(() -> ws.showView(org.penholder.ui.history.HistoryViews.AMENDMENTS));
        settle(robot, ws);
        robot.interact(() ->
                window.history().amendmentsView().table().getSelectionModel().select(0));
        settle(robot, ws);
        robot.interact(() -> checkWindows("an amendment selected", outside));

        robot.interact(() -> ws.showView(org.penholder.ui.history.HistoryViews.COMPARE));
        WaitForAsyncUtils.asyncFx(() -> window.history()
                        .compareView()
                        .compareRevisions("Zero draft", org.penholder.history.RevisionService.CURRENT))
                .get(10, TimeUnit.SECONDS)
                .get(30, TimeUnit.SECONDS);
        settle(robot, ws);
        robot.interact(() -> checkWindows("compare with a revision", outside));

        Set<String> data = PseudoTranslation.projectWords(ws);
        data.add(dir.toString()); // where the copy is saved and the backup restored
        try (var all = Files.walk(dir)) {
            all.map(f -> f.getFileName().toString()).forEach(data::add);
        }
        assertEquals(
                List.of(),
                PseudoTranslation.untranslated(outside, data),
                "texts written in the code rather than in messages.properties");
    }

    /** Every item of the menu bar, in submenus too, but the recent projects. */
    private static List<MenuItem> menuItems(FxRobot robot) {
        List<MenuItem> items = new ArrayList<>();
        robot.interact(() -> {
            MenuBar bar = robot.lookup(".menu-bar").query();
            bar.getMenus().forEach(m -> addItems(m, items));
        });
        return items;
    }

    private static void addItems(Menu menu, List<MenuItem> items) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                if (!"menu-open-recent".equals(sub.getId()) && sub.getId() != null) {
                    addItems(sub, items);
                }
            } else if (!(item instanceof SeparatorMenuItem)) {
                items.add(item);
            }
        }
    }

    /** The real dialogs, but the system's file choosers, which answer what {@link #files} holds. */
    private DialogService filesFromTheTest(DialogService real) {
        return (DialogService) Proxy.newProxyInstance(
                DialogService.class.getClassLoader(), new Class<?>[] {DialogService.class}, (p, m, a) -> {
                    if ((m.getName().startsWith("choose") && m.getName().contains("File"))
                            || m.getName().equals("chooseProjectToOpen")) {
                        return Optional.ofNullable(files.poll());
                    }
                    return m.invoke(real, a);
                });
    }

    /** The Inputs view's real dialogs, but its file chooser, which answers what {@link #files} holds. */
    private InputDialogs inputFilesFromTheTest(org.penholder.ui.inputs.InputsView view) {
        InputDialogs real = new FxInputDialogs(
                () -> view.getScene() == null ? null : view.getScene().getWindow());
        return (InputDialogs) Proxy.newProxyInstance(
                InputDialogs.class.getClassLoader(), new Class<?>[] {InputDialogs.class}, (p, m, a) -> {
                    if (m.getName().equals("chooseInputFiles")) {
                        return files.isEmpty() ? List.of() : List.of(files.poll());
                    }
                    if (m.getName().startsWith("choose")) {
                        return Optional.empty();
                    }
                    return m.invoke(real, a);
                });
    }
}
