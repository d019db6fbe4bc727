package org.penholder.ui.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntSupplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.penholder.model.Draft;
import org.penholder.model.Footnote;
import org.penholder.ui.ProjectSession;
import org.penholder.ui.common.Messages;

/**
 * The footnotes of the current paragraph, under the draft: each with its number as printed, the
 * words its mark follows, and its words to edit; Insert Footnote (Ctrl+Alt+F) adds one where the
 * cursor stands. Every change is an undoable command through {@link ProjectSession#execute}. In
 * the editor, the character a footnote's mark follows carries {@link #MARK_CLASS}.
 */
public final class FootnoteStrip extends VBox {

    /** The style class of the character a footnote's mark stands after. */
    public static final String MARK_CLASS = "footnote-mark";

    private final ProjectSession session;
    private final DraftViewModel vm;
    private final IntSupplier caret;
    private final Label heading = new Label();
    private final VBox rows = new VBox();
    private final Button insert = new Button(Messages.get("draft.footnoteStrip.insertFootnote"));
    /** The place a footnote being written will stand at, while its words are typed. */
    private int pendingAnchor = -1;

    private String pendingParagraph;

    /** {@code caret} gives where the cursor stands in the current paragraph's text. */
    public FootnoteStrip(ProjectSession session, DraftViewModel vm, IntSupplier caret) {
        this.session = session;
        this.vm = vm;
        this.caret = caret;
        setId("footnote-strip");
        getStyleClass().add("footnote-strip");
        heading.getStyleClass().add("panel-heading");
        insert.setId("insert-footnote");
        insert.setTooltip(new Tooltip(Messages.get("draft.footnoteStrip.addAFootnoteWhereThe")));
        insert.setOnAction(e -> insertAtCaret());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(8, heading, gap, insert);
        top.setAlignment(Pos.CENTER_LEFT);
        rows.setSpacing(4);
        getChildren().addAll(top, rows);
        setSpacing(4);
        vm.currentParagraphProperty().addListener((o, was, now) -> {
            pendingAnchor = -1;
            refresh();
        });
        vm.documentVersionProperty().addListener((o, was, now) -> refresh());
        refresh();
    }

    /** The characters of a text that footnotes' marks stand after (the first, for a mark before it). */
    public static Set<Integer> marks(List<Footnote> notes, String text) {
        Set<Integer> out = new TreeSet<>();
        if (text.isEmpty()) {
            return out;
        }
        for (Footnote f : notes) {
            out.add(Math.clamp(f.anchor() - 1, 0, text.length() - 1));
        }
        return out;
    }

