package org.penholder.ui.agreed;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import org.penholder.adopted.AgreedLibrary;
import org.penholder.model.AdoptedParagraph;
import org.penholder.model.AdoptedText;
import org.penholder.ui.ProjectSession;
import org.penholder.ui.common.Background;
import org.penholder.ui.common.Formats;
import org.penholder.ui.common.Messages;
import org.penholder.ui.common.ProgressTask;
import org.penholder.ui.common.SafeTextFlow;
import org.penholder.ui.common.Widths;

/**
 * The Agreed Texts view: the library of adopted texts (symbol, title, date, paragraphs), the text
 * chosen read paragraph by paragraph with its numbers, a search over every adopted paragraph, and
 * the import of more texts as a background task with progress and Cancel.
 */
public final class AgreedTextsView extends BorderPane {

    /** The view's name, as its tab shows it. */
    public static final String NAME = "Agreed Texts";

    private final AgreedTextsViewModel vm;
    private final ListView<AdoptedText> texts = new ListView<>();
    private final ListView<AdoptedParagraph> reader = new ListView<>();
    private final ListView<AgreedLibrary.Hit> found = new ListView<>();
    private final TextField search = new TextField();
    private final BorderPane right = new BorderPane();
    private final Label readerHeading = new Label(Messages.get("agreed.agreedTextsView.chooseATextToRead"));
    private final HBox progressBar = new HBox(8);
    private final ProgressBar bar = new ProgressBar();
    private final Label progressText = new Label();
    private final Button cancel = new Button(Messages.get("agreed.agreedTextsView.cancel"));
    private ProgressTask<AgreedLibrary.Report> running;
    private Consumer<Throwable> onError = e -> {};
    private final ProjectSession session;

    public AgreedTextsView(ProjectSession session, AgreedTextsViewModel vm) {
        this.vm = vm;
        this.session = session;
        setId("agreed-texts");
        getStylesheets().add(AgreedTextsView.class.getResource("agreed.css").toExternalForm());
        search.setId("agreed-search");
        search.setPromptText(Messages.get("agreed.agreedTextsView.searchTheAdoptedTextsWords"));
        HBox.setHgrow(search, Priority.ALWAYS);
        Button importButton = new Button(Messages.get("agreed.agreedTextsView.importAdoptedTexts"));
        importButton.setId("agreed-import");
        importButton.setDisable(session.project().isReadOnly());
        importButton.setOnAction(e -> chooseAndImport());
        Button remove = new Button(Messages.get("agreed.agreedTextsView.remove"));
        remove.setId("agreed-remove");
        remove.disableProperty()
                .bind(texts.getSelectionModel()
                        .selectedItemProperty()
                        .isNull()
                        .or(javafx.beans.binding.Bindings.createBooleanBinding(
                                () -> session.project().isReadOnly())));
        remove.setOnAction(e -> confirmRemove(texts.getSelectionModel().getSelectedItem()));
        HBox top = new HBox(8, search, importButton, remove);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(8));
        setTop(top);

        texts.setId("agreed-text-list");
        texts.setItems(vm.texts());
        texts.setCellFactory(l -> new TextCell());
        Label none = new Label(Messages.get("agreed.texts.none"));
        none.setWrapText(true);
        none.getStyleClass().add("placeholder-text");
        texts.setPlaceholder(none);
        texts.getSelectionModel().selectedItemProperty().addListener((o, a, text) -> {
            readerHeading.setText(
                    text == null ? Messages.get("agreed.agreedTextsView.chooseATextToRead") : heading(text));
            vm.read(text);
        });
        reader.setId("agreed-reader");
        reader.setItems(vm.paragraphs());
        reader.setCellFactory(l -> new ParagraphCell(l));
        found.setId("agreed-found");
        found.setItems(vm.hits());
        found.setCellFactory(l -> new HitCell(l, false));
        found.setPlaceholder(new Label(Messages.get("agreed.agreedTextsView.noAdoptedParagraphHasThese")));
        readerHeading.getStyleClass().add("panel-heading");
        readerHeading.setWrapText(true);
        right.setTop(readerHeading);
        BorderPane.setMargin(readerHeading, new Insets(6, 8, 6, 8));
        right.setCenter(reader);
        SplitPane split = new SplitPane(texts, right);
        split.setDividerPositions(0.34);
        setCenter(split);

