package org.penholder.ui.sources;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.penholder.model.LinkedPassage;
import org.penholder.sources.LinkCommands;
import org.penholder.sources.SourceSuggestions;
import org.penholder.ui.ProjectSession;
import org.penholder.ui.common.SafeTextFlow;
import org.penholder.ui.common.Widths;
import org.penholder.ui.draft.DraftViewModel;

/**
 * The passages the current paragraph draws on: the quoted text, who said it (stakeholder and
 * group), and where and when; each can be opened in the reader, annotated or removed. Below them,
 * suggested sources: inputs not yet linked that best match the paragraph's words, each with its
 * best-matching sentence, linked in one click.
 */
public final class SourcesPanel extends BorderPane {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final ProjectSession session;
    private final DraftViewModel vm;
    private final Label heading = new Label("Sources");
    private final Label empty = new Label();
    private final ListView<LinkedPassage> list = new ListView<>();
    private final SafeTextFlow credit = new SafeTextFlow("credit");
    private final SuggestionsList suggestions;
    private final LinkCommands linkCommands;
    private long request;
    private BiConsumer<Long, int[]> openPassage = (id, range) -> {};
    private Consumer<String> linksChanged = id -> refresh();

    public SourcesPanel(ProjectSession session, DraftViewModel vm, String creditLine) {
        this.session = session;
        this.vm = vm;
        this.linkCommands = new LinkCommands(session.project().linkService(), session::author);
        this.suggestions =
                new SuggestionsList(session, vm, this::linkSuggestion, (id, range) -> openPassage.accept(id, range));
        setId("sources");
        getStyleClass().add("sources-panel");
        heading.getStyleClass().add("panel-heading");
        empty.getStyleClass().add("placeholder-text");
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        list.setCellFactory(l -> new PassageCell(l, this));
        list.getStyleClass().add("sources-list");
        credit.setText(creditLine == null || creditLine.isBlank() ? "" : "Inputs: " + creditLine);
        credit.setVisible(!credit.getText().isEmpty());
        credit.setManaged(credit.isVisible());
        VBox top = new VBox(heading);
        top.setPadding(new Insets(8, 10, 6, 10));
        setTop(top);
        split = new javafx.scene.control.SplitPane(list, suggestions);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        setCenter(split);
        VBox bottom = new VBox(credit);
        bottom.setPadding(new Insets(6, 10, 8, 10));
        setBottom(bottom);
        vm.currentParagraphProperty().addListener((obs, was, now) -> show(now));
        vm.documentVersionProperty().addListener((obs, was, now) -> refresh());
        vm.numberingVersionProperty()
                .addListener((obs, was, now) -> updateHeading(
                        vm.currentParagraphProperty().get(), list.getItems().size()));
    }

    private final javafx.scene.control.SplitPane split;

    /** Adds a part of the panel below the linked passages (the agreed language the paragraph reuses). */
    public void addPart(javafx.scene.Node part) {
        split.getItems().add(1, part);
        split.setDividerPositions(0.36, 0.68);
    }

    /** The passages shown (for tests and the reader). */
    public ListView<LinkedPassage> list() {
        return list;
    }

    /** Shows the sources of a paragraph, read in the background. */
    public void show(String paragraphId) {
        long mine = ++request;
        if (paragraphId == null) {
            heading.setText("Sources");
            empty.setText("Select a paragraph to see the inputs it draws on.");
            list.getItems().clear();
            return;
        }
        session.read(() -> session.project().links().passagesOf(paragraphId))
                .thenAccept(passages -> session.onUi(() -> {
                    if (mine == request) {
                        list.getItems().setAll(passages);
                        updateHeading(paragraphId, passages.size());
                    }
                }));
        suggestions.show(paragraphId);
    }

    /** Where "Open in reader" leads: the Inputs view, on the input, with the passage selected. */
    public void setOnOpenPassage(BiConsumer<Long, int[]> action) {
        this.openPassage = action;
    }

    /** What follows a link made or removed here (the outline's count, the reader, the library). */
    public void setOnLinksChanged(Consumer<String> action) {
        this.linksChanged = action;
    }

    /** The suggested sources (for tests). */
    public SuggestionsList suggestions() {
        return suggestions;
    }

    void open(LinkedPassage p) {
        openPassage.accept(
                p.link().inputId(), new int[] {p.link().start(), p.link().end()});
    }

    void remove(LinkedPassage p) {
        String paragraph = p.link().paragraphId();
        String where = vm.label(paragraph).orElse("the paragraph");
        session.execute(() -> linkCommands.remove(p.link().id(), where))
                .thenRun(() -> session.onUi(() -> linksChanged.accept(paragraph)));
    }

    void editNote(LinkedPassage p, Window owner) {
        TextInputDialog dialog =
                new TextInputDialog(p.link().note() == null ? "" : p.link().note());
        dialog.initOwner(owner);
        dialog.setTitle("Note on the link");
        dialog.setHeaderText("Why " + vm.label(p.link().paragraphId()).orElse("the paragraph")
                + " draws on this passage (empty for no note).");
        dialog.showAndWait().ifPresent(note -> setNote(p, note));
    }

