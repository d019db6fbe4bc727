package org.penholder.ui.draft;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.penholder.draft.DraftService;
import org.penholder.draft.TextEdit;
import org.penholder.events.Changes;
import org.penholder.events.ProjectEvent.LinksChanged;
import org.penholder.events.ProjectEvent.MetaChanged;
import org.penholder.events.ProjectEvent.ParagraphsChanged;
import org.penholder.model.BlockKind;
import org.penholder.model.Draft;
import org.penholder.model.Draft.Block;
import org.penholder.model.Numbering;
import org.penholder.model.Paragraph;
import org.penholder.model.ParagraphKind;
import org.penholder.model.ParagraphLabel;
import org.penholder.model.ParagraphStatus;
import org.penholder.ui.ProjectSession;
import org.penholder.ui.common.Messages;

/**
 * The draft as the window shows it: blocks, numbers, statuses and source counts, kept in step
 * with the editor on the UI thread, while changes travel to the project file on the session's
 * thread. Typing is held for a moment and written in one go ({@link #flushTyping}); splits, joins
 * and deletions are written at once, after any typing before them. Its own changes go out with
 * itself as their origin; changes of the draft made anywhere else (undo, a proposal accepted, a
 * restored text) make it read the draft again, and changes of links its source counts.
 */
public final class DraftViewModel {

    private final ProjectSession session;
    private final ObservableList<OutlineRow> outline = FXCollections.observableArrayList();
    private final ObjectProperty<String> currentParagraph = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final IntegerProperty documentVersion = new SimpleIntegerProperty();
    private final IntegerProperty numberingVersion = new SimpleIntegerProperty();

    private List<Block> blocks = List.of();
    private final Map<String, ParagraphStatus> status = new HashMap<>();
    private Map<String, Integer> sources = new HashMap<>();
    private Map<String, ParagraphLabel> labels = Map.of();
    private Map<String, ParagraphLabel> frozenLabels = Map.of();
    private final Map<String, DraftOp.Typed> dirty = new LinkedHashMap<>();
    private Runnable typingScheduler = () -> {};
    /** The footnotes of each paragraph, their marks following typing until the draft is read again. */
    private Map<String, List<org.penholder.model.Footnote>> footnotes = Map.of();

    public DraftViewModel(ProjectSession session) {
        this.session = session;
        session.subscribe(this::follow);
    }

    private void follow(Changes c) {
        if (c.causedBy(this)) {
            if (c.touches(LinksChanged.class)) {
                readSources(); // typing can make a link suspect, a split moves links
            }
            return;
        }
        if (c.touches(ParagraphsChanged.class, MetaChanged.class)) {
            reload();
        } else if (c.touches(LinksChanged.class)) {
            readSources();
        }
    }

    private void readSources() {
        session.read(() -> session.project().linkService().countsByParagraph())
                .thenAccept(counts -> session.onUi(() -> {
                    sources = new HashMap<>(counts);
                    outline.setAll(rows());
                }));
    }

    /** Called whenever typing is waiting to be written; the view debounces and calls {@link #flushTyping}. */
    public void setTypingScheduler(Runnable scheduler) {
        this.typingScheduler = scheduler;
    }

    /** Shows a draft read from the project; the editor rebuilds its text. */
    public void load(DraftState state) {
        Draft d = state.draft();
        blocks = d.blocks();
        status.clear();
        for (Paragraph p : d.paragraphs()) {
            status.put(p.id(), p.status());
        }
        sources = new HashMap<>(state.sources());
        footnotes = new HashMap<>(d.footnotes());
        frozenLabels = Map.copyOf(state.frozenLabels());
        title.set(d.title());
        relabel();
        outline.setAll(rows());
        documentVersion.set(documentVersion.get() + 1);
    }

    /**
     * Reads the draft again from the project and shows it (after undo, redo, changes from
     * elsewhere). Typing that waits is written first, so the draft read holds it.
     */
    public java.util.concurrent.CompletableFuture<Void> reload() {
        flushTyping();
        return session.read(() -> DraftState.read(session.project())).thenAccept(s -> session.onUi(() -> load(s)));
    }