    /** Makes Ctrl+Alt+F (Cmd+Alt+F) in {@code editor} insert a footnote. */
    public void listenTo(javafx.scene.Node editor) {
        javafx.scene.input.KeyCombination keys = javafx.scene.input.KeyCombination.keyCombination("Shortcut+Alt+F");
        editor.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (keys.match(e)) {
                e.consume();
                insertAtCaret();
            }
        });
    }

    /** Starts a footnote where the cursor stands in the current paragraph; its words are typed in the strip. */
    public void insertAtCaret() {
        String id = vm.currentParagraphProperty().get();
        if (id == null || session.project().isReadOnly()) {
            return;
        }
        vm.flushTyping();
        pendingParagraph = id;
        pendingAnchor = Math.max(0, caret.getAsInt());
        refresh();
    }

    private void refresh() {
        String id = vm.currentParagraphProperty().get();
        boolean shown = id != null;
        setVisible(shown);
        setManaged(shown);
        rows.getChildren().clear();
        if (!shown) {
            return;
        }
        String where = vm.label(id).orElse(Messages.get("draft.footnotes.theParagraph"));
        heading.setText(Messages.get("draft.footnotes.of", where));
        insert.setDisable(session.project().isReadOnly());
        String text = textOf(id);
        List<Footnote> notes = vm.footnotesOf(id);
        int number = firstNumber(id);
        for (int k = 0; k < notes.size(); k++) {
            rows.getChildren().add(row(where, text, notes.get(k), number + k, k));
        }
        if (pendingAnchor >= 0 && id.equals(pendingParagraph)) {
            rows.getChildren().add(pendingRow(id, where, text));
        } else if (notes.isEmpty()) {
            Label none = new Label(Messages.get("draft.footnoteStrip.noFootnotesPutTheCursor"));
            none.getStyleClass().add("footnote-none");
            none.setWrapText(true); // whole in French and Russian, longer than the English
            rows.getChildren().add(none);
        }
    }

    private HBox row(String where, String text, Footnote f, int number, int index) {
        Label n = new Label(Integer.toString(number));
        n.getStyleClass().add("footnote-number");
        Label context = context(text, f.anchor());
        TextField words = new TextField(f.text());
        words.setId("footnote-text-" + index);
        HBox.setHgrow(words, Priority.ALWAYS);
        Runnable commit = () -> {
            String now = words.getText().strip();
            if (!now.equals(f.text()) && !now.isEmpty()) {
                vm.flushTyping();
                session.execute(() -> session.draftCommands().editFootnote(f.uid(), now, where));
            }
        };
        words.setOnAction(e -> commit.run());
        words.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                commit.run();
            }
        });
        words.setEditable(!session.project().isReadOnly());
        Button remove = new Button(Messages.get("draft.footnoteStrip.remove"));
        remove.setId("remove-footnote-" + index);
        remove.setDisable(session.project().isReadOnly());
        remove.setOnAction(e -> {
            vm.flushTyping();
            session.execute(() -> session.draftCommands().removeFootnote(f.uid(), where));
        });
        HBox row = new HBox(6, n, context, words, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("footnote-row");
        return row;
    }

    private HBox pendingRow(String paragraphId, String where, String text) {
        int anchor = Math.min(pendingAnchor, text.length());
        TextField words = new TextField();
        words.setId("new-footnote-text");
        words.setPromptText(Messages.get("draft.footnoteStrip.theFootnoteSWordsEnter"));
        HBox.setHgrow(words, Priority.ALWAYS);
        words.setOnAction(e -> {
            String t = words.getText().strip();
            pendingAnchor = -1;
            if (!t.isEmpty()) {
                session.execute(() -> session.draftCommands().addFootnote(paragraphId, anchor, t, where));
            } else {
                refresh();
            }
        });
        words.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                pendingAnchor = -1;
                refresh();
            }
        });
        Label n = new Label("+");
        n.getStyleClass().add("footnote-number");
        HBox row = new HBox(6, n, context(text, anchor), words);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("footnote-row");
        javafx.application.Platform.runLater(words::requestFocus);
        return row;
    }

    /** "after “…resolution 70/125,”": the words a mark follows, as a person finds it in the text. */
    private static Label context(String text, int anchor) {
        int at = Math.clamp(anchor, 0, text.length());
        String before = text.substring(Math.max(0, at - 30), at).stripLeading();
        Label l = new Label(
                at == 0
                        ? Messages.get("draft.footnoteStrip.atTheStart")
                        : Messages.get("draft.footnoteStrip.after", (at > 30 ? "\u2026" : "") + before));
        l.getStyleClass().add("footnote-context");
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.setMaxWidth(260);
        return l;
    }

    private String textOf(String id) {
        for (Draft.Block b : vm.blocks()) {
            if (id.equals(b.id())) {
                return b.text();
            }
        }
        return "";
    }

    /** The number the paragraph's first footnote is printed with: footnotes are counted through the draft. */
    private int firstNumber(String id) {
        int n = 1;
        for (Draft.Block b : vm.blocks()) {
            if (id.equals(b.id())) {
                break;
            }
            n += b.kind().isParagraph() ? vm.footnotesOf(b.id()).size() : 0;
        }
        return n;
    }

    /** The words of footnotes, for tests. */
    List<String> shownTexts() {
        List<String> out = new ArrayList<>();
        rows.lookupAll(".text-field").forEach(n -> out.add(((TextField) n).getText()));
        return out;
    }
}
