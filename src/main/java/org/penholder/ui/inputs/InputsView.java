package org.penholder.ui.inputs;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.penholder.ingest.ImportDetails;
import org.penholder.ingest.ImportReport;
import org.penholder.ui.Job;
import org.penholder.ui.ProjectSession;
import org.penholder.ui.common.Messages;
import org.penholder.ui.draft.DraftViewModel;
import org.penholder.ui.outline.OutlineView;

/**
 * The Inputs view: the library of stakeholder inputs (search, filters, table), the reader of the
 * chosen input, and the outline to link passages to. Imports run in the background, with a progress
 * bar and Cancel; files dropped on the view are imported too. Its state is {@link InputsViewModel}'s
 * and {@link ReaderViewModel}'s.
 */
public final class InputsView extends BorderPane {

    private final DraftViewModel draft;
    private final InputsViewModel vm;
    private final LibraryTable table;
    private final ReaderView reader;
    private final LibraryToolbar toolbar;
    private final HBox alikeBar = new HBox(8);
    private final HBox progressBar = new HBox(10);
    private final ProgressBar progress = new ProgressBar();
    private final Label progressText = new Label();

    public InputsView(ProjectSession session, DraftViewModel draft, Consumer<String> showParagraph) {
        this.draft = draft;
        this.vm = new InputsViewModel(
                session,
                new FxInputDialogs(() -> getScene() == null ? null : getScene().getWindow()));
        setId("inputs-view");
        getStyleClass().add("inputs-view");

        table = new LibraryTable(
                vm.rows(),
                r -> vm.filterProperty().set(vm.filterProperty().get().withAlikeOf(r.id())),
                this::editDetails);
        reader = new ReaderView(new ReaderViewModel(session, draft), draft);
        reader.setOnShowParagraph(showParagraph);
        reader.setOnLink(this::linkSelection);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                reader.show(now.id(), null);
            }
        });
        toolbar = new LibraryToolbar(vm);

        VBox library = new VBox(toolbar, alikeBar, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        SplitPane leftSplit = new SplitPane(library, reader);
        leftSplit.setOrientation(Orientation.VERTICAL);
        leftSplit.setDividerPositions(0.46);
        VBox right = outlinePanel();
        SplitPane split = new SplitPane(leftSplit, right);
        split.setDividerPositions(0.76);
        SplitPane.setResizableWithParent(right, false);
        setCenter(split);

        progress.setPrefWidth(260);
        Button cancel = new Button(Messages.get("inputs.inputsView.cancel"));
        cancel.setId("import-cancel");
        progressBar.getChildren().setAll(progress, progressText, cancel);
        progressBar.setAlignment(Pos.CENTER_LEFT);
        progressBar.setPadding(new Insets(4, 10, 4, 10));
        progressBar.getStyleClass().add("import-progress");
        vm.importingProperty().addListener((o, was, job) -> showProgress(job, cancel));
        showProgress(null, cancel);
        setBottom(progressBar);

        alikeBar.setAlignment(Pos.CENTER_LEFT);
        alikeBar.setPadding(new Insets(2, 10, 2, 10));
        alikeBar.getStyleClass().add("alike-bar");
        vm.filterProperty().addListener((o, a, b) -> {
            updateAlikeBar();
            vm.refresh();
        });
        updateAlikeBar();

        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && vm.isWritable()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
        });
        setOnDragDropped(e -> {
            boolean files = e.getDragboard().hasFiles();
            if (files) {
                vm.importPaths(e.getDragboard().getFiles().stream()
                        .map(java.io.File::toPath)
                        .toList());
            }
            e.setDropCompleted(files);
            e.consume();
        });
        vm.refresh();
        vm.refreshChoices();
    }

    /** The paragraphs beside the library: a passage dropped on one is linked to it. */
    private VBox outlinePanel() {
        OutlineView outline = new OutlineView(draft);
        outline.setId("inputs-outline");
        outline.setDropTarget(new OutlineView.DropTarget() {
            @Override
            public boolean accepts(javafx.scene.input.Dragboard board) {
                return board.hasContent(ReaderView.PASSAGE) && vm.isWritable();
            }

            @Override
            public void dropped(String paragraphId, javafx.scene.input.Dragboard board) {
                long[] p = ReaderView.passageOf(board);
                if (p != null) {
                    link(paragraphId, p[0], (int) p[1], (int) p[2]);
                }
            }
        });
        Label heading = new Label(Messages.get("inputs.inputsView.paragraphsDropAPassageOn"));
        heading.getStyleClass().add("panel-heading");
        heading.setWrapText(true);
        VBox right = new VBox(heading, outline);
        right.getStyleClass().add("outline-panel");
        VBox.setVgrow(outline, Priority.ALWAYS);
        return right;
    }

    private void updateAlikeBar() {
        Long of = vm.filterProperty().get().alikeOf();
        alikeBar.getChildren().clear();
        if (of != null) {
            Hyperlink all = new Hyperlink(Messages.get("inputs.inputsView.showAllInputs"));
            all.setOnAction(
                    e -> vm.filterProperty().set(vm.filterProperty().get().withAlikeOf(null)));
            alikeBar.getChildren().addAll(new Label(Messages.get("inputs.inputsView.showingAGroupOfNear")), all);
        }
        alikeBar.setVisible(of != null);
        alikeBar.setManaged(of != null);
    }

    /** Answers this view's questions differently (tests). */
    public void setDialogs(InputDialogs dialogs) {
        vm.setDialogs(dialogs);
    }

    public InputsViewModel viewModel() {
        return vm;
    }

    public ReaderView reader() {
        return reader;
    }

    public LibraryTable table() {
        return table;
    }

    public TextField searchField() {
        return toolbar.search();
    }

    /** Opens an input in the reader, selecting a passage [start, end) when given. */
    public CompletableFuture<Void> open(long inputId, int[] passage) {
        return reader.show(inputId, passage);
    }

    /** Links the reader's selection to the current paragraph; false when there is nothing to link. */
    public boolean linkSelection() {
        String paragraph = draft.currentParagraphProperty().get();
        var sel = reader.area().getSelection();
        if (reader.input() == null || sel.getLength() == 0) {
            vm.inform(
                    Messages.get("inputs.inputsView.nothingToLink"),
                    Messages.get("inputs.inputsView.selectAPassageFirst"));
            return false;
        }
        if (paragraph == null) {
            vm.inform(
                    Messages.get("inputs.inputsView.noParagraph"),
                    Messages.get("inputs.inputsView.chooseAParagraphFirst"));
            return false;
        }
        link(paragraph, reader.input().id(), sel.getStart(), sel.getEnd());
        return true;
    }

    /** Links a passage to a paragraph, as an undoable command; every view follows. */
    public CompletableFuture<Void> link(String paragraphId, long inputId, int start, int end) {
        return reader.viewModel().link(paragraphId, inputId, start, end).thenAccept(c -> {});
    }

    /** Asks for new details of the selected inputs (stakeholder, occasion, date, language, tags) and sets them. */
    public void editDetails() {
        List<Long> ids = table.getSelectionModel().getSelectedItems().stream()
                .map(LibraryRow::id)
                .toList();
        if (ids.isEmpty()) {
            return;
        }
        String what = ids.size() == 1
                ? Messages.get(
                        "inputs.inputsView.detailsOf",
                        table.getSelectionModel()
                                .getSelectedItem()
                                .row()
                                .input()
                                .title())
                : Messages.get("inputs.inputsView.detailsOfSelected", ids.size());
        vm.editDetails(ids, what);
    }

    /** Asks for files and imports them. */
    public void importFiles() {
        vm.importFiles();
    }

    /** Runs an import in the background; its job ends with the report (shown to the person). */
    public Job<ImportReport> startImport(List<Path> paths, ImportDetails details) {
        return vm.startImport(paths, details);
    }

    private void showProgress(Job<ImportReport> job, Button cancel) {
        progress.progressProperty().unbind();
        progressText.textProperty().unbind();
        if (job != null) {
            progress.progressProperty().bind(job.progressProperty());
            progressText.textProperty().bind(job.messageProperty());
            cancel.setOnAction(e -> job.cancel());
        }
        progressBar.setVisible(job != null);
        progressBar.setManaged(job != null);
    }
}
