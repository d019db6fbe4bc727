package org.penholder.ui.main;

import javafx.animation.PauseTransition;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.penholder.store.MetaStore;
import org.penholder.ui.ProjectSession;
import org.penholder.ui.draft.DraftEditor;
import org.penholder.ui.draft.DraftState;
import org.penholder.ui.draft.DraftViewModel;
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

    public Workspace(ProjectSession session, DraftState state, String credit) {
        this.session = session;
        this.draft = new DraftViewModel(session);
        PauseTransition typing = new PauseTransition(TYPING_DELAY);
        typing.setOnFinished(e -> draft.flushTyping());
        draft.setTypingScheduler(typing::playFromStart);

        this.editor = new DraftEditor(draft);
        this.outline = new OutlineView(draft);
        this.sources = new SourcesPanel(session, draft, credit);

        Label outlineHeading = new Label("Outline");
        outlineHeading.getStyleClass().add("panel-heading");
        VBox left = new VBox(outlineHeading, outline);
        left.getStyleClass().add("outline-panel");
        VBox.setVgrow(outline, javafx.scene.layout.Priority.ALWAYS);

        SplitPane split = new SplitPane(left, editor, sources);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.24, 0.74);
        SplitPane.setResizableWithParent(left, false);
        SplitPane.setResizableWithParent(sources, false);
        setCenter(split);

        session.project().readOnlyReason().ifPresent(reason -> {
            Label banner = new Label("Read only. " + reason + " Changes cannot be made in this window.");
            banner.setId("read-only-banner");
            banner.getStyleClass().add("banner");
            banner.setMaxWidth(Double.MAX_VALUE);
            setTop(banner);
            editor.setEditable(false);
        });
        draft.load(state);
        if (!draft.outline().isEmpty()) {
            draft.outline().stream().filter(r -> r.kind().isParagraph()).findFirst()
                    .ifPresent(r -> draft.currentParagraphProperty().set(r.id()));
        }
    }

    /** Reads what a workspace shows, on the project's thread. */
    public static String creditOf(ProjectSession session) {
        return session.project().meta().get(MetaStore.CREDIT).orElse("");
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

    /** Writes typing that waits for its moment. */
    public void flush() {
        draft.flushTyping();
    }
}
