package org.penholder.ui.draft;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.IntFunction;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyledTextArea;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.richtext.util.UndoUtils;
import org.penholder.model.BlockKind;
import org.penholder.model.Draft.Block;
import org.penholder.ui.common.RtlSafeText;

/**
 * The draft as one continuous, editable document. Each line shows one block of the draft and
 * carries its {@link BlockRef}; changes are handed to the {@link DraftViewModel}, which tells
 * splits, joins and typing apart. The margin shows each paragraph's number and status.
 */
public final class DraftEditor extends StackPane {

    private static final KeyCombination UNDO = KeyCombination.keyCombination("Shortcut+Z");
    private static final KeyCombination REDO = KeyCombination.keyCombination("Shortcut+Y");
    private static final KeyCombination REDO_SHIFT = KeyCombination.keyCombination("Shortcut+Shift+Z");

    /** The width of the margin that shows each paragraph's number. */
    private static final double MARGIN = 58;

    private final DraftViewModel vm;
    private final StyledTextArea<BlockRef, Collection<String>> area;
    private boolean rebuilding;
    private java.util.function.BiConsumer<String, Label> marginDecorator = (id, label) -> {};

    public DraftEditor(DraftViewModel vm) {
        this.vm = vm;
        this.area = new StyledTextArea<>(
                new BlockRef(BlockKind.OP, null),
                DraftEditor::styleLine,
                List.of(),
                (text, classes) -> text.getStyleClass().addAll(classes));
        area.setId("draft-editor");
        area.getStyleClass().add("draft-editor");
        area.setWrapText(true);
        // each line takes the direction of its own text, also in a window mirrored for Arabic
        area.setNodeOrientation(javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);
        area.setUndoManager(UndoUtils.noOpUndoManager());
        area.setParagraphGraphicFactory(margin());
        // a narrower area would break right-to-left words inside, which JavaFX fails on (docs/adr/0060)
        setMinWidth(RtlSafeText.AREA_MIN_WIDTH + MARGIN);
        getChildren().add(new VirtualizedScrollPane<>(area));

        area.plainTextChanges().subscribe(change -> {
            if (!rebuilding) {
                onTextChanged();
            }
        });
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::guardKeys);
        area.currentParagraphProperty().addListener((obs, was, now) -> publishCurrent());
        vm.documentVersionProperty().addListener((obs, was, now) -> rebuild());
        vm.numberingVersionProperty().addListener((obs, was, now) -> refreshMargin());
        vm.currentParagraphProperty().addListener((obs, was, now) -> {
            if (now != null && !now.equals(currentBlockId())) {
                showParagraph(now);
            }
        });
    }

    /** The text area itself (for focus and tests). */
    public StyledTextArea<BlockRef, Collection<String>> area() {
        return area;
    }

    public void setEditable(boolean editable) {
        area.setEditable(editable);
    }

    /** Moves the caret to the start of a paragraph and scrolls it into view. */
    public void showParagraph(String id) {
        int index = indexOf(id);
        if (index >= 0) {
            area.moveTo(index, 0);
            area.showParagraphAtTop(Math.max(0, index - 1));
        }
    }

    private int indexOf(String id) {
        var paragraphs = area.getParagraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            BlockRef ref = paragraphs.get(i).getParagraphStyle();
            if (ref != null && id.equals(ref.id())) {
                return i;
            }
        }
        return -1;
    }

    private String currentBlockId() {
        int p = area.getCurrentParagraph();
        if (p < 0 || p >= area.getParagraphs().size()) {
            return null;
        }
        BlockRef ref = area.getParagraph(p).getParagraphStyle();
        return ref == null ? null : ref.id();
    }

    private void publishCurrent() {
        int p = area.getCurrentParagraph();
        if (p < 0 || p >= area.getParagraphs().size()) {
            return;
        }
        BlockRef ref = area.getParagraph(p).getParagraphStyle();
        if (ref != null && ref.kind().isParagraph()) {
            vm.currentParagraphProperty().set(ref.id());
        }
    }

    /** Shows the view model's blocks, keeping the caret where it was when possible. */
    private void rebuild() {
        String keep = currentBlockId();
        int column = area.getCaretColumn();
        List<Block> blocks = vm.blocks();
        ReadOnlyStyledDocumentBuilder<BlockRef, String, Collection<String>> builder =
                new ReadOnlyStyledDocumentBuilder<>(SegmentOps.styledTextOps(), new BlockRef(BlockKind.OP, null));
        for (Block b : blocks) {
            builder.addParagraph(
                    List.of(b.text()),
                    spans(b.kind(), b.text(), FootnoteStrip.marks(vm.footnotesOf(b.id()), b.text())),
                    new BlockRef(b.kind(), b.id()));
        }
        rebuilding = true;
        try {
            area.replace(0, area.getLength(), builder.build());
        } finally {
            rebuilding = false;
        }
        refreshMargin();
        int index = keep == null ? -1 : indexOf(keep);
        if (index >= 0) {
            area.moveTo(index, Math.min(column, area.getParagraphLength(index)));
        } else {
            area.moveTo(0);
        }
        publishCurrent();
    }

    private void onTextChanged() {
        List<EditorLine> lines = new ArrayList<>(area.getParagraphs().size());
        for (var p : area.getParagraphs()) {
            lines.add(new EditorLine(p.getParagraphStyle(), p.getText()));
        }
        DraftReconciler.Result r = vm.editorChanged(lines);
        if (r.rejected()) {
            Platform.runLater(this::rebuild);
            return;
        }
        rebuilding = true;
        try {
            r.restyle().forEach(area::setParagraphStyle);
            int current = area.getCurrentParagraph();
            restyleText(current);
            for (int index : r.restyle().keySet()) {
                restyleText(index);
            }
            if (!r.restyle().isEmpty() && current > 0) {
                restyleText(current - 1);
            }
        } finally {
            rebuilding = false;
        }
        publishCurrent();
    }

    private void restyleText(int index) {
        if (index < 0 || index >= area.getParagraphs().size()) {
            return;
        }
        var p = area.getParagraph(index);
        String text = p.getText();
        if (!text.isEmpty()) {
            BlockRef ref = p.getParagraphStyle();
            area.setStyleSpans(
                    index,
                    0,
                    spans(
                            ref.kind(),
                            text,
                            FootnoteStrip.marks(ref.id() == null ? List.of() : vm.footnotesOf(ref.id()), text)));
        }
    }

    /** Keeps Enter, Backspace and Delete from breaking the title and headings apart; routes Undo and Redo. */
    private void guardKeys(KeyEvent e) {
        if (UNDO.match(e)) {
            e.consume();
            vm.undo();
            return;
        }
        if (REDO.match(e) || REDO_SHIFT.match(e)) {
            e.consume();
            vm.redo();
            return;
        }
        if (!area.isEditable() || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        int p = area.getCurrentParagraph();
        BlockKind here = area.getParagraph(p).getParagraphStyle().kind();
        boolean noSelection = area.getSelection().getLength() == 0;
        if (e.getCode() == KeyCode.ENTER && !here.isParagraph()) {
            e.consume();
            if (p + 1 < area.getParagraphs().size()) {
                area.moveTo(p + 1, 0);
            }
        } else if (e.getCode() == KeyCode.BACK_SPACE && noSelection && area.getCaretColumn() == 0) {
            if (!here.isParagraph()
                    || p == 0
                    || !area.getParagraph(p - 1).getParagraphStyle().kind().isParagraph()) {
                e.consume();
            }
        } else if (e.getCode() == KeyCode.DELETE
                && noSelection
                && area.getCaretColumn() == area.getParagraphLength(p)) {
            boolean last = p + 1 >= area.getParagraphs().size();
            if (!here.isParagraph()
                    || last
                    || !area.getParagraph(p + 1).getParagraphStyle().kind().isParagraph()) {
                e.consume();
            }
        }
    }

    /** Writes typing that waits, at once (before closing, before undo). */
    public void flush() {
        vm.flushTyping();
    }

    /** Lets another view add to each paragraph's number in the margin (a mark, a tooltip); redraws the margin. */
    public void setMarginDecorator(java.util.function.BiConsumer<String, Label> decorator) {
        this.marginDecorator = decorator;
        refreshMargin();
    }

    /**
     * Shows {@code styleClass} on ranges {@code [from, to)} of a paragraph's text, over its own
     * styles; no ranges shows the paragraph as it is. Typing in the paragraph clears them.
     */
    public void markRanges(String paragraphId, List<int[]> ranges, String styleClass) {
        int index = indexOf(paragraphId);
        if (index < 0) {
            return;
        }
        var p = area.getParagraph(index);
        String text = p.getText();
        if (text.isEmpty()) {
            return;
        }
        BlockRef ref = p.getParagraphStyle();
        StyleSpans<Collection<String>> own = spans(
                ref.kind(), text, FootnoteStrip.marks(ref.id() == null ? List.of() : vm.footnotesOf(ref.id()), text));
        StyleSpansBuilder<Collection<String>> marks = new StyleSpansBuilder<>();
        int at = 0;
        for (int[] r : ranges) {
            int from = Math.max(at, Math.min(r[0], text.length()));
            int to = Math.max(from, Math.min(r[1], text.length()));
            if (from > at) {
                marks.add(List.of(), from - at);
            }
            if (to > from) {
                marks.add(List.of(styleClass), to - from);
            }
            at = to;
        }
        if (at < text.length() || at == 0) {
            marks.add(List.of(), text.length() - at);
        }
        rebuilding = true;
        try {
            area.setStyleSpans(index, 0, own.overlay(marks.create(), (mine, mark) -> {
                if (mark.isEmpty()) {
                    return mine;
                }
                List<String> both = new ArrayList<>(mine);
                both.addAll(mark);
                return both;
            }));
        } finally {
            rebuilding = false;
        }
    }

    /** Redraws the margin (numbers, statuses and what {@link #setMarginDecorator} adds). */
    public void refreshMargin() {
        area.setParagraphGraphicFactory(null);
        area.setParagraphGraphicFactory(margin());
    }

    private IntFunction<Node> margin() {
        return index -> {
            Label label = new Label();
            label.getStyleClass().add("paragraph-number");
            label.setMinWidth(MARGIN);
            label.setPrefWidth(MARGIN);
            label.setAlignment(Pos.TOP_RIGHT);
            if (index < area.getParagraphs().size()) {
                BlockRef ref = area.getParagraph(index).getParagraphStyle();
                if (ref != null && ref.kind().isParagraph()) {
                    label.setText(vm.label(ref.id()).orElse(""));
                    label.getStyleClass().add("status-" + vm.status(ref.id()).code());
                    marginDecorator.accept(ref.id(), label);
                }
            }
            return label;
        };
    }

    private static void styleLine(javafx.scene.text.TextFlow flow, BlockRef ref) {
        flow.getStyleClass().removeAll("title-line", "heading-line", "pp-line", "op-line", RtlSafeText.RTL_LINE);
        if (RtlSafeText.isMostlyRightToLeft(flow)) {
            flow.getStyleClass().add(RtlSafeText.RTL_LINE);
        }
        if (ref == null) {
            return;
        }
        flow.getStyleClass()
                .add(
                        switch (ref.kind()) {
                            case TITLE -> "title-line";
                            case HEADING -> "heading-line";
                            case PP -> "pp-line";
                            case OP -> "op-line";
                        });
    }

    /**
     * The styles of a line, the characters footnotes are marked on ({@code marked}) among them; each
     * word of a right-to-left line a segment of its own (docs/adr/0060).
     */
    private static StyleSpans<Collection<String>> spans(BlockKind kind, String text, java.util.Set<Integer> marked) {
        List<RtlSafeText.Span> runs = new ArrayList<>();
        int at = 0;
        for (TextStyling.Run run : TextStyling.runs(kind, text)) {
            // a marked character is a run of its own with the footnote mark's class
            int start = at;
            int end = at + run.length();
            for (int c = start; c < end; c++) {
                if (marked.contains(c)) {
                    if (c > at) {
                        runs.add(new RtlSafeText.Span(c - at, run.classes()));
                    }
                    List<String> classes = new ArrayList<>(run.classes());
                    classes.add(FootnoteStrip.MARK_CLASS);
                    runs.add(new RtlSafeText.Span(1, classes));
                    at = c + 1;
                }
            }
            if (end > at || runs.isEmpty()) {
                runs.add(new RtlSafeText.Span(end - at, run.classes()));
            }
            at = end;
        }
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        for (RtlSafeText.Span s : RtlSafeText.words(text, runs)) {
            b.add(s.styleClasses(), s.length());
        }
        return b.create();
    }
}
