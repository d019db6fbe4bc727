package org.penholder.ui.history;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.penholder.history.ChangeKind;
import org.penholder.history.Comparison;
import org.penholder.history.ParagraphChange;
import org.penholder.ui.Job;
import org.penholder.ui.ProjectSession;
import org.penholder.ui.common.DialogService;
import org.penholder.ui.common.Messages;

/**
 * The Compare view: any two of the project's revisions and the working draft, or two Word files,
 * paragraph by paragraph, side by side or as an inline redline, with the counts of each kind of
 * change, next/previous change and "changed paragraphs only". The compare itself runs in the
 * background, with a progress bar and Cancel.
 */
public final class CompareView extends BorderPane {

    private final CompareViewModel vm;
    private final ComboBox<String> from = new ComboBox<>();
    private final ComboBox<String> to = new ComboBox<>();
    private final CheckBox changedOnly = new CheckBox(Messages.get("history.compareView.changedParagraphsOnly"));
    private final Label summary = new Label();
    private final ListView<ParagraphChange> list;
    private final HBox progress = new HBox();
    private final ProgressBar bar = new ProgressBar();
    private final Label progressText = new Label();
    private final Button cancel = new Button(Messages.get("history.compareView.cancel"));

    private final java.util.function.Consumer<String> showParagraph;

