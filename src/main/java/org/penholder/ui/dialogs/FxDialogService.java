package org.penholder.ui.dialogs;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.penholder.about.AboutInfo;
import org.penholder.docx.ExportOptions;
import org.penholder.project.DocumentLanguage;
import org.penholder.settings.Preferences;
import org.penholder.settings.UserSettings;
import org.penholder.ui.about.AboutDialog;
import org.penholder.ui.common.DialogService;
import org.penholder.ui.common.InterfaceLanguage;
import org.penholder.ui.common.Messages;
import org.penholder.ui.common.SafeTextFlow;
import org.penholder.ui.preferences.PreferencesDialog;
import org.penholder.ui.preferences.PreferencesViewModel;

/** The real dialogs: JavaFX file choosers and small forms, owned by the main window. */
public final class FxDialogService implements DialogService {

    private final Window owner;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseProjectToOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("dialog.open.title"));
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter(Messages.get("dialog.filter.projects"), "*.penholder"),
                        new FileChooser.ExtensionFilter(Messages.get("dialog.filter.all"), "*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToWrite(String title, String suggestedName, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("*" + extension, "*" + extension));
        return Optional.ofNullable(chooser.showSaveDialog(owner))
                .map(File::toPath)
                .map(p -> p.getFileName().toString().endsWith(extension)
                        ? p
                        : p.resolveSibling(p.getFileName() + extension));
    }

    @Override
    public Optional<NewProject> askNewProject() {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("newProject.title"));
        dialog.setHeaderText(Messages.get("newProject.header"));
        TextField title = new TextField();
        title.setPromptText(Messages.get("newProject.titlePrompt"));
        title.setPrefColumnCount(36);
        TextField symbol = new TextField();
        symbol.setPromptText(Messages.get("newProject.symbolPrompt"));
        GridPane grid = form(
                new Label(Messages.get("newProject.titleField")),
                title,
                new Label(Messages.get("newProject.symbol")),
                symbol);
        ChoiceBox<String> language = choice(DocumentLanguage.TAGS, DocumentLanguage::name);
        language.setId("new-project-language");
        language.setValue(DocumentLanguage.suggestedFor(Messages.locale()));
        Label languageNote = new Label(Messages.get("newProject.languageNote"));
        languageNote.setWrapText(true);
        languageNote.setMaxWidth(440);
        languageNote.getStyleClass().add("dialog-note");
        Label languageLabel = new Label(Messages.get("newProject.language"));
        languageLabel.setMinWidth(Region.USE_PREF_SIZE);
        grid.addRow(2, languageLabel, language);
        grid.add(languageNote, 1, 3);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane()
                .lookupButton(ButtonType.OK)
                .disableProperty()
                .bind(title.textProperty().isEmpty());
        title.requestFocus();
        if (dialog.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) {
            return Optional.empty();
        }
        return Optional.of(
                new NewProject(title.getText().strip(), symbol.getText().strip(), language.getValue()));
    }

    @Override
    public Optional<Preferences> editPreferences(Preferences current, Consumer<UserSettings.Theme> previewTheme) {
        PreferencesViewModel model = new PreferencesViewModel(
                current, InterfaceLanguage.systemLocale(), FxDialogService.class.getClassLoader(), previewTheme);
        return new PreferencesDialog(owner, model).ask();
    }

    @Override
    public void showAbout(AboutInfo about) {
        new AboutDialog(owner, about).showAndWait();
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, java.util.List<String> extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        java.util.List<String> patterns = extensions.stream().map(e -> "*" + e).toList();
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter(String.join(", ", patterns), patterns),
                        new FileChooser.ExtensionFilter(Messages.get("dialog.filter.all"), "*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<NewRevision> askNewRevision(String suggestedName) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("dialogs.fxDialogService.freezeRevision"));
        dialog.setHeaderText(Messages.get("dialogs.fxDialogService.freezeTheDraftAsIt"));
        TextField name = new TextField(suggestedName);
        name.setPrefColumnCount(28);
        TextField note = new TextField();
        note.setPromptText(Messages.get("dialogs.fxDialogService.eGCirculatedToDelegations"));
        GridPane grid = form(
                new Label(Messages.get("dialogs.fxDialogService.name")),
                name,
                new Label(Messages.get("dialogs.fxDialogService.note")),
                note);
        javafx.scene.control.CheckBox freeze =
                new javafx.scene.control.CheckBox(Messages.get("dialogs.fxDialogService.freezeNumbering"));
        grid.add(freeze, 1, 2);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane()
                .lookupButton(ButtonType.OK)
                .disableProperty()
                .bind(name.textProperty().isEmpty());
        if (dialog.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) {
            return Optional.empty();
        }
        return Optional.of(
                new NewRevision(name.getText().strip(), note.getText().strip(), freeze.isSelected()));
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String description, String... patterns) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter(description, patterns),
                        new FileChooser.ExtensionFilter(Messages.get("dialog.filter.all"), "*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<ExportOptions> askExport(List<String> revisions) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("dialogs.fxDialogService.exportToWord"));
        dialog.setHeaderText(Messages.get("dialogs.fxDialogService.aWordFileDocxTo"));
        ChoiceBox<ExportOptions.Kind> kind = choice(List.of(ExportOptions.Kind.values()), Messages::of);
        kind.setId("export-kind");
        List<String> versions = new ArrayList<>();
        versions.add(Messages.get("dialogs.fxDialogService.currentDraft"));
        versions.addAll(revisions.reversed());
        ChoiceBox<String> version = choice(versions, v -> v);
        version.setId("export-version");
        version.getStyleClass().add("project-text"); // revision names, the person's words
        ChoiceBox<String> since = choice(revisions.reversed(), v -> v);
        since.setId("export-redline-from");
        since.getStyleClass().add("project-text");
        ChoiceBox<ExportOptions.Sources> sources = choice(List.of(ExportOptions.Sources.values()), Messages::of);
        sources.setId("export-sources");
        GridPane grid = form(
                new Label(Messages.get("dialogs.fxDialogService.document")),
                kind,
                new Label(Messages.get("dialogs.fxDialogService.version")),
                version);
        grid.addRow(2, new Label(Messages.get("dialogs.fxDialogService.changesSince")), since);
        grid.addRow(3, new Label(Messages.get("dialogs.fxDialogService.sources")), sources);
        ChoiceBox<ExportOptions.Sources> agreed =
                choice(List.of(ExportOptions.Sources.values()), s -> Messages.get("dialogs.export.agreed." + s.name()));
        agreed.setId("export-agreed");
        grid.addRow(4, new Label(Messages.get("dialogs.fxDialogService.agreedLanguage")), agreed);
        Label explain = new Label();
        explain.setWrapText(true);
        explain.setMaxWidth(420);
        explain.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // the whole explanation, never cut short
        explain.setStyle("-fx-text-fill: -color-fg-muted;");
        String current = versions.get(0);
        Runnable update = () -> {
            boolean redline = kind.getValue() == ExportOptions.Kind.REDLINE;
            since.setDisable(!redline);
            sources.setDisable(redline);
            agreed.setDisable(redline);
            if (redline) {
                sources.setValue(ExportOptions.Sources.NONE);
                agreed.setValue(ExportOptions.Sources.NONE);
                String v = version.getValue().equals(current) ? null : version.getValue();
                since.setValue(ExportOptions.redlineBase(revisions, v));
            }
            explain.setText(explanation(kind.getValue(), sources.getValue()));
        };
        kind.valueProperty().addListener((o, a, b) -> update.run());
        version.valueProperty().addListener((o, a, b) -> update.run());
        sources.valueProperty()
                .addListener((o, a, b) -> explain.setText(explanation(kind.getValue(), sources.getValue())));
        update.run();
        grid.add(explain, 0, 5, 2, 1);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane()
                .lookupButton(ButtonType.OK)
                .disableProperty()
                .bind(javafx.beans.binding.Bindings.createBooleanBinding(
                        () -> kind.getValue() == ExportOptions.Kind.REDLINE
                                && (since.getValue() == null || since.getValue().equals(version.getValue())),
                        kind.valueProperty(),
                        since.valueProperty(),
                        version.valueProperty()));
        if (dialog.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) {
            return Optional.empty();
        }
        String v = version.getSelectionModel().getSelectedIndex() <= 0 ? null : version.getValue();
        if (kind.getValue() == ExportOptions.Kind.REDLINE) {
            return Optional.of(ExportOptions.redline(since.getValue(), v));
        }
        return Optional.of(new ExportOptions(kind.getValue(), v, sources.getValue()).withAgreed(agreed.getValue()));
    }

    private static String explanation(ExportOptions.Kind kind, ExportOptions.Sources sources) {
        String what = Messages.get("dialogs.export.explain." + kind.name());
        String how = sources == ExportOptions.Sources.NONE
                ? ""
                : Messages.get("dialogs.export.explain.sources." + sources.name());
        return what + how;
    }

    @Override
    public Optional<String> askText(String title, String header, String label, String suggestion) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        TextField field = new TextField(suggestion);
        field.setPrefColumnCount(28);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setPadding(new Insets(10, 10, 0, 10));
        grid.addRow(0, new Label(label), field);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane()
                .lookupButton(ButtonType.OK)
                .disableProperty()
                .bind(field.textProperty().isEmpty());
        field.requestFocus();
        if (dialog.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK
                || field.getText().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(field.getText().strip());
    }

    @Override
    public void showProgress(String title, Task<?> task) {
        ProgressDialog.show(owner, title, task);
    }

    @Override
    public void showProgress(String title, org.penholder.ui.Job<?> job) {
        ProgressDialog.show(owner, title, job);
    }

    private static <T> ChoiceBox<T> choice(List<T> items, java.util.function.Function<T, String> text) {
        ChoiceBox<T> box = new ChoiceBox<>();
        box.getItems().addAll(items);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        box.getSelectionModel().selectFirst();
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    @Override
    public Optional<String> chooseOne(String title, String question, java.util.List<String> choices, String initial) {
        javafx.scene.control.ChoiceDialog<String> dialog = new javafx.scene.control.ChoiceDialog<>(initial, choices);
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(question);
        dialog.setContentText(null);
        return dialog.showAndWait();
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message);
    }

    @Override
    public void showInformation(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message);
    }

    @Override
    public boolean confirm(String title, String message, String action) {
        ButtonType go = new ButtonType(action, javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", go, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setContent(message(message, 520));
        return alert.showAndWait().filter(go::equals).isPresent();
    }

    private void alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setContent(message(message, 520));
        alert.showAndWait();
    }

    /** A message for a dialog's content, wrapped at {@code width}, whatever its letters. */
    public static SafeTextFlow message(String text, double width) {
        SafeTextFlow flow = new SafeTextFlow();
        flow.setText(text);
        flow.setMaxWidth(width);
        // a dialog sizes and places itself by its content's preferred width, which a maximum does not
        // bound: the words on one line made it wider than the screen, centred far to the left
        flow.setPrefWidth(width);
        return flow;
    }

    private static GridPane form(Label l1, javafx.scene.Node f1, Label l2, javafx.scene.Node f2) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(new Insets(10, 10, 0, 10));
        grid.addRow(0, l1, f1);
        grid.addRow(1, l2, f2);
        // a label is never cut to make room for its field: longer words (French, Russian) widen the form
        l1.setMinWidth(Region.USE_PREF_SIZE);
        l2.setMinWidth(Region.USE_PREF_SIZE);
        return grid;
    }
}
