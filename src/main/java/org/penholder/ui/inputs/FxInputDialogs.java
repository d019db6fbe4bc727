package org.penholder.ui.inputs;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckListView;
import org.penholder.ingest.ImportDetails;
import org.penholder.ingest.ImportReport;
import org.penholder.model.InputKind;
import org.penholder.model.Tag;
import org.penholder.ui.common.Messages;
import org.penholder.ui.dialogs.FxDialogService;

/** The real dialogs of the Inputs view, owned by the window that shows it. */
public final class FxInputDialogs implements InputDialogs {

    private static final String DETECT = Messages.get("inputs.fxInputDialogs.detect");

    private final java.util.function.Supplier<Window> owner;

    public FxInputDialogs(java.util.function.Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public List<Path> chooseInputFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("inputs.fxInputDialogs.importInputs"));
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter(
                                "Inputs (*.docx, *.pdf, *.txt, *.md)", "*.docx", "*.pdf", "*.txt", "*.md"),
                        new FileChooser.ExtensionFilter(Messages.get("dialog.filter.all"), "*"));
        List<File> files = chooser.showOpenMultipleDialog(owner.get());
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseInputFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Messages.get("inputs.fxInputDialogs.importAFolderOfInputs"));
        return Optional.ofNullable(chooser.showDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseStakeholderCsv() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("inputs.fxInputDialogs.importStakeholders"));
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter("CSV (*.csv, *.txt)", "*.csv", "*.txt"),
                        new FileChooser.ExtensionFilter(Messages.get("dialog.filter.all"), "*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<ImportDetails> askDetails(
            String what, String action, org.penholder.ingest.InputLibrary.Choices choices, ImportDetails start) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(
                action.equals(Messages.get("inputs.inputsViewModel.import"))
                        ? Messages.get("inputs.fxInputDialogs.importInputs")
                        : Messages.get("inputs.fxInputDialogs.detailsOfInputs"));
        dialog.setHeaderText(what);
        ComboBox<String> stakeholder = editable(
                choices.stakeholders(), start.stakeholder(), Messages.get("inputs.fxInputDialogs.stakeholderPrompt"));
        ComboBox<String> group =
                editable(choices.groups(), start.group(), Messages.get("inputs.fxInputDialogs.groupPrompt"));
        ComboBox<String> occasion =
                editable(choices.occasions(), start.occasion(), Messages.get("inputs.fxInputDialogs.occasionPrompt"));
        DatePicker date = new DatePicker(start.date());
        date.setPromptText(Messages.get("inputs.fxInputDialogs.optional"));
        ComboBox<String> language = new ComboBox<>();
        language.getItems().add(DETECT);
        for (String code : List.of("en", "fr", "es", "ar", "ru", "zh", "pt", "de", "ja", "ko")) {
            language.getItems().add(code);
        }
        choices.languages().stream()
                .filter(l -> !language.getItems().contains(l))
                .forEach(language.getItems()::add);
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null || code.equals(DETECT)
                        ? DETECT
                        : org.penholder.ui.common.Formats.languageName(code) + " (" + code + ")";
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        language.setValue(start.language() == null ? DETECT : start.language());
        ComboBox<InputKind> kind = new ComboBox<>();
        kind.getItems().addAll(InputKind.values());
        kind.setValue(start.kind());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(InputKind k) {
                return k == null ? "" : Messages.of(k);
            }

            @Override
            public InputKind fromString(String s) {
                return null;
            }
        });
        CheckListView<Tag> tags = new CheckListView<>();
        tags.getItems().setAll(choices.tags());
        tags.setPrefHeight(180);
        tags.setCellFactory(lv ->
                new javafx.scene.control.cell.CheckBoxListCell<>(tags::getItemBooleanProperty, new StringConverter<>() {
                    @Override
                    public String toString(Tag t) {
                        return t == null ? "" : t.display();
                    }

                    @Override
                    public Tag fromString(String s) {
                        return null;
                    }
                }));
        for (Tag t : choices.tags()) {
            if (start.tags().contains(t.name())
                    || (!t.code().isEmpty() && start.tags().contains(t.code()))) {
                tags.getCheckModel().check(t);
            }
        }
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(10, 10, 0, 10));
        grid.addRow(0, new Label(Messages.get("inputs.fxInputDialogs.stakeholder")), stakeholder);
        grid.addRow(1, new Label(Messages.get("inputs.fxInputDialogs.group")), group);
        grid.addRow(2, new Label(Messages.get("inputs.fxInputDialogs.kind")), kind);
        grid.addRow(3, new Label(Messages.get("inputs.fxInputDialogs.occasion")), occasion);
        grid.addRow(4, new Label(Messages.get("inputs.fxInputDialogs.date")), date);
        grid.addRow(5, new Label(Messages.get("inputs.fxInputDialogs.language")), language);
        grid.addRow(6, new Label(Messages.get("inputs.fxInputDialogs.tags")), tags);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(ButtonType.OK)).setText(action);
        if (dialog.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) {
            return Optional.empty();
        }
        List<String> tagNames = new ArrayList<>();
        for (Tag t : tags.getCheckModel().getCheckedItems()) {
            tagNames.add(t.code().isEmpty() ? t.name() : t.code());
        }
        String lang = language.getValue() == null || language.getValue().equals(DETECT) ? null : language.getValue();
        LocalDate day = date.getValue();
        return Optional.of(new ImportDetails(
                stakeholder.getEditor().getText(),
                group.getEditor().getText(),
                kind.getValue(),
                occasion.getEditor().getText(),
                day,
                lang,
                tagNames));
    }

    private static ComboBox<String> editable(List<String> items, String value, String prompt) {
        ComboBox<String> box = new ComboBox<>();
        box.setEditable(true);
        box.getItems().setAll(items);
        box.setPromptText(prompt);
        box.setPrefWidth(340);
        box.getEditor().setText(value == null ? "" : value);
        return box;
    }

    @Override
    public void showReport(ImportReport report) {
        Alert alert = new Alert(report.anythingRead() ? Alert.AlertType.INFORMATION : Alert.AlertType.WARNING);
        alert.initOwner(owner.get());
        alert.setTitle(Messages.get("inputs.fxInputDialogs.importOfInputs"));
        alert.setHeaderText(Messages.get(report.said()));
        StringBuilder details = new StringBuilder();
        for (ImportReport.Skipped s : report.skipped()) {
            details.append(Messages.get("unreadable.file", s.file().getFileName(), s.why()))
                    .append('\n');
        }
        for (ImportReport.Duplicate d : report.duplicates()) {
            details.append(Messages.get("import.alreadyInProject", d.file().getFileName()))
                    .append('\n');
        }
        report.notes().forEach(n -> details.append(Messages.get(n)).append('\n'));
        if (!details.isEmpty()) {
            // file names may be Arabic or Hebrew: a safe flow, not a wrapping text area (docs/adr/0060)
            javafx.scene.control.ScrollPane text = new javafx.scene.control.ScrollPane(
                    FxDialogService.message(details.toString().strip(), 500));
            text.setFitToWidth(true);
            text.setPrefViewportWidth(500);
            text.setPrefViewportHeight(Math.min(14, details.toString().split("\n").length + 1) * 18);
            alert.getDialogPane()
                    .setContent(new VBox(6, new Label(Messages.get("inputs.fxInputDialogs.notImported")), text));
        }
        alert.showAndWait();
    }

    @Override
    public void showError(String title, String message) {
        new FxDialogService(owner.get()).showError(title, message);
    }

    @Override
    public void showInformation(String title, String message) {
        new FxDialogService(owner.get()).showInformation(title, message);
    }

    @Override
    public Optional<String> askNote(String current) {
        TextInputDialog dialog = new TextInputDialog(current == null ? "" : current);
        dialog.initOwner(owner.get());
        dialog.setTitle(Messages.get("inputs.fxInputDialogs.noteOnTheLink"));
        dialog.setHeaderText(Messages.get("inputs.fxInputDialogs.whyThisParagraphDrawsOn"));
        dialog.getEditor().setPrefColumnCount(40);
        return dialog.showAndWait();
    }
}