    /** @param showParagraph shows a paragraph of the draft, by id (double-click on a change) */
    public CompareView(
            ProjectSession session, DialogService dialogs, java.util.function.Consumer<String> showParagraph) {
        this.vm = new CompareViewModel(session, dialogs);
        this.showParagraph = showParagraph;
        this.list = new ListView<>(vm.shown());
        setId("compare-view");
        getStylesheets().add(CompareView.class.getResource("history.css").toExternalForm());

        from.setId("compare-from");
        to.setId("compare-to");
        from.setPrefWidth(150);
        to.setPrefWidth(150);
        javafx.util.StringConverter<String> names = new javafx.util.StringConverter<>() {
            @Override
            public String toString(String revision) {
                return revision == null ? "" : CompareViewModel.display(revision);
            }

            @Override
            public String fromString(String shown) {
                return shown; // not editable
            }
        };
        from.setConverter(names);
        to.setConverter(names);
        from.setItems(vm.versions());
        to.setItems(vm.versions());
        from.valueProperty().bindBidirectional(vm.fromProperty());
        to.valueProperty().bindBidirectional(vm.toProperty());
        Button compare = new Button(Messages.get("history.compareView.compare"));
        compare.setId("compare-run");
        compare.setDefaultButton(true);
        compare.disableProperty()
                .bind(from.valueProperty().isNull().or(to.valueProperty().isNull()));
        compare.setOnAction(e -> compareRevisions(from.getValue(), to.getValue()));
        Button files = new Button(Messages.get("history.compareView.compareWordFiles"));
        files.setId("compare-files");
        files.setTooltip(new Tooltip(Messages.get("history.compareView.compareTwoDocxOrMarkdown")));
        files.setOnAction(e -> vm.chooseFiles());
        HBox versions = new HBox(
                new Label(Messages.get("history.compareView.from")),
                from,
                new Label(Messages.get("history.compareView.to")),
                to,
                compare,
                new Separator(javafx.geometry.Orientation.VERTICAL),
                files);
        versions.getStyleClass().add("history-toolbar");

        ToggleGroup modes = new ToggleGroup();
        ToggleButton side = new ToggleButton(Messages.get("history.compareView.sideBySide"));
        side.setId("mode-side-by-side");
        ToggleButton inline = new ToggleButton(Messages.get("history.compareView.inlineRedline"));
        inline.setId("mode-inline");
        side.setToggleGroup(modes);
        inline.setToggleGroup(modes);
        side.setSelected(true);
        side.getStyleClass().add("left-pill");
        inline.getStyleClass().add("right-pill");
        modes.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true); // one of the two is always on
            } else {
                vm.modeProperty()
                        .set(now == inline ? CompareViewModel.Mode.INLINE : CompareViewModel.Mode.SIDE_BY_SIDE);
            }
        });
        vm.modeProperty().addListener((o, was, now) -> {
            (now == CompareViewModel.Mode.INLINE ? inline : side).setSelected(true);
            list.refresh();
        });
        changedOnly.setId("changed-only");
        changedOnly.selectedProperty().bindBidirectional(vm.changedOnlyProperty());
        Button previous = new Button(Messages.get("history.compareView.previous"));
        previous.setId("previous-change");
        previous.setTooltip(new Tooltip(Messages.get("history.compareView.previousChangeAltUp")));
        previous.setOnAction(e -> step(-1));
        Button next = new Button(Messages.get("history.compareView.next"));
        next.setId("next-change");
        next.setTooltip(new Tooltip(Messages.get("history.compareView.nextChangeAltDown")));
        next.setOnAction(e -> step(1));
        summary.setId("compare-summary");
        summary.getStyleClass().add("compare-summary");
        summary.textProperty().bind(vm.summaryProperty());
        // the controls keep their words whole in every language; the summary gives way, and says it all in a tooltip
        for (javafx.scene.control.Control c : java.util.List.of(side, inline, changedOnly, previous, next)) {
            c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(vm.summaryProperty());
        summary.setTooltip(whole);
        summary.setMinWidth(0);
        HBox view = new HBox(new HBox(side, inline), changedOnly, previous, next, summary);
        view.getStyleClass().add("history-toolbar");

        bar.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        bar.setPrefWidth(160);
        cancel.setId("compare-cancel");
        cancel.setOnAction(e -> vm.cancel());
        progress.getChildren().addAll(bar, progressText, cancel);
        progress.getStyleClass().add("compare-progress");
        vm.runningProperty().addListener((o, was, job) -> showProgress(job));
        showProgress(null);

        setTop(new VBox(versions, view, progress));
        list.setId("compare-list");
        list.getStyleClass().add("change-list");
        list.setCellFactory(l -> new ChangeCell());
        list.widthProperty().addListener((o, was, now) -> list.refresh());
        list.setOnMouseClicked(e -> {
            ParagraphChange c = list.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && c != null) {
                showInDraft(c);
            }
        });
        list.setPlaceholder(new Label(Messages.get("history.compareView.noComparisonYet")));
        vm.comparisonProperty().addListener((o, was, c) -> showComparison());
        setCenter(list);
        setOnKeyPressed(e -> {
            if (e.isAltDown() && e.getCode() == javafx.scene.input.KeyCode.DOWN) {
                step(1);
                e.consume();
            } else if (e.isAltDown() && e.getCode() == javafx.scene.input.KeyCode.UP) {
                step(-1);
                e.consume();
            }
        });
    }

    public CompareViewModel viewModel() {
        return vm;
    }

    /** Reads the names of the revisions again. */
    public CompletableFuture<Void> refreshRevisions() {
        return vm.refreshRevisions();
    }

    /** Compares two revisions of the project (or one and "current"); completes on the UI thread with the result. */
    public CompletableFuture<Comparison> compareRevisions(String older, String newer) {
        return vm.compareRevisions(older, newer);
    }

    /** Compares two files from outside the project (.docx, or Markdown and text). */
    public CompletableFuture<Comparison> compareFiles(Path older, Path newer) {
        return vm.compareFiles(older, newer);
    }

    private void showProgress(Job<Comparison> job) {
        progressText.textProperty().unbind();
        if (job != null) {
            progressText.textProperty().bind(job.messageProperty());
        }
        progress.setVisible(job != null);
        progress.setManaged(job != null);
    }

    private void showComparison() {
        list.setPlaceholder(new Label(Messages.get(
                changedOnly.isSelected() ? "history.compareView.noDifferences" : "history.compareView.bothEmpty")));
        list.getSelectionModel().clearSelection();
        list.scrollTo(0);
        // the cells' heights are known only after a layout pass; then go to the first change
        javafx.application.Platform.runLater(() -> step(1));
    }

    /** Shows the paragraph of a change in the draft, when it is still there. */
    private void showInDraft(ParagraphChange c) {
        vm.paragraphInDraft(c).thenAccept(id -> {
            if (id.isPresent()) {
                showParagraph.accept(id.get());
            } else if (!c.toIds().isEmpty() || !c.fromIds().isEmpty()) {
                vm.sayGone();
            }
        });
    }

    /** Selects the next (1) or previous (-1) entry that differs. */
    public void step(int direction) {
        var shown = vm.shown();
        int at = list.getSelectionModel().getSelectedIndex();
        for (int i = at + direction; i >= 0 && i < shown.size(); i += direction) {
            if (shown.get(i).isChange()) {
                list.getSelectionModel().select(i);
                list.scrollTo(i);
                return;
            }
        }
    }

    public Comparison comparison() {
        return vm.comparisonProperty().get();
    }

    public javafx.beans.property.ObjectProperty<CompareViewModel.Mode> modeProperty() {
        return vm.modeProperty();
    }

    public CheckBox changedOnly() {
        return changedOnly;
    }

    public ListView<ParagraphChange> list() {
        return list;
    }

    private final class ChangeCell extends ListCell<ParagraphChange> {
        ChangeCell() {
            setPrefWidth(0); // wrap to the list's width instead of widening it
        }

        @Override
        protected void updateItem(ParagraphChange c, boolean empty) {
            super.updateItem(c, empty);
            setText(null);
            if (empty || c == null) {
                setGraphic(null);
                return;
            }
            Label labels = new Label(Messages.get(
                    "history.compareView.paragraph",
                    c.kind().code(),
                    String.join(", ", c.fromLabels()),
                    String.join(", ", c.toLabels()),
                    c.title()));
            labels.getStyleClass().add("change-labels");
            Label kind = new Label(Messages.of(c.kind()));
            kind.getStyleClass().addAll("change-badge", "kind-" + c.kind().code());
            HBox header = new HBox(labels, kind);
            header.getStyleClass().add("change-header");
            if (c.moved()) {
                Label moved = new Label(Messages.get("history.compareView.moved"));
                moved.getStyleClass().addAll("change-badge", "moved");
                header.getChildren().add(moved);
            }
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Label section = new Label();
            org.penholder.ui.common.SafeLine.show(
                    section, c.section()); // a section title in Arabic or Hebrew (docs/adr/0060)
            section.getStyleClass().add("change-section");
            header.getChildren().addAll(spacer, section);
            double width = Math.max(200, list.getWidth() - 40);
            VBox box = new VBox(4, header);
            if (vm.modeProperty().get() == CompareViewModel.Mode.INLINE
                    || c.kind() == ChangeKind.ADDED
                    || c.kind() == ChangeKind.DELETED
                    || c.kind() == ChangeKind.UNCHANGED) {
                TextFlow flow = DiffText.flow(c.diff(), DiffText.Show.BOTH);
                flow.setMaxWidth(width);
                flow.setPrefWidth(width);
                box.getChildren().add(flow);
            } else {
                GridPane sides = new GridPane();
                sides.getStyleClass().add("side-by-side");
                ColumnConstraints half = new ColumnConstraints();
                half.setPercentWidth(50);
                sides.getColumnConstraints().addAll(half, half);
                TextFlow older = DiffText.flow(c.diff(), DiffText.Show.OLDER);
                TextFlow newer = DiffText.flow(c.diff(), DiffText.Show.NEWER);
                // never narrower than a wrapped list cell, before the list has a width too
                double column = Math.max(org.penholder.ui.common.Widths.MINIMUM, (width - 18) / 2);
                older.setPrefWidth(column);
                newer.setPrefWidth(column);
                older.setMaxWidth(column);
                newer.setMaxWidth(column);
                Comparison comparison = vm.comparisonProperty().get();
                Label left = new Label(comparison == null ? "" : comparison.from());
                Label right = new Label(comparison == null ? "" : comparison.to());
                left.getStyleClass().add("side-label");
                right.getStyleClass().add("side-label");
                sides.addRow(0, left, right);
                sides.addRow(1, older, newer);
                box.getChildren().add(sides);
            }
            for (org.penholder.history.FootnoteChange f : c.footnoteChanges()) {
                // a footnote's change, word by word, under its paragraph's
                Label which = new Label(Messages.get(
                        "history.compareView.footnote",
                        f.kind().code(),
                        f.fromNumber(),
                        f.toNumber(),
                        String.valueOf(f.fromNumber() != f.toNumber()),
                        String.valueOf(f.moved())));
                which.getStyleClass().add("change-footnote");
                TextFlow words = DiffText.flow(f.diff(), DiffText.Show.BOTH);
                words.setMaxWidth(width);
                words.setPrefWidth(width);
                box.getChildren().addAll(which, words);
            }
            box.setAlignment(Pos.TOP_LEFT);
            setGraphic(box);
        }
    }
}
