package org.penholder.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import java.util.function.Consumer;
import org.penholder.about.AboutInfo;
import org.penholder.settings.Preferences;
import org.penholder.settings.UserSettings;
import org.penholder.ui.about.AboutDialog;
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
        chooser.getExtensionFilters().addAll(
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
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath).map(p ->
                p.getFileName().toString().endsWith(extension) ? p : p.resolveSibling(p.getFileName() + extension));
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
        GridPane grid = form(new Label(Messages.get("newProject.titleField")), title,
                new Label(Messages.get("newProject.symbol")), symbol);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(title.textProperty().isEmpty());
        title.requestFocus();
        if (dialog.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) {
            return Optional.empty();
        }
        String name = title.getText().strip().replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
        return chooseFileToWrite(Messages.get("newProject.file"), (name.isEmpty() ? "draft" : name) + ".penholder", ".penholder")
                .map(file -> new NewProject(title.getText().strip(), symbol.getText().strip(), file));
    }

    @Override
    public Optional<Preferences> editPreferences(Preferences current, Consumer<UserSettings.Theme> previewTheme) {
        PreferencesViewModel model = new PreferencesViewModel(current, InterfaceLanguage.systemLocale(),
                FxDialogService.class.getClassLoader(), previewTheme);
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
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(String.join(", ", patterns), patterns),
                new FileChooser.ExtensionFilter("All files", "*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<String> chooseOne(String title, String prompt, java.util.List<String> options) {
        if (options.isEmpty()) {
            return Optional.empty();
        }
        javafx.scene.control.ChoiceDialog<String> dialog = new javafx.scene.control.ChoiceDialog<>(
                options.get(options.size() - 1), options);
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(prompt);
        return dialog.showAndWait();
    }

    @Override
    public Optional<NewRevision> askNewRevision(String suggestedName) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Freeze revision");
        dialog.setHeaderText("Freeze the draft as it stands as a named, unchangeable revision.");
        TextField name = new TextField(suggestedName);
        name.setPrefColumnCount(28);
        TextField note = new TextField();
        note.setPromptText("e.g. Circulated to delegations on 3 October (optional)");
        GridPane grid = form(new Label("Name"), name, new Label("Note"), note);
        javafx.scene.control.CheckBox freeze = new javafx.scene.control.CheckBox(
                "Freeze numbering: paragraphs added later are numbered 12 bis, 12 ter");
        grid.add(freeze, 1, 2);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(name.textProperty().isEmpty());
        if (dialog.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) {
            return Optional.empty();
        }
        return Optional.of(new NewRevision(name.getText().strip(), note.getText().strip(), freeze.isSelected()));
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message);
    }

    @Override
    public void showInformation(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message);
    }

    private void alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(520);
        alert.getDialogPane().setContent(text);
        alert.showAndWait();
    }

    private static GridPane form(Label l1, TextField f1, Label l2, TextField f2) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(new Insets(10, 10, 0, 10));
        grid.addRow(0, l1, f1);
        grid.addRow(1, l2, f2);
        return grid;
    }
}