    /**
     * The editor's lines changed: works out what happened, updates the outline and sends the
     * changes on their way. A rejected change (one that would break a heading) returns
     * {@code rejected} and the editor shows {@link #blocks()} again.
     */
    public DraftReconciler.Result editorChanged(List<EditorLine> lines) {
        DraftReconciler.Result r = DraftReconciler.reconcile(blocks, lines);
        if (r.rejected()) {
            return r;
        }
        followFootnotes(r.ops());
        Map<String, String> whereBefore = new HashMap<>();
        labels.forEach((id, l) -> whereBefore.put(id, l.display()));
        blocks = List.copyOf(r.blocks());
        boolean structural = false;
        for (DraftOp op : r.ops()) {
            if (op instanceof DraftOp.Typed t) {
                dirty.put(t.kind() + ":" + t.id(), t);
                if (t.kind() == BlockKind.TITLE) {
                    title.set(t.text());
                }
            } else {
                structural = true;
            }
        }
        if (structural) {
            for (Block b : blocks) {
                if (b.kind().isParagraph()) {
                    status.putIfAbsent(b.id(), ParagraphStatus.DRAFTING);
                }
            }
            relabel();
            outline.setAll(rows());
            List<DraftOp> structuralOps = r.ops().stream()
                    .filter(op -> !(op instanceof DraftOp.Typed))
                    .toList();
            flushTyping();
            for (DraftOp op : structuralOps) {
                String where = whereBefore.getOrDefault(idOf(op), Messages.get("place.draft"));
                session.execute(this, () -> carryOut(op, where));
            }
            numberingVersion.set(numberingVersion.get() + 1);
        } else if (!dirty.isEmpty()) {
            updateRowsOf(r.ops());
            typingScheduler.run();
        }
        return r;
    }

    private org.penholder.draft.Command carryOut(DraftOp op, String where) {
        var commands = session.draftCommands();
        return switch (op) {
            case DraftOp.Split s -> commands.split(s.id(), s.newId(), s.first(), s.second(), where);
            case DraftOp.Join j -> commands.join(j.keepId(), j.removeId(), j.merged(), where);
            case DraftOp.Delete d -> commands.delete(d.id(), where);
            case DraftOp.Insert i ->
                commands.insert(
                        i.newId(),
                        i.sectionId(),
                        i.position(),
                        i.kind() == BlockKind.PP ? ParagraphKind.PP : ParagraphKind.OP,
                        i.text(),
                        null);
            case DraftOp.Typed t -> throw new IllegalArgumentException("typing is written by flushTyping");
        };
    }

    private static String idOf(DraftOp op) {
        return switch (op) {
            case DraftOp.Split s -> s.id();
            case DraftOp.Join j -> j.keepId();
            case DraftOp.Delete d -> d.id();
            case DraftOp.Insert i -> i.newId();
            case DraftOp.Typed t -> t.id();
        };
    }

    /** The footnotes of a paragraph as the editor shows them, in the order of their marks. */
    public List<org.penholder.model.Footnote> footnotesOf(String paragraphId) {
        return footnotes.getOrDefault(paragraphId, List.of());
    }

    /** Typed text moves the marks shown as the draft service will move them (docs/adr/0130). */
    private void followFootnotes(List<DraftOp> ops) {
        for (DraftOp op : ops) {
            if (op instanceof DraftOp.Typed t && footnotes.containsKey(t.id())) {
                blocks.stream()
                        .filter(b -> t.id().equals(b.id()))
                        .findFirst()
                        .ifPresent(b -> footnotes.put(
                                t.id(),
                                org.penholder.model.FootnoteAnchors.follow(b.text(), t.text(), footnotes.get(t.id()))));
            }
        }
    }

    /** Writes the typing held so far; each paragraph's text goes in one transaction. */
    public void flushTyping() {
        if (dirty.isEmpty()) {
            return;
        }
        List<DraftOp.Typed> batch = new ArrayList<>(dirty.values());
        dirty.clear();
        Map<String, String> where = new HashMap<>();
        for (DraftOp.Typed t : batch) {
            label(t.id()).ifPresent(l -> where.put(idOf(t), l));
        }
        int[] written = {0};
        session.submit(this, () -> {
                    DraftService service = session.project().draftService();
                    for (DraftOp.Typed t : batch) {
                        write(service, t, where);
                        written[0]++;
                    }
                    return null;
                })
                .exceptionally(e -> {
                    // not written (a full disk): kept to go with the next change, unless typed over since
                    List<DraftOp.Typed> unwritten = batch.subList(written[0], batch.size());
                    session.onUi(() -> unwritten.forEach(t -> dirty.putIfAbsent(t.kind() + ":" + t.id(), t)));
                    return null;
                });
    }

    private void write(DraftService service, DraftOp.Typed t, Map<String, String> where) {
        switch (t.kind()) {
            case TITLE, HEADING ->
                session.recordDone(
                        session.draftCommands().retitle(t.kind() == BlockKind.TITLE ? null : t.id(), t.text()));
            case PP, OP -> {
                TextEdit edit = service.typeText(t.id(), t.text(), session.author());
                if (edit.amendmentId() != 0) {
                    session.recordDone(session.draftCommands().typed(edit, where.get(idOf(t))));
                }
            }
        }
    }

