package org.penholder.ui.history;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.concurrent.Task;
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
import org.penholder.docx.DocumentFiles;
import org.penholder.history.ChangeKind;
import org.penholder.history.CompareService;
import org.penholder.history.Comparison;
import org.penholder.history.DocumentVersion;
import org.penholder.history.ParagraphChange;
import org.penholder.history.RevisionService;
import org.penholder.model.Revision;
import org.penholder.ui.ProjectSession;
import org.penholder.ui.common.Background;
import org.penholder.ui.common.DialogService;
import org.penholder.ui.common.Errors;

/**
 * The Compare view: any two of the project's revisions and the working draft, or two Word files,
 * paragraph by paragraph, side by side or as an inline redline, with the counts of each kind of
 * change, next/previous change and "changed paragraphs only". The compare itself runs in the
 * background, with a progress bar and Cancel.
 */
public final class CompareView extends BorderPane {

    /** How the changes are shown. */
    public enum Mode {
        SIDE_BY_SIDE,
        INLINE
    }

    private final ProjectSession session;
    private final DialogService dialogs;
    private final ComboBox<String> from = new ComboBox<>();
    private final ComboBox<String> to = new ComboBox<>();
    private final CheckBox changedOnly = new CheckBox("Changed paragraphs only");
    private final Label summary = new Label("Choose two versions and press Compare.");
    private final ObservableList<ParagraphChange> changes = FXCollections.observableArrayList();
    private final FilteredList<ParagraphChange> shown = new FilteredList<>(changes);
    private final ListView<ParagraphChange> list = new ListView<>(shown);
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.SIDE_BY_SIDE);
    private final HBox progress = new HBox();
    private final ProgressBar bar = new ProgressBar();
    private final Label progressText = new Label();
    private final Button cancel = new Button("Cancel");
    private Task<Comparison> running;
    private Comparison comparison;

    private final java.util.function.Consumer<String> showParagraph;

    /** @param showParagraph shows a paragraph of the draft, by id (double-click on a change) */
    public CompareView(
            ProjectSession session, DialogService dialogs, java.util.function.Consumer<String> showParagraph) {
        this.session = session;
        this.dialogs = dialogs;
        this.showParagraph = showParagraph;
        setId("compare-view");
        getStylesheets().add(CompareView.class.getResource("history.css").toExternalForm());

        from.setId("compare-from");
        to.setId("compare-to");
        from.setPrefWidth(150);
        to.setPrefWidth(150);
        Button compare = new Button("Compare");
        compare.setId("compare-run");
        compare.setDefaultButton(true);
        compare.disableProperty()
                .bind(from.valueProperty().isNull().or(to.valueProperty().isNull()));
        compare.setOnAction(e -> compareRevisions(from.getValue(), to.getValue()));
        Button files = new Button("Compare Word Files…");
        files.setId("compare-files");
        files.setTooltip(new Tooltip("Compare two .docx (or Markdown) files from outside the project"));
        files.setOnAction(e -> chooseFiles());
        HBox versions = new HBox(
                new Label("From"),
                from,
                new Label("to"),
                to,
                compare,
                new Separator(javafx.geometry.Orientation.VERTICAL),
                files);
        versions.getStyleClass().add("history-toolbar");

        ToggleGroup modes = new ToggleGroup();
        ToggleButton side = new ToggleButton("Side by side");
        side.setId("mode-side-by-side");
        ToggleButton inline = new ToggleButton("Inline redline");
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
                mode.set(now == inline ? Mode.INLINE : Mode.SIDE_BY_SIDE);
            }
        });
        mode.addListener((o, was, now) -> {
            (now == Mode.INLINE ? inline : side).setSelected(true);
            list.refresh();
        });
        changedOnly.setId("changed-only");
        changedOnly
                .selectedProperty()
                .addListener((o, was, now) -> shown.setPredicate(now ? ParagraphChange::isChange : null));
        Button previous = new Button("\u2191 Previous");
        previous.setId("previous-change");
        previous.setTooltip(new Tooltip("Previous change (Alt+Up)"));
        previous.setOnAction(e -> step(-1));
        Button next = new Button("Next \u2193");
        next.setId("next-change");
        next.setTooltip(new Tooltip("Next change (Alt+Down)"));
        next.setOnAction(e -> step(1));
        summary.setId("compare-summary");
        summary.getStyleClass().add("compare-summary");
        HBox view = new HBox(new HBox(side, inline), changedOnly, previous, next, summary);
        view.getStyleClass().add("history-toolbar");

        bar.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        bar.setPrefWidth(160);
        cancel.setId("compare-cancel");
        progress.getChildren().addAll(bar, progressText, cancel);
        progress.getStyleClass().add("compare-progress");
        progress.setVisible(false);
        progress.setManaged(false);

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
        list.setPlaceholder(new Label("No comparison yet."));
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

    /** Reads the names of the revisions again (after one was frozen). */
    public CompletableFuture<Void> refreshRevisions() {
        return session.read(() -> session.project().revisionService().revisions())
                .thenAccept(revs -> session.onUi(() -> {
                    List<String> names =
                            new ArrayList<>(revs.stream().map(Revision::name).toList());
                    names.add(RevisionService.CURRENT);
                    String f = from.getValue();
                    String t = to.getValue();
                    from.getItems().setAll(names);
                    to.getItems().setAll(names);
                    from.setValue(
                            f != null && names.contains(f)
                                    ? f
                                    : names.size() > 1 ? names.get(names.size() - 2) : names.get(0));
                    to.setValue(t != null && names.contains(t) ? t : RevisionService.CURRENT);
                }));
    }

    /** Compares two revisions of the project (or one and "current"); completes on the UI thread with the result. */
    public CompletableFuture<Comparison> compareRevisions(String older, String newer) {
        from.setValue(older);
        to.setValue(newer);
        return run("Comparing " + older + " with " + newer + "…", () -> {
            DocumentVersion[] versions = session.read(() -> {
                        RevisionService revisions = session.project().revisionService();
                        return new DocumentVersion[] {revisions.version(older), revisions.version(newer)};
                    })
                    .get();
            return CompareService.compare(versions[0], versions[1]);
        });
    }

    /** Compares two files from outside the project (.docx, or Markdown and text). */
    public CompletableFuture<Comparison> compareFiles(Path older, Path newer) {
        List<String> others = new java.util.concurrent.CopyOnWriteArrayList<>();
        CompletableFuture<Comparison> done =
                run("Reading and comparing " + older.getFileName() + " with " + newer.getFileName() + "…", () -> {
                    DocumentFiles.FileComparison c = DocumentFiles.compare(older, newer);
                    others.addAll(c.otherChanges());
                    return c.comparison();
                });
        done.thenRun(() -> {
            if (!others.isEmpty()) {
                javafx.application.Platform.runLater(() -> dialogs.showInformation(
                        "Also changed", "Compared whole, not word by word:\n• " + String.join("\n• ", others)));
            }
        });
        return done;
    }

    private void chooseFiles() {
        List<String> kinds = List.of(".docx", ".md", ".txt");
        dialogs.chooseFileToOpen("The older document", kinds)
                .ifPresent(older -> dialogs.chooseFileToOpen("The newer document", kinds)
                        .ifPresent(newer -> compareFiles(older, newer)));
    }

    private CompletableFuture<Comparison> run(String what, Callable<Comparison> work) {
        if (running != null) {
            running.cancel();
        }
        CompletableFuture<Comparison> done = new CompletableFuture<>();
        progressText.setText(what);
        progress.setVisible(true);
        progress.setManaged(true);
        Task<Comparison> task = Background.run(
                work,
                c -> {
                    hideProgress();
                    show(c);
                    done.complete(c);
                },
                error -> {
                    hideProgress();
                    dialogs.showError("Could not compare", Errors.message(error));
                    done.completeExceptionally(error);
                });
        task.setOnCancelled(e -> {
            hideProgress();
            summary.setText("Compare cancelled.");
            done.cancel(false);
        });
        cancel.setOnAction(e -> task.cancel());
        running = task;
        return done;
    }

    private void hideProgress() {
        progress.setVisible(false);
        progress.setManaged(false);
        running = null;
    }

    private void show(Comparison c) {
        comparison = c;
        changes.setAll(c.changes());
        Comparison.Summary s = c.summary();
        summary.setText(c.from() + " \u2192 " + c.to() + ":  " + s.changed() + " changed · " + s.added() + " added · "
                + s.deleted() + " deleted · " + s.split() + " split · " + s.merged() + " merged · " + s.moved()
                + " moved · " + s.unchanged() + " unchanged");
        list.setPlaceholder(new Label(changedOnly.isSelected() ? "No differences." : "Both versions are empty."));
        list.getSelectionModel().clearSelection();
        list.scrollTo(0);
        // the cells' heights are known only after a layout pass; then go to the first change
        javafx.application.Platform.runLater(() -> step(1));
    }

    /** Shows the paragraph of a change in the draft, when it is still there. */
    private void showInDraft(ParagraphChange c) {
        java.util.List<String> ids = new ArrayList<>(c.toIds());
        ids.addAll(c.fromIds());
        ids.removeIf(java.util.Objects::isNull);
        if (ids.isEmpty()) {
            return; // a document from outside the project
        }
        session.read(() -> ids.stream()
                        .filter(id -> session.project().drafts().paragraph(id).isPresent())
                        .findFirst())
                .thenAccept(id -> session.onUi(() -> id.ifPresentOrElse(
                        showParagraph, () -> summary.setText("That paragraph is no longer in the draft."))));
    }

    /** Selects the next (1) or previous (-1) entry that differs. */
    public void step(int direction) {
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
        return comparison;
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
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
            Label labels = new Label(c.title());
            labels.getStyleClass().add("change-labels");
            Label kind = new Label(c.kind().code());
            kind.getStyleClass().addAll("change-badge", "kind-" + c.kind().code());
            HBox header = new HBox(labels, kind);
            header.getStyleClass().add("change-header");
            if (c.moved()) {
                Label moved = new Label("moved");
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
            if (mode.get() == Mode.INLINE
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
                Label which = new Label(f.title() + (f.moved() ? ", moved" : ""));
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
