package org.penholder.ui.agreed;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.penholder.agreed.AgreedInserts;
import org.penholder.agreed.AgreedSource;
import org.penholder.agreed.ParagraphTrace;
import org.penholder.model.Draft;
import org.penholder.model.Ids;
import org.penholder.model.Paragraph;
import org.penholder.ui.ProjectSession;
import org.penholder.ui.draft.DraftEditor;
import org.penholder.ui.draft.DraftViewModel;
import org.penholder.ui.draft.OutlineRow;
import org.penholder.ui.sources.SourcesPanel;

/**
 * Agreed language in the window: the Agreed Texts view, the margin marks of paragraphs built on
 * agreed language, the agreed wording shown apart on demand, the Sources panel's part, and the
 * insertion of an adopted paragraph from the editor. Wired to the workspace's editor, outline
 * and Sources panel through small hooks, so that it can move to the window's new view models.
 */
public final class AgreedUi {

    /** The style of the agreed wording shown apart in the draft. */
    public static final String AGREED_SPAN = "agreed-span";

    private static final Duration RETRACE = Duration.millis(300);

    private final ProjectSession session;
    private final DraftViewModel draft;
    private final DraftEditor editor;
    private final DraftTracing tracing;
    private final AgreedSourcesPane pane;
    private final AgreedTextsViewModel texts;
    private final AgreedTextsView view;
    private final Set<String> pending = new LinkedHashSet<>();
    private final PauseTransition retrace = new PauseTransition(RETRACE);

    private AgreedUi(
            ProjectSession session,
            DraftViewModel draft,
            DraftEditor editor,
            SourcesPanel sources,
            BiFunction<String, Node, Tab> addView) {
        this.session = session;
        this.draft = draft;
        this.editor = editor;
        this.tracing = new DraftTracing(session);
        this.pane = new AgreedSourcesPane(tracing);
        this.texts = new AgreedTextsViewModel(session);
        this.view = new AgreedTextsView(session, texts);
        sources.addPart(pane);
        sources.getStylesheets().add(AgreedUi.class.getResource("agreed.css").toExternalForm());
        editor.getStylesheets().add(AgreedUi.class.getResource("agreed.css").toExternalForm());
        Tab tab = addView.apply(AgreedTextsView.NAME, view);
        tab.selectedProperty().addListener((o, was, now) -> {
            if (now) {
                texts.refresh();
            }
        });
        texts.setOnLibraryChanged(this::traceAll);
        editor.setMarginDecorator(this::decorate);
        tracing.addListener(this::traced);
        draft.documentVersionProperty().addListener((o, a, b) -> traceAll());
        draft.outline().addListener((ListChangeListener<OutlineRow>) change -> {
            while (change.next()) {
                if (change.wasAdded()) {
                    for (OutlineRow r : change.getAddedSubList()) {
                        if (r.kind().isParagraph()) {
                            pending.add(r.id());
                        }
                    }
                }
            }
            retrace.playFromStart();
        });
        retrace.setOnFinished(e -> retracePending());
        draft.currentParagraphProperty().addListener((o, a, id) -> pane.show(id));
        pane.showSpansToggle().selectedProperty().addListener((o, a, on) -> markAll());
        pane.insertButton().setDisable(session.project().isReadOnly());
        pane.insertButton().setOnAction(e -> insertAfterCurrent());
    }

    /** Adds agreed language to a workspace: its view (through {@code addView}), the editor's marks and the Sources panel's part. */
    public static AgreedUi install(
            ProjectSession session,
            DraftViewModel draft,
            DraftEditor editor,
            SourcesPanel sources,
            BiFunction<String, Node, Tab> addView) {
        return new AgreedUi(session, draft, editor, sources, addView);
    }

    /** The tracing of the draft (for tests). */
    public DraftTracing tracing() {
        return tracing;
    }

    /** The Agreed Texts view. */
    public AgreedTextsView view() {
        return view;
    }

    /** The Sources panel's part. */
    public AgreedSourcesPane pane() {
        return pane;
    }

    private List<DraftTracing.Paragraph> paragraphs() {
        List<DraftTracing.Paragraph> out = new ArrayList<>();
        for (Draft.Block b : draft.blocks()) {
            if (b.kind().isParagraph()) {
                out.add(new DraftTracing.Paragraph(b.id(), draft.label(b.id()).orElse(""), b.text()));
            }
        }
        return out;
    }

    /** Traces the whole draft again (shown, undone, library changed). */
    public void traceAll() {
        pending.clear();
        tracing.traceAll(paragraphs());
    }