    /** Sets the note of a link. */
    public java.util.concurrent.CompletableFuture<Void> setNote(LinkedPassage p, String note) {
        return session.submit(() -> {
                    session.project().linkService().setNote(p.link().id(), note);
                    return null;
                })
                .thenRun(() -> session.onUi(this::refresh));
    }

    private void linkSuggestion(SourceSuggestions.Suggestion s) {
        String paragraph = vm.currentParagraphProperty().get();
        if (paragraph == null) {
            return;
        }
        String where = vm.label(paragraph).orElse("the paragraph");
        session.execute(() -> linkCommands
                        .link(paragraph, s.input().id(), s.start(), s.end(), where)
                        .command())
                .thenRun(() -> session.onUi(() -> linksChanged.accept(paragraph)));
    }

    private void updateHeading(String paragraphId, int count) {
        String label = vm.label(paragraphId).orElse("");
        heading.setText(label.isEmpty() ? "Sources" : "Sources of " + label + " (" + count + ")");
        empty.setText(
                "No source linked yet. Link passages of stakeholder inputs to show what this paragraph draws on.");
    }

    /** Confirms that a suspect link still holds for its paragraph's text as it now reads. */
    public java.util.concurrent.CompletableFuture<Void> confirm(LinkedPassage passage) {
        return session.submit(() -> {
                    var p = session.project();
                    p.linkTracker()
                            .confirm(
                                    passage.link().id(),
                                    p.draftService()
                                            .paragraph(passage.link().paragraphId())
                                            .text());
                    return null;
                })
                .thenRun(() -> session.onUi(this::refresh));
    }

    /** Refreshes the list after links changed. */
    public void refresh() {
        show(vm.currentParagraphProperty().get());
    }

    private static final class PassageCell extends ListCell<LinkedPassage> {
        // the stakeholder's own words, names and notes: safe flows for Arabic or Hebrew (docs/adr/0060)
        private final SafeTextFlow quote = new SafeTextFlow("quote");
        private final SafeTextFlow who = new SafeTextFlow("who");
        private final SafeTextFlow where = new SafeTextFlow("where");
        private final SafeTextFlow note = new SafeTextFlow("note");
        private final Hyperlink open = new Hyperlink("Open in reader");
        private final Hyperlink annotate = new Hyperlink("Note…");
        private final Hyperlink remove = new Hyperlink("Remove");
        private final HBox actions = new HBox(4, open, annotate, remove);
        private final Label suspect = new Label("The paragraph has changed a lot since this link was made.");
        private final javafx.scene.control.Button confirm = new javafx.scene.control.Button("Confirm Link");
        private final HBox suspectRow = new HBox(6, suspect, confirm);
        private final VBox box = new VBox(3, quote, who, where, note, suspectRow, actions);

        PassageCell(ListView<LinkedPassage> owner, SourcesPanel panel) {
            open.setOnAction(e -> panel.open(getItem()));
            annotate.setOnAction(e -> panel.editNote(getItem(), getScene().getWindow()));
            remove.setOnAction(e -> panel.remove(getItem()));
            remove.getStyleClass().add("danger");
            actions.getStyleClass().add("passage-actions");
            remove.disableProperty().set(panel.session.project().isReadOnly());
            annotate.disableProperty().set(panel.session.project().isReadOnly());
            suspect.getStyleClass().add("suspect-note");
            suspect.setWrapText(true);
            suspect.maxWidthProperty().bind(Widths.inside(owner.widthProperty(), 140));
            confirm.getStyleClass().add("small");
            confirm.setDisable(panel.session.project().isReadOnly());
            confirm.setOnAction(e -> {
                if (getItem() != null) {
                    panel.confirm(getItem());
                }
            });
            // list cells do not wrap their content to their width: the flows wrap at the width they are given
            var width = Widths.inside(owner.widthProperty(), 40);
            for (SafeTextFlow t : List.of(quote, who, where, note)) {
                t.prefWidthProperty().bind(width);
                t.maxWidthProperty().bind(width);
            }
            quote.setOrientByText(true);
            box.getStyleClass().add("passage-card");
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(LinkedPassage p, boolean emptyCell) {
            super.updateItem(p, emptyCell);
            if (emptyCell || p == null) {
                setGraphic(null);
                return;
            }
            quote.setText("\u201C" + p.link().quote() + "\u201D");
            String group = p.group() == null ? "" : " \u00B7 " + p.group();
            who.setText((p.stakeholder() == null ? "Unknown stakeholder" : p.stakeholder()) + group);
            String when = p.date() == null ? "" : DATE.format(p.date());
            if (p.occasion() != null && p.occasion().contains(when)) {
                when = "";
            }
            where.setText(String.join(
                    " \u00B7 ",
                    List.of(p.inputTitle(), p.occasion() == null ? "" : p.occasion(), when).stream()
                            .filter(s -> !s.isBlank())
                            .toList()));
            boolean hasNote = p.link().note() != null && !p.link().note().isBlank();
            note.setText(hasNote ? "Note: " + p.link().note() : "");
            note.setVisible(hasNote);
            note.setManaged(hasNote);
            box.getStyleClass().removeAll("suspect");
            if (p.link().suspect()) {
                box.getStyleClass().add("suspect");
            }
            suspectRow.setVisible(p.link().suspect());
            suspectRow.setManaged(p.link().suspect());
            setGraphic(box);
        }
    }
}
