package org.penholder.ui.history;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.penholder.model.Revision;
import org.penholder.ui.ProjectSession;
import org.penholder.ui.common.DialogService;
import org.penholder.ui.common.LazyView;
import org.penholder.ui.common.Messages;
import org.penholder.ui.draft.DraftViewModel;

/**
 * The history side of an open project in the window: the Amendments and Compare views, the
 * history of the current paragraph, and the Revision menu's actions (freeze, open read only,
 * compare, renumber).
 */
public final class HistoryViews {

    public static final String AMENDMENTS = "Amendments";
    public static final String COMPARE = "Compare";

    private final ProjectSession session;
    private final DraftViewModel draft;
    private final DialogService dialogs;
    private final RevisionActions actions;
    private final Consumer<String> showView;
    private final Window owner;
    private final LazyView<CompareView> compare;
    private final LazyView<AmendmentsView> amendments;

    /**
     * Adds the views to a workspace; each is built the first time it is shown or asked for, so
     * that opening a project costs the draft's view only.
     *
     * @param addView       adds a view as a tab of the workspace
     * @param showView      brings a view to the front
     * @param showParagraph shows a paragraph in the draft
     */
    public HistoryViews(
            ProjectSession session,
            DraftViewModel draft,
            DialogService dialogs,
            BiFunction<String, Node, Tab> addView,
            Consumer<String> showView,
            Consumer<String> showParagraph,
            Window owner) {
        this.session = session;
        this.draft = draft;
        this.dialogs = dialogs;
        this.showView = showView;
        this.owner = owner;
        this.actions = new RevisionActions(session, dialogs, draft::flushTyping);
        Tab a = addView.apply(AMENDMENTS, new Pane());
        this.amendments = new LazyView<>(a, () -> {
            AmendmentsView view = new AmendmentsView(
                    session,
                    () -> draft.label(draft.currentParagraphProperty().get()).orElse(""),
                    showParagraph);
            // hidden, the view only marks itself stale; shown, it reads what changed meanwhile
            view.viewModel().setShowing(a.isSelected());
            return view;
        });
        a.setOnSelectionChanged(e -> {
            if (a.isSelected()) {
                draft.flushTyping(); // the log holds the typing of a moment ago
                AmendmentsView view = amendments.get();
                view.viewModel().setShowing(true);
                view.refresh();
            } else {
                amendments.ifBuilt(view -> view.viewModel().setShowing(false));
            }
        });
        Tab c = addView.apply(COMPARE, new Pane());
        this.compare = new LazyView<>(c, () -> new CompareView(session, dialogs, showParagraph));
        c.setOnSelectionChanged(e -> {
            if (c.isSelected()) {
                draft.flushTyping();
                compare.get().refreshRevisions();
            }
        });
    }

    /** The Compare view, built now if it was not yet. Call on the UI thread. */
    public CompareView compareView() {
        return compare.get();
    }

    /** The Amendments view, built now if it was not yet. Call on the UI thread. */
    public AmendmentsView amendmentsView() {
        return amendments.get();
    }

    /** Asks for a name and freezes the draft as a revision; completes with it (empty when cancelled). */
    public CompletableFuture<Optional<Revision>> freezeRevision() {
        return actions.freeze();
    }

    /** Revision > Continue from This Revision…: a revision becomes the working draft, undoably. */
    public void continueFrom() {
        new ContinueFromAction(session, draft, dialogs).ask();
    }

    /** Numbers the draft consecutively again, ending the frozen numbering. */
    public void renumber() {
        actions.renumber();
    }

    /** Asks which revision and shows it read only in a window of its own. */
    public void openRevision() {
        actions.chooseRevision().thenAccept(name -> name.ifPresent(this::openRevision));
    }

    /** Shows a revision read only in a window of its own. */
    public CompletableFuture<Stage> openRevision(String name) {
        return actions.snapshot(name)
                .thenApply(s -> window(
                        new RevisionPane(s.revision(), s.title(), s.blocks()),
                        Messages.get(
                                "history.historyViews.revisionReadOnly",
                                s.revision().name()),
                        820,
                        700));
    }

