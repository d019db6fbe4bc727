package org.penholder.ui.inputs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.penholder.ingest.ImportDetails;
import org.penholder.ingest.ImportReport;
import org.penholder.ingest.LanguageDetector;
import org.penholder.model.InputFilter;
import org.penholder.model.Tag;
import org.penholder.project.Project;
import org.penholder.sources.LinkCommands;
import org.penholder.ui.ProjectSession;
import org.penholder.ui.draft.DraftViewModel;
import org.penholder.ui.outline.OutlineView;
import org.penholder.ui.sources.SourcesPanel;

/**
 * The Inputs view: the library of stakeholder inputs (search, filters, table), the reader of the
 * chosen input, and the outline to link passages to. Imports run here, in the background, with a
 * progress bar and Cancel; files dropped on the view are imported too.
 */
public final class InputsView extends BorderPane {

    private static final String ALL = "All";

    private final ProjectSession session;
    private final DraftViewModel draft;
    private final SourcesPanel sources;
    private final InputsViewModel vm;
    private final LibraryTable table;
    private final ReaderView reader;
    private final LinkCommands linkCommands;
    private final TextField search = new TextField();
    private final Label status = new Label();
    private final HBox alikeBar = new HBox(8);
    private final HBox progressBar = new HBox(10);
    private final ProgressBar progress = new ProgressBar();
    private final Label progressText = new Label();
    private final AtomicBoolean stopImport = new AtomicBoolean();
    private InputDialogs dialogs;
    private Task<ImportReport> running;