    private void retracePending() {
        if (pending.isEmpty()) {
            return;
        }
        if (pending.size() > 20) {
            traceAll();
            return;
        }
        for (String id : List.copyOf(pending)) {
            draft.blocks().stream()
                    .filter(b -> id.equals(b.id()))
                    .findFirst()
                    .ifPresent(b -> tracing.traceOne(
                            new DraftTracing.Paragraph(id, draft.label(id).orElse(""), b.text())));
        }
        pending.clear();
    }

    private void traced(String paragraphId) {
        editor.refreshMargin();
        String current = draft.currentParagraphProperty().get();
        if (paragraphId == null || paragraphId.equals(current)) {
            pane.show(current);
        }
        if (pane.showSpansToggle().isSelected()) {
            if (paragraphId == null) {
                markAll();
            } else {
                mark(paragraphId, true);
            }
        }
    }

    private void decorate(String paragraphId, Label label) {
        Optional<String> lost = tracing.lostSource(paragraphId);
        if (lost.isPresent()) {
            label.getStyleClass().add("agreed-language-lost");
            label.setTooltip(new Tooltip(lost.get()));
            return;
        }
        List<String> summary = tracing.summary(paragraphId);
        if (summary.isEmpty()) {
            return;
        }
        label.getStyleClass()
                .add(tracing.isBuiltOnAgreedLanguage(paragraphId) ? "agreed-language" : "agreed-language-partly");
        label.setTooltip(new Tooltip(String.join("\n", summary)));
    }

    private void markAll() {
        boolean on = pane.showSpansToggle().isSelected();
        for (Draft.Block b : draft.blocks()) {
            if (b.kind().isParagraph()) {
                mark(b.id(), on);
            }
        }
    }

    private void mark(String paragraphId, boolean on) {
        List<int[]> ranges = new ArrayList<>();
        if (on) {
            ParagraphTrace t = tracing.trace(paragraphId).orElse(null);
            String shown = draft.blocks().stream()
                    .filter(b -> paragraphId.equals(b.id()))
                    .map(Draft.Block::text)
                    .findFirst()
                    .orElse(null);
            if (t != null && t.text().equals(shown)) {
                for (AgreedSource s : t.sources()) {
                    for (AgreedSource.Span span : s.spans()) {
                        ranges.add(new int[] {span.from(), span.to()});
                    }
                }
                ranges.sort((a, b) -> Integer.compare(a[0], b[0]));
                ranges = merge(ranges);
            }
        }
        editor.markRanges(paragraphId, ranges, AGREED_SPAN);
    }

    private static List<int[]> merge(List<int[]> sorted) {
        List<int[]> out = new ArrayList<>();
        for (int[] r : sorted) {
            if (!out.isEmpty() && r[0] <= out.getLast()[1]) {
                out.getLast()[1] = Math.max(out.getLast()[1], r[1]);
            } else {
                out.add(new int[] {r[0], r[1]});
            }
        }
        return out;
    }

    /** Searches the adopted texts and inserts the paragraph chosen after the current one, cited; Undo takes it out. */
    public void insertAfterCurrent() {
        String current = draft.currentParagraphProperty().get();
        if (current == null) {
            return;
        }
        String label = draft.where(current);
        AgreedTextsViewModel search = new AgreedTextsViewModel(session);
        AgreedInsertDialog.choose(
                        editor.getScene() == null ? null : editor.getScene().getWindow(), search, label)
                .ifPresent(hit -> insert(current, hit.paragraph().id(), label));
    }

    /**
     * Inserts adopted paragraph {@code agreedParagraphId} after paragraph {@code afterId} (labelled
     * {@code afterLabel}, "PP2"), as one undoable command.
     */
    public java.util.concurrent.CompletableFuture<String> insert(
            String afterId, long agreedParagraphId, String afterLabel) {
        draft.flushTyping();
        String newId = Ids.newParagraphId();
        AgreedInserts inserts = session.project().agreedInserts(session::author);
        return session.execute(() -> {
                    Paragraph after = session.project().draftService().paragraph(afterId);
                    return inserts.insert(
                            newId,
                            after.sectionId(),
                            after.position() + 1,
                            after.kind(),
                            agreedParagraphId,
                            afterLabel);
                })
                .thenCompose(c -> draft.reload())
                .thenApply(x -> {
                    session.onUi(() -> draft.currentParagraphProperty().set(newId));
                    return newId;
                });
    }
}
