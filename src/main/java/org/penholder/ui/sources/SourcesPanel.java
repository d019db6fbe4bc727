package org.penholder.ui.sources;

import java.util.List;
import java.util.function.BiConsumer;
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
import org.penholder.ui.ProjectSession;
import org.penholder.ui.common.Formats;
import org.penholder.ui.common.Messages;
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

    private final SourcesViewModel vm;
    private final Label heading = new Label();
    private final Label empty = new Label();
    private final ListView<LinkedPassage> list = new ListView<>();
    private final SafeTextFlow credit = new SafeTextFlow("credit");
    private final SuggestionsList suggestions;
    private BiConsumer<Long, int[]> openPassage = (id, range) -> {};

    public SourcesPanel(ProjectSession session, DraftViewModel draft, String creditLine) {
        this.vm = new SourcesViewModel(session, draft);
        this.suggestions = new SuggestionsList(
                new SuggestionsViewModel(session, draft), draft, (id, range) -> openPassage.accept(id, range));
        setId("sources");
        getStyleClass().add("sources-panel");
        heading.getStyleClass().add("panel-heading");
        heading.textProperty().bind(vm.headingProperty());
        empty.getStyleClass().add("placeholder-text");
        empty.setWrapText(true);
        empty.textProperty().bind(vm.placeholderProperty());
        list.setItems(vm.passages());
        list.setPlaceholder(empty);
        list.setCellFactory(l -> new PassageCell(l, this));
        list.getStyleClass().add("sources-list");
        credit.setText(creditLine == null || creditLine.isBlank() ? "" : Messages.get("sources.credit", creditLine));
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

    public SourcesViewModel viewModel() {
        return vm;
    }

    /** Where "Open in reader" leads: the Inputs view, on the input, with the passage selected. */
    public void setOnOpenPassage(BiConsumer<Long, int[]> action) {
        this.openPassage = action;
    }

    /** The suggested sources (for tests). */
    public SuggestionsList suggestions() {
        return suggestions;
    }

    void open(LinkedPassage p) {
        openPassage.accept(
                p.link().inputId(), new int[] {p.link().start(), p.link().end()});
    }

    void editNote(LinkedPassage p, Window owner) {
        TextInputDialog dialog =
                new TextInputDialog(p.link().note() == null ? "" : p.link().note());
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("sources.sourcesPanel.noteOnTheLink"));
        dialog.setHeaderText(vm.noteQuestion(p));
        dialog.showAndWait().ifPresent(note -> vm.setNote(p, note));
    }

    private static final class PassageCell extends ListCell<LinkedPassage> {
        // the stakeholder's own words, names and notes: safe flows for Arabic or Hebrew (docs/adr/0060)
        private final SafeTextFlow quote = new SafeTextFlow("quote");
        private final SafeTextFlow who = new SafeTextFlow("who");
        private final SafeTextFlow where = new SafeTextFlow("where");
        private final SafeTextFlow note = new SafeTextFlow("note");
        private final Hyperlink open = new Hyperlink(Messages.get("sources.sourcesPanel.openInReader"));
        private final Hyperlink annotate = new Hyperlink(Messages.get("sources.sourcesPanel.note"));
        private final Hyperlink remove = new Hyperlink(Messages.get("sources.sourcesPanel.remove"));
        private final HBox actions = new HBox(4, open, annotate, remove);
        private final Label suspect = new Label(Messages.get("sources.sourcesPanel.theParagraphHasChangedA"));
        private final javafx.scene.control.Button confirm = new javafx.scene.control.Button("Confirm Link");
        private final HBox suspectRow = new HBox(6, suspect, confirm);
        private final VBox box = new VBox(3, quote, who, where, note, suspectRow, actions);

        PassageCell(ListView<LinkedPassage> owner, SourcesPanel panel) {
            open.setOnAction(e -> panel.open(getItem()));
            annotate.setOnAction(e -> panel.editNote(getItem(), getScene().getWindow()));
            remove.setOnAction(e -> panel.vm.remove(getItem()));
            remove.getStyleClass().add("danger");
            actions.getStyleClass().add("passage-actions");
            remove.disableProperty().set(!panel.vm.isWritable());
            annotate.disableProperty().set(!panel.vm.isWritable());
            suspect.getStyleClass().add("suspect-note");
            suspect.setWrapText(true);
            suspect.maxWidthProperty().bind(Widths.inside(owner.widthProperty(), 140));
            confirm.getStyleClass().add("small");
            confirm.setDisable(!panel.vm.isWritable());
            confirm.setOnAction(e -> {
                if (getItem() != null) {
                    panel.vm.confirm(getItem());
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
            who.setText(
                    (p.stakeholder() == null ? Messages.get("sources.unknownStakeholder") : p.stakeholder()) + group);
            String when = p.date() == null || Formats.mentions(p.occasion(), p.date())
                    ? ""
                    : Formats.longDate().format(p.date());
            where.setText(String.join(
                    " \u00B7 ",
                    List.of(p.inputTitle(), p.occasion() == null ? "" : p.occasion(), when).stream()
                            .filter(s -> !s.isBlank())
                            .toList()));
            boolean hasNote = p.link().note() != null && !p.link().note().isBlank();
            note.setText(
                    hasNote
                            ? Messages.get(
                                    "sources.sourcesPanel.noteText", p.link().note())
                            : "");
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
