package org.penholder.ui.main;

import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.penholder.ui.ProjectSession;
import org.penholder.ui.common.LazyView;
import org.penholder.ui.common.Messages;
import org.penholder.ui.coverage.CoverageView;
import org.penholder.ui.draft.DraftEditor;
import org.penholder.ui.draft.DraftState;
import org.penholder.ui.draft.DraftViewModel;
import org.penholder.ui.draft.FootnoteStrip;
import org.penholder.ui.inputs.InputsView;
import org.penholder.ui.inputs.ListsView;
import org.penholder.ui.inputs.StakeholdersView;
import org.penholder.ui.outline.OutlineView;
import org.penholder.ui.sources.SourcesPanel;

/**
 * An open project in the window: outline, the draft, and the sources of the current paragraph,
 * with a banner when the project is read only.
 */
public final class Workspace extends BorderPane {

    /** How long typing waits before it is written: short enough to lose little in a crash. */
    static final Duration TYPING_DELAY = Duration.millis(300);

    private final ProjectSession session;
    private final DraftViewModel draft;
    private final DraftEditor editor;
    private final OutlineView outline;
    private final SourcesPanel sources;
    private final FootnoteStrip footnotes;
    private final TabPane views = new TabPane();
    private final LazyView<ListsView> lists;
    private final LazyView<InputsView> inputs;
    private final LazyView<StakeholdersView> stakeholders;
    private final LazyView<CoverageView> coverage;
    private Consumer<CoverageView> coverageReady = v -> {};
    private Runnable onSaveCopy = () -> {};
    private final org.penholder.ui.agreed.AgreedUi agreed;

    /** The name of the draft's view, the first of the workspace. */
    public static final String DRAFT = "Draft";
    /** The name of the view of the inputs: the library and the reader. */
    public static final String INPUTS = "Inputs";

    public Workspace(ProjectSession session, DraftState state, String credit) {
        this.session = session;
        this.draft = new DraftViewModel(session);
        PauseTransition typing = new PauseTransition(TYPING_DELAY);
        typing.setOnFinished(e -> draft.flushTyping());
        draft.setTypingScheduler(typing::playFromStart);

        this.editor = new DraftEditor(draft);
        this.outline = new OutlineView(draft);
        this.sources = new SourcesPanel(session, draft, credit);

        Label outlineHeading = new Label(Messages.get("outline.heading"));
        outlineHeading.getStyleClass().add("panel-heading");
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        javafx.scene.layout.HBox.setHgrow(gap, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.layout.HBox outlineTop = new javafx.scene.layout.HBox(outlineHeading, gap, outline.statusFilter());
        outlineTop.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        outlineTop.getStyleClass().add("outline-top");
        VBox left = new VBox(outlineTop, outline);
        left.getStyleClass().add("outline-panel");
        VBox.setVgrow(outline, javafx.scene.layout.Priority.ALWAYS);

        this.footnotes = new FootnoteStrip(session, draft, () -> editor.area().getCaretColumn());
        footnotes.listenTo(editor);
        VBox center = new VBox(editor, footnotes);
        VBox.setVgrow(editor, javafx.scene.layout.Priority.ALWAYS);
        SplitPane split = new SplitPane(left, center, sources);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.24, 0.74);
        SplitPane.setResizableWithParent(left, false);
        SplitPane.setResizableWithParent(sources, false);
        views.setId("views");
        views.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        views.getStyleClass().add("views");
        addView(DRAFT, split);
        this.inputs = lazyView(INPUTS, () -> {
            InputsView view = new InputsView(session, draft, this::showParagraph);
            following(INPUTS, view.viewModel()::setShowing);
            return view;
        });
        // the Sources panel's "Open in reader" leads to the Inputs view, built when first needed
        sources.setOnOpenPassage((id, range) -> {
            showView(INPUTS);
            inputs.get().open(id, range);
        });
        this.stakeholders = lazyView(StakeholdersView.NAME, () -> {
            StakeholdersView view = new StakeholdersView(session);
            following(StakeholdersView.NAME, view.viewModel()::setShowing);
            return view;
        });
        this.lists = lazyView(ListsView.NAME, () -> {
            ListsView view = new ListsView(session);
            following(ListsView.NAME, view.viewModel()::setShowing);
            return view;
        });
        this.coverage = lazyView(CoverageView.NAME, () -> {
            CoverageView view = new CoverageView(session, this::showParagraph, this::openInput);
            view.showWhenSelected(tab(CoverageView.NAME));
            view.setShowing(true);
            coverageReady.accept(view);
            return view;
        });
        setCenter(views);

        session.project().readOnlySaid().ifPresent(reason -> {
            setTop(new ReadOnlyBanner(Messages.get(reason), () -> onSaveCopy.run()));
            editor.setEditable(false);
        });
        this.agreed = org.penholder.ui.agreed.AgreedUi.install(session, draft, editor, sources, this::addView);
        draft.load(state);
        if (!draft.outline().isEmpty()) {
            draft.outline().stream()
                    .filter(r -> r.kind().isParagraph())
                    .findFirst()
                    .ifPresent(r -> draft.currentParagraphProperty().set(r.id()));
        }
    }