    /** Opens the form to record a delegation's proposal for the current paragraph. */
    public void newProposal() {
        String id = draft.currentParagraphProperty().get();
        showView.accept(AMENDMENTS);
        amendments.get().newProposal(id == null ? "" : draft.label(id).orElse(""));
    }

    /** Brings the Compare view to the front. */
    public void showCompare() {
        showView.accept(COMPARE);
    }

    /** Shows the history of the current paragraph in a window of its own. */
    public Optional<HistoryPane> showHistory() {
        String id = draft.currentParagraphProperty().get();
        if (id == null) {
            dialogs.showInformation(
                    Messages.get("history.historyViews.noParagraph"),
                    Messages.get("history.historyViews.putTheCursorInA"));
            return Optional.empty();
        }
        draft.flushTyping();
        String where = draft.where(id);
        HistoryViewModel vm = new HistoryViewModel(session, id, where);
        HistoryPane pane = new HistoryPane(vm);
        vm.refresh();
        Stage stage = window(pane, Messages.get("history.historyViews.historyOf", where), 760, 620);
        stage.setOnHidden(e -> vm.close());
        return Optional.of(pane);
    }

    private Stage window(Node content, String title, double width, double height) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        Scene scene = new Scene(new javafx.scene.layout.StackPane(content), width, height);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        org.penholder.ui.common.InterfaceLanguage.orient(scene);
        stage.setScene(scene);
        stage.setTitle(title);
        stage.show();
        return stage;
    }

    /** The Revision menu of the main window; its items act on the project open at the time. */
    public static Menu menu(java.util.function.Supplier<HistoryViews> current) {
        Menu menu = new Menu(org.penholder.ui.common.Messages.get("menu.revision"));
        menu.setId("menu-revision");
        MenuItem freeze = item(
                "revision.freeze",
                "menu-freeze-revision",
                "Shortcut+Shift+R",
                () -> act(current, HistoryViews::freezeRevision));
        MenuItem open =
                item("revision.open", "menu-open-revision", null, () -> act(current, HistoryViews::openRevision));
        MenuItem compare = item(
                "revision.compare", "menu-compare", "Shortcut+Shift+D", () -> act(current, HistoryViews::showCompare));
        MenuItem history = item(
                "revision.history",
                "menu-paragraph-history",
                "Shortcut+Shift+H",
                () -> act(current, HistoryViews::showHistory));
        MenuItem amendments = item(
                "revision.amendments", "menu-amendments", null, () -> act(current, v -> v.showView.accept(AMENDMENTS)));
        MenuItem propose =
                item("revision.propose", "menu-record-proposal", null, () -> act(current, HistoryViews::newProposal));
        MenuItem renumber =
                item("revision.renumber", "menu-renumber", null, () -> act(current, HistoryViews::renumber));
        MenuItem continueFrom = item(
                "revision.continueFrom", "menu-continue-from", null, () -> act(current, HistoryViews::continueFrom));
        menu.getItems()
                .addAll(
                        freeze,
                        open,
                        new SeparatorMenuItem(),
                        compare,
                        history,
                        amendments,
                        propose,
                        new SeparatorMenuItem(),
                        renumber,
                        continueFrom);
        menu.setOnShowing(e -> menu.getItems().forEach(i -> i.setDisable(current.get() == null)));
        return menu;
    }

    private static void act(java.util.function.Supplier<HistoryViews> current, Consumer<HistoryViews> action) {
        HistoryViews v = current.get();
        if (v != null) {
            action.accept(v);
        }
    }

    private static MenuItem item(String messageKey, String id, String keys, Runnable action) {
        MenuItem item = new MenuItem(org.penholder.ui.common.Messages.get(messageKey));
        item.setId(id);
        if (keys != null) {
            item.setAccelerator(KeyCombination.keyCombination(keys));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