    /** True while typing waits to be written. */
    public boolean hasUnwrittenTyping() {
        return !dirty.isEmpty();
    }

    /** Undoes the latest change; the draft follows what it changed. */
    public void undo() {
        flushTyping();
        session.undo();
    }

    public void redo() {
        flushTyping();
        session.redo();
    }

    /** Sets the negotiation status of a paragraph. */
    public void setStatus(String paragraphId, ParagraphStatus newStatus) {
        if (paragraphId == null || newStatus == status.get(paragraphId)) {
            return;
        }
        flushTyping();
        String where = where(paragraphId);
        status.put(paragraphId, newStatus);
        outline.setAll(rows());
        numberingVersion.set(numberingVersion.get() + 1);
        session.execute(this, () -> session.draftCommands().setStatus(paragraphId, newStatus, where));
    }

    /** Makes a paragraph preambular or operative. */
    public void setKind(String paragraphId, ParagraphKind kind) {
        if (paragraphId == null) {
            return;
        }
        flushTyping();
        String where = where(paragraphId);
        // not on its own behalf: the numbers change, and the draft reads them back
        session.execute(() -> session.draftCommands().setKind(paragraphId, kind, where));
    }

    private void relabel() {
        List<Paragraph> inOrder = new ArrayList<>();
        for (Block b : blocks) {
            if (b.kind().isParagraph()) {
                inOrder.add(new Paragraph(
                        b.id(),
                        null,
                        b.kind() == BlockKind.PP ? ParagraphKind.PP : ParagraphKind.OP,
                        0,
                        ParagraphStatus.DRAFTING,
                        b.text()));
            }
        }
        labels = Numbering.frozen(inOrder, frozenLabels);
    }

    private List<OutlineRow> rows() {
        List<OutlineRow> rows = new ArrayList<>();
        for (Block b : blocks) {
            rows.add(row(b));
        }
        return rows;
    }

    private OutlineRow row(Block b) {
        if (b.kind().isParagraph()) {
            return new OutlineRow(
                    b.kind(),
                    b.id(),
                    labels.get(b.id()).display(),
                    b.text(),
                    status.getOrDefault(b.id(), ParagraphStatus.DRAFTING),
                    sources.getOrDefault(b.id(), 0));
        }
        return new OutlineRow(b.kind(), b.id(), "", b.text(), null, 0);
    }

    private void updateRowsOf(List<DraftOp> ops) {
        for (DraftOp op : ops) {
            if (op instanceof DraftOp.Typed t) {
                for (int i = 0; i < blocks.size(); i++) {
                    Block b = blocks.get(i);
                    if (b.kind() == t.kind() && java.util.Objects.equals(b.id(), t.id())) {
                        outline.set(i, row(b));
                    }
                }
            }
        }
    }

    /** The blocks as the editor should show them. */
    public List<Block> blocks() {
        return blocks;
    }

    /**
     * How a command or a question names a paragraph: its number ("OP3"), or "the paragraph" in the
     * window's language while it has none.
     */
    public String where(String paragraphId) {
        return label(paragraphId).orElseGet(() -> Messages.get("place.paragraph"));
    }

    /** "PP3" or "12." for a paragraph. */
    public Optional<String> label(String paragraphId) {
        ParagraphLabel l = paragraphId == null ? null : labels.get(paragraphId);
        return Optional.ofNullable(l).map(ParagraphLabel::display);
    }

    public ParagraphStatus status(String paragraphId) {
        return status.getOrDefault(paragraphId, ParagraphStatus.DRAFTING);
    }

    public int sources(String paragraphId) {
        return sources.getOrDefault(paragraphId, 0);
    }

    /** One row per block: the title, headings and paragraphs. */
    public ObservableList<OutlineRow> outline() {
        return outline;
    }

    public ObjectProperty<String> currentParagraphProperty() {
        return currentParagraph;
    }

    public StringProperty titleProperty() {
        return title;
    }

    /** Goes up whenever the editor must rebuild its whole text from {@link #blocks()}. */
    public ReadOnlyIntegerProperty documentVersionProperty() {
        return documentVersion;
    }

    /** Goes up whenever numbers or statuses change and the editor's margin must be redrawn. */
    public ReadOnlyIntegerProperty numberingVersionProperty() {
        return numberingVersion;
    }
}
