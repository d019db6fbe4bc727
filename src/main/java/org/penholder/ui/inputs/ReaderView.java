package org.penholder.ui.inputs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.penholder.model.Input;
import org.penholder.model.Link;
import org.penholder.model.TextScripts;
import org.penholder.ui.common.Messages;
import org.penholder.ui.common.RtlSafeText;
import org.penholder.ui.common.SafeTextFlow;
import org.penholder.ui.draft.DraftViewModel;

/**
 * An input's text, read only, with every passage already linked highlighted (more strongly those
 * of the current paragraph). Hovering a passage says which paragraphs use it; clicking it offers
 * to go there. A selection is linked to the current paragraph with Ctrl+L, the Link button, or by
 * dragging it onto a paragraph of the outline.
 */
public final class ReaderView extends BorderPane {

    /** A passage dragged out of the reader: "inputId:start:end". */
    public static final DataFormat PASSAGE = new DataFormat("application/x-penholder-passage");

    private final ReaderViewModel vm;
    private final DraftViewModel draft;
    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final SafeTextFlow title = new SafeTextFlow("reader-title");
    // fields left to right, each in its own direction: a name in Arabic leaves the date in order
    private final org.penholder.ui.common.FieldLine details = new org.penholder.ui.common.FieldLine("reader-details");
    private final FlowPane usedIn = new FlowPane(6, 2);
    private final Button link = new Button(Messages.get("inputs.readerView.link"), new FontIcon(Material2AL.LINK));
    private final Popup hover = new Popup();
    private final Label hoverText = new Label();
    private Input input;
    private List<Link> links = List.of();
    private Consumer<String> showParagraph = id -> {};
    private Runnable linkAction = () -> {};

