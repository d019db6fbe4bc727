package org.penholder.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.penholder.ui.main.PseudoTranslation.checkWindow;
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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.ui.WindowTests;
import org.penholder.ui.agreed.AgreedImportDetails;
import org.penholder.ui.common.DialogService;
import org.penholder.ui.common.Messages;
import org.penholder.ui.dialogs.FxDialogService;
import org.penholder.ui.inputs.FxInputDialogs;
import org.penholder.ui.inputs.InputDialogs;
import org.penholder.ui.inputs.ListsView;
import org.penholder.ui.inputs.StakeholdersView;
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
@ExtendWith(ApplicationExtension.class)
class EveryDialogTextTest {

    /**
     * What the test presses in a window an item opened: Cancel (or the only button), OK; or NONE,
     * alone: the item opens no window but changes what the main window shows.
     */
    private enum Press {
        CANCEL,
        OK,
        NONE
    }

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

    @AfterAll
    static void backToEnglish() {
        Messages.use(Locale.ENGLISH);
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

        Set<String> data = projectWords(ws);
        assertEquals(
                List.of(),
                outside.stream()
                        .filter(t -> data.stream().noneMatch(w -> t.endsWith(": " + w)))
                        .toList(),
                "texts written in the code rather than in messages.properties");
    }

    /**
     * Words that come from the project (stakeholders, groups, occasions of the inputs) and names of
     * languages, which the JDK gives in the interface's language; the fields of the reader's
     * heading show them beside words of the messages.
     */
    private static Set<String> projectWords(Workspace ws) throws Exception {
        var choices = ws.session()
                .read(() -> ws.session().project().inputLibrary().choices())
                .get(10, TimeUnit.SECONDS);
        Set<String> words = new java.util.HashSet<>();
        words.addAll(choices.stakeholders());
        words.addAll(choices.groups());
        words.addAll(choices.occasions());
        choices.languages().forEach(l -> words.add(org.penholder.ui.common.Formats.languageName(l)));
        return words;
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

    /**
     * Does {@code action} on the FX thread without waiting for it (a dialog's showAndWait holds it),
     * then, for each press, waits for the next window it opens, checks it and presses.
     */
    private static void walk(
            FxRobot robot, Workspace ws, String what, Runnable action, List<Press> presses, Set<String> outside)
            throws Exception {
        Set<Window> before =
                WaitForAsyncUtils.asyncFx(() -> Set.copyOf(Window.getWindows())).get(10, TimeUnit.SECONDS);
        Platform.runLater(action);
        if (presses.equals(List.of(Press.NONE))) {
            settle(robot, ws);
            robot.interact(() -> checkWindows(what, outside));
            return;
        }
        for (Press press : presses) {
            Window w = nextWindow(what, before);
            robot.interact(() -> {
                w.getScene().getRoot().applyCss();
                w.getScene().getRoot().layout();
            });
            settle(robot, ws);
            robot.interact(() -> checkWindow(w, what, outside));
            robot.interact(() -> press(w, press));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !w.isShowing());
        }
        settle(robot, ws);
    }

    /** The next window shown that was not there before, but pop-ups and progress. */
    private static Window nextWindow(String what, Set<Window> before) throws Exception {
        Window[] found = new Window[1];
        try {
            WaitForAsyncUtils.waitFor(
                    20,
                    TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.asyncFx(() -> {
                                for (Window w : Window.getWindows()) {
                                    if (!before.contains(w)
                                            && w.isShowing()
                                            && !(w instanceof PopupWindow)
                                            && w.getScene() != null
                                            && w.getScene().getRoot().lookup(".progress-bar") == null) {
                                        found[0] = w;
                                        return true;
                                    }
                                }
                                return false;
                            })
                            .get(10, TimeUnit.SECONDS));
        } catch (TimeoutException e) {
            throw new AssertionError(what + " opened no window", e);
        }
        return found[0];
    }

    private static void press(Window w, Press press) {
        if (w.getScene().getRoot() instanceof DialogPane pane) {
            ButtonType type = pane.getButtonTypes().stream()
                    .filter(t -> press == Press.OK
                            ? t.getButtonData().isDefaultButton()
                            : t.getButtonData().isCancelButton())
                    .findFirst()
                    .orElse(pane.getButtonTypes().getFirst());
            ((Button) pane.lookupButton(type)).fire();
        } else if (w instanceof Stage s) {
            s.close();
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
