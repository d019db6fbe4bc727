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
import org.penholder.model.Author;

/** The real dialogs: JavaFX file choosers and small forms, owned by the main window. */
public final class FxDialogService implements DialogService {

    private static final FileChooser.ExtensionFilter PROJECTS =
            new FileChooser.ExtensionFilter("Penholder projects (*.penholder)", "*.penholder");

    private final Window owner;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseProjectToOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a project");
        chooser.getExtensionFilters().addAll(PROJECTS, new FileChooser.ExtensionFilter("All files", "*"));
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
        dialog.setTitle("New project");
        dialog.setHeaderText("A new draft, with its inputs, in one project file.");
        TextField title = new TextField();
        title.setPromptText("e.g. Outcome document of the WSIS+20 review");
        title.setPrefColumnCount(36);
        TextField symbol = new TextField();
        symbol.setPromptText("e.g. A/80/L.1 (optional)");
        GridPane grid = form(new Label("Title"), title, new Label("Document symbol"), symbol);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(title.textProperty().isEmpty());
        title.requestFocus();
        if (dialog.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) {
            return Optional.empty();
        }
        String name = title.getText().strip().replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
        return chooseFileToWrite("Create the project file", (name.isEmpty() ? "draft" : name) + ".penholder", ".penholder")
                .map(file -> new NewProject(title.getText().strip(), symbol.getText().strip(), file));
    }

    @Override
    public Optional<Author> editAuthor(Author current) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Preferences");
        dialog.setHeaderText("Your amendments are recorded under this name and team.");
        TextField name = new TextField(current.name());
        name.setPrefColumnCount(28);
        TextField team = new TextField(current.team());
        team.setPromptText("e.g. Co-facilitators, Secretariat");
        dialog.getDialogPane().setContent(form(new Label("Your name"), name, new Label("Team"), team));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(name.textProperty().isEmpty());
        if (dialog.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) {
            return Optional.empty();
        }
        return Optional.of(new Author(name.getText(), team.getText()));
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