        PauseTransition typing = new PauseTransition(Duration.millis(250));
        typing.setOnFinished(e -> {
            String q = search.getText();
            boolean searching = q != null && !q.isBlank();
            right.setCenter(searching ? found : reader);
            readerHeading.setText(
                    searching
                            ? Messages.get("agreed.agreedTextsView.foundHeading")
                            : heading(texts.getSelectionModel().getSelectedItem()));
            vm.search(q);
        });
        search.textProperty().addListener((o, a, b) -> typing.playFromStart());

        bar.setPrefWidth(220);
        cancel.setId("agreed-import-cancel");
        cancel.setOnAction(e -> {
            if (running != null) {
                running.cancel();
            }
        });
        progressBar.getChildren().addAll(bar, progressText, new Region(), cancel);
        HBox.setHgrow(progressBar.getChildren().get(2), Priority.ALWAYS);
        progressBar.setAlignment(Pos.CENTER_LEFT);
        progressBar.setPadding(new Insets(6, 8, 6, 8));
        progressBar.setVisible(false);
        progressBar.setManaged(false);
        setBottom(progressBar);
    }

    /** Where failures of an import are told (the window's error dialog). */
    public void setOnError(Consumer<Throwable> handler) {
        this.onError = handler;
    }

    private static String heading(AdoptedText t) {
        if (t == null) {
            return Messages.get("agreed.agreedTextsView.chooseATextToRead");
        }
        return t.name()
                + (t.symbol().isBlank() ? "" : " \u00b7 " + t.title())
                + (t.date() == null
                        ? ""
                        : Messages.get(
                                "agreed.agreedTextsView.adoptedOn",
                                Formats.longDate().format(t.date())));
    }

    private void chooseAndImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("agreed.agreedTextsView.importAdoptedTexts2"));
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter(
                                Messages.get("agreed.agreedTextsView.filter"),
                                "*.docx",
                                "*.pdf",
                                "*.txt",
                                "*.md",
                                "*.html",
                                "*.htm"),
                        new FileChooser.ExtensionFilter(Messages.get("dialog.filter.all"), "*"));
        List<File> files = chooser.showOpenMultipleDialog(
                getScene() == null ? null : getScene().getWindow());
        if (files != null && !files.isEmpty()) {
            AgreedImportDetails.ask(getScene() == null ? null : getScene().getWindow(), files.size(), session.author())
                    .ifPresent(details ->
                            importFiles(files.stream().map(File::toPath).toList(), details));
        }
    }

    /** Imports files as a background task with progress and Cancel; returns the task. */
    public ProgressTask<AgreedLibrary.Report> importFiles(List<Path> files) {
        return importFiles(files, vm.detailsFromTheFiles());
    }

    /** Imports files with the symbol, title and date given (blanks read from each file); returns the task. */
    public ProgressTask<AgreedLibrary.Report> importFiles(List<Path> files, AgreedLibrary.Details details) {
        ProgressTask<AgreedLibrary.Report> task = vm.importTask(files, details);
        running = task;
        bar.progressProperty().bind(task.progressProperty());
        progressText.textProperty().bind(task.messageProperty());
        progressBar.setVisible(true);
        progressBar.setManaged(true);
        task.setOnSucceeded(e -> {
            done();
            AgreedLibrary.Report r = task.getValue();
            String detail = detail(r);
            if (!detail.isEmpty()) {
                Alert alert = new Alert(Alert.AlertType.INFORMATION, detail, ButtonType.OK);
                alert.setTitle(Messages.get("agreed.agreedTextsView.importTitle"));
                alert.setHeaderText(Messages.get(r.said()));
                if (getScene() != null) {
                    alert.initOwner(getScene().getWindow());
                }
                alert.show();
            }
        });
        task.setOnCancelled(e -> done());
        task.setOnFailed(e -> {
            done();
            onError.accept(task.getException());
        });
        Background.start(task);
        return task;
    }

    /**
     * What an import has to tell besides its summary, one line each, in the window's language:
     * files left out, files already in the library, and what the reader had to guess in a file.
     */
    static String detail(AgreedLibrary.Report r) {
        StringBuilder b = new StringBuilder();
        r.skipped()
                .forEach(s -> b.append(Messages.get("unreadable.file", s.file().getFileName(), s.why()))
                        .append('\n'));
        r.duplicates()
                .forEach(d -> b.append(Messages.get(
                                "agreed.alreadyInLibrary",
                                d.file().getFileName(),
                                d.existing().name()))
                        .append('\n'));
        r.imported()
                .forEach(i -> i.warnings()
                        .forEach(w -> b.append(Messages.get(
                                        "agreed.fileWarning", i.file().getFileName(), Messages.get(w)))
                                .append('\n')));
        return b.toString().strip();
    }

    private void done() {
        running = null;
        bar.progressProperty().unbind();
        progressText.textProperty().unbind();
        progressBar.setVisible(false);
        progressBar.setManaged(false);
    }

    private void confirmRemove(AdoptedText text) {
        if (text == null) {
            return;
        }
        Alert alert = new Alert(
                Alert.AlertType.CONFIRMATION,
                Messages.get("agreed.agreedTextsView.removeExplain"),
                ButtonType.OK,
                ButtonType.CANCEL);
        alert.setTitle(Messages.get("agreed.agreedTextsView.removeTitle"));
        alert.setHeaderText(Messages.get("agreed.agreedTextsView.removeHeader", text.name()));
        if (getScene() != null) {
            alert.initOwner(getScene().getWindow());
        }
        alert.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> vm.remove(text));
    }

    /** A text of the library: symbol and title, date and paragraphs. */
    private static final class TextCell extends ListCell<AdoptedText> {
        @Override
        protected void updateItem(AdoptedText t, boolean empty) {
            super.updateItem(t, empty);
            if (empty || t == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label name = new Label(t.name());
            name.getStyleClass().add("agreed-symbol");
            Label title = new Label(t.symbol().isBlank() ? "" : t.title());
            title.setMaxWidth(Double.MAX_VALUE);
            Label details = new Label((t.date() == null
                            ? Messages.get("agreed.agreedTextsView.undated")
                            : Formats.longDate().format(t.date()))
                    + " \u00b7 " + Messages.get("agreed.agreedTextsView.paragraphs", t.paragraphs()));
            details.getStyleClass().add("agreed-details");
            VBox box = new VBox(1, name, title, details);
            setText(null);
            setGraphic(box);
        }
    }

    /** A paragraph of the text read: its number and its words. */
    private static final class ParagraphCell extends ListCell<AdoptedParagraph> {
        private final Label number = new Label();
        private final SafeTextFlow text = new SafeTextFlow();
        private final HBox box = new HBox(8, number, text);

        ParagraphCell(ListView<AdoptedParagraph> owner) {
            number.setMinWidth(44);
            number.getStyleClass().add("agreed-number");
            var width = Widths.inside(owner.widthProperty(), 90);
            text.prefWidthProperty().bind(width);
            text.maxWidthProperty().bind(width);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(AdoptedParagraph p, boolean empty) {
            super.updateItem(p, empty);
            if (empty || p == null) {
                setGraphic(null);
                return;
            }
            number.setText(p.kind() == org.penholder.model.ParagraphKind.PP ? p.number() : p.number() + ".");
            text.setText(p.text());
            setGraphic(box);
        }
    }

    /** The list of texts (for tests). */
    public ListView<AdoptedText> textList() {
        return texts;
    }
}