    public InputsView(
            ProjectSession session,
            DraftViewModel draft,
            SourcesPanel sources,
            Consumer<String> showParagraph,
            Runnable showMe) {
        this.session = session;
        this.draft = draft;
        this.sources = sources;
        this.vm = new InputsViewModel(session);
        this.linkCommands = new LinkCommands(session.project().linkService(), session::author);
        this.dialogs =
                new FxInputDialogs(() -> getScene() == null ? null : getScene().getWindow());
        setId("inputs-view");
        getStyleClass().add("inputs-view");

        table = new LibraryTable(
                vm.rows(),
                r -> vm.filterProperty().set(vm.filterProperty().get().withAlikeOf(r.id())),
                this::editDetails);
        reader = new ReaderView(session, draft);
        reader.setOnShowParagraph(showParagraph);
        reader.setOnLink(this::linkSelection);
        sources.setOnOpenPassage((id, range) -> {
            showMe.run();
            open(id, range);
        });
        sources.setOnLinksChanged(this::linksChanged);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                reader.show(now.id(), null);
            }
        });

        OutlineView outline = new OutlineView(draft);
        outline.setId("inputs-outline");
        outline.setDropTarget(new OutlineView.DropTarget() {
            @Override
            public boolean accepts(javafx.scene.input.Dragboard board) {
                return board.hasContent(ReaderView.PASSAGE)
                        && !session.project().isReadOnly();
            }

            @Override
            public void dropped(String paragraphId, javafx.scene.input.Dragboard board) {
                long[] p = ReaderView.passageOf(board);
                if (p != null) {
                    link(paragraphId, p[0], (int) p[1], (int) p[2]);
                }
            }
        });
        Label outlineHeading = new Label("Paragraphs · drop a passage on one to link it");
        outlineHeading.getStyleClass().add("panel-heading");
        outlineHeading.setWrapText(true);
        VBox right = new VBox(outlineHeading, outline);
        right.getStyleClass().add("outline-panel");
        VBox.setVgrow(outline, Priority.ALWAYS);

        VBox library = new VBox(toolbar(), alikeBar, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        SplitPane leftSplit = new SplitPane(library, reader);
        leftSplit.setOrientation(Orientation.VERTICAL);
        leftSplit.setDividerPositions(0.46);
        SplitPane split = new SplitPane(leftSplit, right);
        split.setDividerPositions(0.76);
        SplitPane.setResizableWithParent(right, false);
        setCenter(split);

        progress.setPrefWidth(260);
        Button cancel = new Button("Cancel");
        cancel.setId("import-cancel");
        cancel.setOnAction(e -> stopImport.set(true));
        progressBar.getChildren().setAll(progress, progressText, cancel);
        progressBar.setAlignment(Pos.CENTER_LEFT);
        progressBar.setPadding(new Insets(4, 10, 4, 10));
        progressBar.getStyleClass().add("import-progress");
        showProgress(false);
        setBottom(progressBar);

        alikeBar.setAlignment(Pos.CENTER_LEFT);
        alikeBar.setPadding(new Insets(2, 10, 2, 10));
        alikeBar.getStyleClass().add("alike-bar");
        vm.filterProperty().addListener((o, a, b) -> {
            updateAlikeBar();
            vm.refresh();
        });
        updateAlikeBar();

        PauseTransition typing = new PauseTransition(Duration.millis(180));
        typing.setOnFinished(e -> vm.refresh());
        search.textProperty().addListener((o, a, b) -> {
            vm.queryProperty().set(b);
            typing.playFromStart();
        });
        status.textProperty().bind(vm.statusProperty());

        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && !session.project().isReadOnly()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
        });
        setOnDragDropped(e -> {
            boolean files = e.getDragboard().hasFiles();
            if (files) {
                List<Path> paths = e.getDragboard().getFiles().stream()
                        .map(java.io.File::toPath)
                        .toList();
                importPaths(paths);
            }
            e.setDropCompleted(files);
            e.consume();
        });
        draft.documentVersionProperty().addListener((o, a, b) -> {
            reader.refresh();
            vm.refresh();
        });
        vm.refresh();
        vm.refreshChoices();
    }

    private HBox toolbar() {
        search.setId("inputs-search");
        search.setPromptText("Search inputs: words, prefix*, \"a phrase\"");
        search.setPrefColumnCount(18);
        HBox.setHgrow(search, Priority.SOMETIMES);
        ComboBox<String> group = filterBox("All groups", vm.groups(), s -> s, (f, v) -> f.withGroup(v));
        group.setId("filter-group");
        ComboBox<String> occasion = filterBox("All occasions", vm.occasions(), s -> s, (f, v) -> f.withOccasion(v));
        ComboBox<String> language =
                filterBox("All languages", vm.languages(), LanguageDetector::displayName, (f, v) -> f.withLanguage(v));
        language.setId("filter-language");
        ComboBox<String> tag = new ComboBox<>();
        tag.setId("filter-tag");
        Runnable fillTags = () -> {
            List<String> items = new ArrayList<>(List.of(ALL));
            vm.tags().forEach(t -> items.add(t.display()));
            tag.getItems().setAll(items);
            tag.setValue(ALL);
        };
        vm.tags().addListener((javafx.collections.ListChangeListener<Tag>) c -> fillTags.run());
        fillTags.run();
        tag.setConverter(label(v -> v.equals(ALL) ? "All tags" : v));
        tag.setMaxWidth(140);
        tag.valueProperty().addListener((o, a, v) -> {
            Long id = vm.tags().stream()
                    .filter(t -> t.display().equals(v))
                    .map(Tag::id)
                    .findFirst()
                    .orElse(null);
            vm.filterProperty().set(vm.filterProperty().get().withTag(id));
        });
        ComboBox<InputFilter.Linked> linked = new ComboBox<>();
        linked.setId("filter-linked");
        linked.getItems().setAll(InputFilter.Linked.values());
        linked.setValue(InputFilter.Linked.ANY);
        linked.setConverter(label(l -> switch (l) {
            case ANY -> "Linked or not";
            case LINKED -> "Linked";
            case NOT_LINKED -> "Not linked";
        }));
        linked.valueProperty()
                .addListener((o, a, v) ->
                        vm.filterProperty().set(vm.filterProperty().get().withLinked(v)));
        MenuButton importButton = new MenuButton("Import", new FontIcon(Material2AL.FILE_UPLOAD));
        importButton.setId("inputs-import");
        MenuItem files = new MenuItem("Files…");
        files.setOnAction(e -> importFiles());
        MenuItem folder = new MenuItem("A Folder…");
        folder.setOnAction(e -> importFolder());
        importButton.getItems().addAll(files, folder);
        importButton.disableProperty().set(session.project().isReadOnly());
        Label icon = new Label(null, new FontIcon(Material2MZ.SEARCH));
        status.getStyleClass().add("library-status");
        status.setMinWidth(Region.USE_PREF_SIZE);
        importButton.setMinWidth(Region.USE_PREF_SIZE);
        status.setId("library-status");
        HBox bar = new HBox(8, icon, search, group, tag, occasion, language, linked, status, spacer(), importButton);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        bar.getStyleClass().add("library-toolbar");
        return bar;
    }

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    private static <T> javafx.util.StringConverter<T> label(java.util.function.Function<T, String> f) {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : f.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private ComboBox<String> filterBox(
            String all,
            javafx.collections.ObservableList<String> choices,
            java.util.function.Function<String, String> display,
            java.util.function.BiFunction<InputFilter, String, InputFilter> apply) {
        ComboBox<String> box = new ComboBox<>();
        Runnable fill = () -> {
            String keep = box.getValue();
            List<String> items = new ArrayList<>(List.of(ALL));
            items.addAll(choices);
            box.getItems().setAll(items);
            box.setValue(keep != null && items.contains(keep) ? keep : ALL);
        };
        choices.addListener((javafx.collections.ListChangeListener<String>) c -> fill.run());
        fill.run();
        box.setConverter(label(v -> v.equals(ALL) ? all : display.apply(v)));
        box.setMaxWidth(140);
        box.valueProperty().addListener((o, a, v) -> {
            if (v != null) {
                vm.filterProperty().set(apply.apply(vm.filterProperty().get(), v.equals(ALL) ? null : v));
            }
        });
        return box;
    }

    private void updateAlikeBar() {
        Long of = vm.filterProperty().get().alikeOf();
        alikeBar.getChildren().clear();
        if (of != null) {
            Hyperlink all = new Hyperlink("Show all inputs");
            all.setOnAction(
                    e -> vm.filterProperty().set(vm.filterProperty().get().withAlikeOf(null)));
            alikeBar.getChildren().addAll(new Label("Showing a group of near-identical submissions."), all);
        }
        alikeBar.setVisible(of != null);
        alikeBar.setManaged(of != null);
    }

    /** Answers this view's questions differently (tests). */
    public void setDialogs(InputDialogs dialogs) {
        this.dialogs = dialogs;
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
        return search;
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
            dialogs.showInformation("Nothing to link", "Select a passage of an input in the reader first.");
            return false;
        }
        if (paragraph == null) {
            dialogs.showInformation("No paragraph", "Choose the paragraph to link to in the outline first.");
            return false;
        }
        link(paragraph, reader.input().id(), sel.getStart(), sel.getEnd());
        return true;
    }

    /** Links a passage to a paragraph, as an undoable command, and shows it everywhere. */
    public CompletableFuture<Void> link(String paragraphId, long inputId, int start, int end) {
        String where = draft.label(paragraphId).orElse("the paragraph");
        return session.execute(() -> linkCommands
                        .link(paragraphId, inputId, start, end, where)
                        .command())
                .thenCompose(c -> linksChanged(paragraphId));
    }

    /** After links of a paragraph changed: its count in the outline, the Sources panel, the reader, the library. */
    public CompletableFuture<Void> linksChanged(String paragraphId) {
        return session.read(
                        () -> session.project().links().ofParagraph(paragraphId).size())
                .thenAccept(n -> session.onUi(() -> {
                    draft.setSources(paragraphId, n);
                    sources.refresh();
                    reader.refresh();
                    vm.refresh();
                }));
    }

    /** Asks for new details of the selected inputs (stakeholder, occasion, date, language, tags) and sets them. */
    public void editDetails() {
        List<Long> ids = table.getSelectionModel().getSelectedItems().stream()
                .map(LibraryRow::id)
                .toList();
        if (ids.isEmpty() || session.project().isReadOnly()) {
            return;
        }
        String what = ids.size() == 1
                ? "Details of "
                        + table.getSelectionModel()
                                .getSelectedItem()
                                .row()
                                .input()
                                .title()
                : "Details of the " + ids.size() + " inputs selected";
        session.read(() -> new Object[] {
                    choices(session.project()), session.project().inputDetails().detailsOf(ids.getFirst())
                })
                .thenAccept(r -> session.onUi(() -> dialogs.askDetails(
                                what, "Save", (InputDialogs.Choices) r[0], (ImportDetails) r[1])
                        .ifPresent(d -> session.submit(() -> {
                                    session.project().inputDetails().update(ids, d);
                                    return null;
                                })
                                .thenRun(() -> session.onUi(() -> {
                                    vm.refresh();
                                    vm.refreshChoices();
                                    reader.refresh();
                                })))));
    }

    /** Asks for files and imports them. */
    public void importFiles() {
        List<Path> files = dialogs.chooseInputFiles();
        if (!files.isEmpty()) {
            importPaths(files);
        }
    }

    /** Asks for a folder and imports every input file in it. */
    public void importFolder() {
        dialogs.chooseInputFolder().ifPresent(f -> importPaths(List.of(f)));
    }

    /** Asks what the files are and imports them in the background. */
    public void importPaths(List<Path> paths) {
        if (running != null) {
            dialogs.showInformation(
                    "An import is running", "Wait for it to finish, or cancel it, before starting another.");
            return;
        }
        String what = paths.size() == 1
                ? "Import " + paths.getFirst().getFileName()
                : "Import " + paths.size() + " files or folders";
        session.read(() -> choices(session.project()))
                .thenAccept(ch -> session.onUi(() -> dialogs.askDetails(what, "Import", ch, ImportDetails.NONE)
                        .ifPresent(d -> startImport(paths, d))));
    }

    private static InputDialogs.Choices choices(Project p) {
        return new InputDialogs.Choices(
                p.stakeholders().all().stream().map(s -> s.name()).toList(),
                p.stakeholders().groups(),
                p.inputs().occasions(),
                p.inputs().languages(),
                p.tags().all());
    }

    /** Runs an import in the background; the returned task ends with its report (shown to the person). */
    public Task<ImportReport> startImport(List<Path> paths, ImportDetails details) {
        stopImport.set(false);
        Task<ImportReport> task = new Task<>() {
            @Override
            protected ImportReport call() {
                updateMessage("Looking at the files…");
                return session.project()
                        .inputImporter()
                        .importFiles(
                                paths,
                                details,
                                (done, total, file) -> {
                                    updateProgress(done, total);
                                    updateMessage("Imported " + done + " of " + total + " · " + file.getFileName());
                                },
                                stopImport::get,
                                write -> session.submit(() -> {
                                            write.run();
                                            return null;
                                        })
                                        .join());
            }
        };
        running = task;
        progress.progressProperty().bind(task.progressProperty());
        progressText.textProperty().bind(task.messageProperty());
        showProgress(true);
        task.setOnSucceeded(e -> {
            finishImport();
            dialogs.showReport(task.getValue());
        });
        task.setOnFailed(e -> {
            finishImport();
            Throwable t = task.getException();
            dialogs.showError("The import stopped", t.getMessage() == null ? t.toString() : t.getMessage());
        });
        Thread thread = new Thread(task, "input-import");
        thread.setDaemon(true);
        thread.start();
        return task;
    }

    private void finishImport() {
        running = null;
        progress.progressProperty().unbind();
        progressText.textProperty().unbind();
        showProgress(false);
        vm.refresh();
        vm.refreshChoices();
    }

    private void showProgress(boolean show) {
        progressBar.setVisible(show);
        progressBar.setManaged(show);
    }
}