    public ReaderView(ReaderViewModel vm, DraftViewModel draft) {
        this.vm = vm;
        this.draft = draft;
        setId("reader");
        getStyleClass().add("reader");
        area.setId("reader-text");
        area.getStyleClass().add("reader-text");
        area.setEditable(false);
        area.setWrapText(true);
        title.setText(Messages.get("inputs.readerView.noInputOpen"));
        details.setFields(List.of(Messages.get("inputs.readerView.chooseAnInputInThe")));
        link.setId("reader-link");
        link.getStyleClass().add("accent");
        link.setOnAction(e -> linkAction.run());
        link.disableProperty()
                .bind(javafx.beans.binding.Bindings.createBooleanBinding(
                        () -> area.getSelection().getLength() == 0
                                || draft.currentParagraphProperty().get() == null,
                        area.selectionProperty(),
                        draft.currentParagraphProperty()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        VBox heading = new VBox(2, title, details);
        HBox.setHgrow(heading, Priority.ALWAYS);
        HBox top = new HBox(8, heading, link);
        top.setAlignment(Pos.TOP_LEFT);
        top.getStyleClass().add("reader-head");
        setTop(top);
        // each line takes the direction of its own text, also in a window mirrored for Arabic
        area.setNodeOrientation(javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);
        VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
        // a narrower area would break right-to-left words inside, which JavaFX fails on (docs/adr/0060)
        scroll.setMinWidth(RtlSafeText.AREA_MIN_WIDTH + 40);
        setCenter(scroll);
        usedIn.getStyleClass().add("reader-used-in");
        usedIn.setVisible(false);
        usedIn.setManaged(false);
        setBottom(usedIn);
        hoverText.getStyleClass().add("reader-hover");
        hover.getContent().add(hoverText);
        area.setMouseOverTextDelay(Duration.ofMillis(350));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            List<String> labels = vm.labelsAt(e.getCharacterIndex());
            if (!labels.isEmpty() && getScene() != null) {
                hoverText.setText(Messages.get("inputs.readerView.usedIn", String.join(", ", labels)));
                hover.show(
                        area,
                        e.getScreenPosition().getX() + 12,
                        e.getScreenPosition().getY() + 14);
            }
        });
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> hover.hide());
        area.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (area.getSelection().getLength() == 0) {
                showUsesAt(area.getCaretPosition());
            }
        });
        area.addEventFilter(MouseEvent.DRAG_DETECTED, this::startDrag);
        link.setTooltip(new javafx.scene.control.Tooltip(Messages.get("inputs.reader.link.tooltip")));
        draft.currentParagraphProperty().addListener((o, a, b) -> {
            restyle();
            updateLinkButton();
        });
        draft.numberingVersionProperty().addListener((o, a, b) -> updateLinkButton());
        updateLinkButton();
        vm.shownProperty().addListener((o, was, now) -> show(now));
    }

    public ReaderViewModel viewModel() {
        return vm;
    }

    /** Where "go to paragraph" leads (the workspace shows it in the draft). */
    public void setOnShowParagraph(Consumer<String> action) {
        this.showParagraph = action;
    }

    /** What the Link button does. */
    public void setOnLink(Runnable action) {
        this.linkAction = action;
    }

    public StyleClassedTextArea area() {
        return area;
    }

    /** The input shown, or null. */
    public Input input() {
        return input;
    }

    /** The links into the input shown. */
    public List<Link> links() {
        return links;
    }

    /** Shows an input; when {@code select} is given, selects [start, end) and scrolls to it. */
    public java.util.concurrent.CompletableFuture<Void> show(long inputId, int[] select) {
        return vm.show(inputId, select);
    }

    private void show(ReaderViewModel.Shown c) {
        if (c == null) {
            return;
        }
        boolean same = input != null && input.id() == c.input().id();
        int from = area.getSelection().getStart();
        int to = area.getSelection().getEnd();
        input = c.input();
        links = c.links();
        if (!same) {
            area.replaceText(c.text());
            alignRightToLeftParagraphs();
            area.moveTo(0);
            area.showParagraphAtTop(0);
        }
        title.setText(input.title());
        details.setFields(ReaderViewModel.describe(input, links.size()));
        restyle();
        ReaderViewModel.Passage select =
                c.select() != null ? c.select() : same && from < to ? new ReaderViewModel.Passage(from, to) : null;
        if (select != null && select.end() <= area.getLength()) {
            area.selectRange(select.start(), select.end());
            if (c.select() != null) {
                area.requestFollowCaret();
            }
        }
    }

    /**
     * Aligns right the paragraphs mostly written right to left. Not a right-to-left orientation of
     * the area: RichTextFX then draws the selection and the linked passages on the wrong side.
     */
    private void alignRightToLeftParagraphs() {
        var paragraphs = area.getParagraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            String text = paragraphs.get(i).getText();
            if (RtlSafeText.hasRightToLeft(text) && TextScripts.isRightToLeft(text)) {
                area.setParagraphStyle(i, List.of(RtlSafeText.RTL_LINE));
            }
        }
    }

    private void updateLinkButton() {
        link.setText(vm.linkText());
    }

    private void showUsesAt(int index) {
        usedIn.getChildren().clear();
        List<String> paragraphs = vm.paragraphsAt(index);
        if (!paragraphs.isEmpty()) {
            usedIn.getChildren().add(new Label(Messages.get("inputs.readerView.thisPassageIsUsedIn")));
            for (String id : paragraphs) {
                Hyperlink go = new Hyperlink(draft.label(id).orElse(id));
                go.setOnAction(e -> showParagraph.accept(id));
                usedIn.getChildren().add(go);
            }
        }
        usedIn.setVisible(!paragraphs.isEmpty());
        usedIn.setManaged(!paragraphs.isEmpty());
    }

    /**
     * Colours the linked passages; those of the current paragraph stand out. Each word of a
     * right-to-left paragraph gets a segment of its own (docs/adr/0060).
     */
    private void restyle() {
        int length = area.getLength();
        if (length == 0) {
            return;
        }
        String current = draft.currentParagraphProperty().get();
        // boundaries where the set of covering links changes
        java.util.TreeSet<Integer> cuts = new java.util.TreeSet<>(List.of(0, length));
        for (Link l : links) {
            cuts.add(Math.min(l.start(), length));
            cuts.add(Math.min(l.end(), length));
        }
        List<RtlSafeText.Span> spans = new ArrayList<>();
        Integer from = null;
        for (int at : cuts) {
            if (from != null && at > from) {
                boolean linked = false;
                boolean here = false;
                for (Link l : links) {
                    if (l.start() <= from && l.end() >= at) {
                        linked = true;
                        here |= l.paragraphId().equals(current);
                    }
                }
                spans.add(new RtlSafeText.Span(
                        at - from,
                        here ? List.of("linked", "linked-current") : linked ? List.of("linked") : List.of()));
            }
            from = at;
        }
        StyleSpansBuilder<Collection<String>> built = new StyleSpansBuilder<>();
        for (RtlSafeText.Span s : RtlSafeText.words(area.getText(), spans)) {
            built.add(s.styleClasses(), s.length());
        }
        area.setStyleSpans(0, built.create());
    }

    private void startDrag(MouseEvent e) {
        var sel = area.getSelection();
        if (input == null || sel.getLength() == 0) {
            return;
        }
        var hit = area.hit(e.getX(), e.getY());
        int at = hit.getInsertionIndex();
        if (at < sel.getStart() || at > sel.getEnd()) {
            return;
        }
        var board = area.startDragAndDrop(TransferMode.COPY);
        ClipboardContent content = new ClipboardContent();
        content.put(PASSAGE, input.id() + ":" + sel.getStart() + ":" + sel.getEnd());
        content.putString(area.getSelectedText());
        board.setContent(content);
        e.consume();
    }

    /** [inputId, start, end] of a dragged passage, or null. */
    public static long[] passageOf(javafx.scene.input.Dragboard board) {
        Object value = board.getContent(PASSAGE);
        if (!(value instanceof String s)) {
            return null;
        }
        String[] f = s.split(":");
        return new long[] {Long.parseLong(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2])};
    }
}