    /** What the read-only banner's "Save a Copy…" does (the window saves a copy and opens it). */
    public void setOnSaveCopy(Runnable action) {
        this.onSaveCopy = action;
    }

    /** The footnotes of the current paragraph, under the draft (Edit > Insert Footnote acts on it). */
    public FootnoteStrip footnotes() {
        return footnotes;
    }

    public ListsView lists() {
        return lists.get();
    }

    /**
     * Tells a view whether it shows, from now on: a view that does not show marks itself stale when
     * the project changes and reads again once shown.
     */
    private void following(String name, Consumer<Boolean> showing) {
        Tab tab = tab(name);
        tab.selectedProperty().addListener((o, was, now) -> showing.accept(now));
        showing.accept(tab.isSelected());
    }

    private Tab tab(String name) {
        return views.getTabs().stream()
                .filter(t -> name.equals(t.getUserData()))
                .findFirst()
                .orElseThrow();
    }

    /** Agreed language in this workspace: its view, the editor's marks, the Sources panel's part. */
    public org.penholder.ui.agreed.AgreedUi agreed() {
        return agreed;
    }

    /** Adds a view whose content is built the first time it is shown or asked for. */
    private <T extends javafx.scene.Node> LazyView<T> lazyView(String name, java.util.function.Supplier<T> make) {
        return new LazyView<>(addView(name, new javafx.scene.layout.Pane()), make);
    }

    /** What to do with the Coverage view once it is built (the window wires its report export). */
    public void whenCoverageReady(Consumer<CoverageView> action) {
        coverage.ifBuilt(action);
        Consumer<CoverageView> before = coverageReady;
        coverageReady = v -> {
            before.accept(v);
            action.accept(v);
        };
    }

    /**
     * Adds a view of the project as a tab of the workspace; {@code name} names it in the code, the
     * tab shows the message {@code view.NAME} (spaces left out).
     */
    public Tab addView(String name, javafx.scene.Node content) {
        Tab tab = new Tab(Messages.get("view." + name.replace(" ", "")), content);
        tab.setUserData(name);
        tab.setId("view-" + name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
        views.getTabs().add(tab);
        return tab;
    }

    /** Brings a view to the front. */
    public void showView(String name) {
        views.getTabs().stream()
                .filter(t -> name.equals(t.getUserData()))
                .findFirst()
                .ifPresent(t -> views.getSelectionModel().select(t));
    }

    /** The name of the view in front. */
    public String currentView() {
        return (String) views.getSelectionModel().getSelectedItem().getUserData();
    }

    /** Shows an input in the reader, ready for a passage to be selected and linked (Coverage's "Read and link"). */
    public void openInput(long inputId) {
        showView(INPUTS);
        inputs.get().open(inputId, null);
    }

    /** Shows a paragraph in the draft's view (from any other view). */
    public void showParagraph(String paragraphId) {
        showView(DRAFT);
        draft.currentParagraphProperty().set(paragraphId);
        editor.showParagraph(paragraphId);
        editor.area().requestFocus();
    }

    public ProjectSession session() {
        return session;
    }

    public DraftViewModel draft() {
        return draft;
    }

    public DraftEditor editor() {
        return editor;
    }

    public OutlineView outline() {
        return outline;
    }

    public SourcesPanel sources() {
        return sources;
    }

    public StakeholdersView stakeholders() {
        return stakeholders.get();
    }

    /** The Inputs view: library, reader, imports. */
    public InputsView inputs() {
        return inputs.get();
    }

    public CoverageView coverage() {
        return coverage.get();
    }

    /** Writes typing that waits for its moment. */
    public void flush() {
        draft.flushTyping();
    }
}
