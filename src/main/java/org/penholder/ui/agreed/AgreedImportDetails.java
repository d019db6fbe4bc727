package org.penholder.ui.agreed;

import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.penholder.adopted.AgreedLibrary;
import org.penholder.model.Author;
import org.penholder.ui.common.Messages;

/**
 * The symbol, title and date of adoption of the texts about to be imported, as {@code
 * import-agreed --symbol --title --date} gives them: a blank field is read from each text's
 * masthead. Symbol and title name one text, so they are offered for one file only.
 */
public final class AgreedImportDetails extends GridPane {

    private final TextField symbol = new TextField();
    private final TextField title = new TextField();
    private final DatePicker date = new DatePicker();
    private final Label hint = new Label();

    public AgreedImportDetails(int files) {
        symbol.setId("agreed-import-symbol");
        symbol.setPromptText(Messages.get("agreed.import.symbol.prompt"));
        title.setId("agreed-import-title");
        title.setPromptText(Messages.get("agreed.import.fromFile"));
        date.setId("agreed-import-date");
        date.setPromptText(Messages.get("agreed.import.fromFile"));
        date.setEditable(true);
        symbol.setDisable(files != 1);
        title.setDisable(files != 1);
        hint.setWrapText(true);
        hint.setMaxWidth(420);
        hint.setText(
                files == 1 ? Messages.get("agreed.import.hint.one") : Messages.get("agreed.import.hint.many", files));
        setHgap(8);
        setVgap(8);
        add(hint, 0, 0, 2, 1);
        addRow(1, new Label(Messages.get("agreed.import.symbol")), symbol);
        addRow(2, new Label(Messages.get("agreed.import.title")), title);
        addRow(3, new Label(Messages.get("agreed.import.date")), date);
        title.setPrefColumnCount(28);
    }

    /** True while the date typed is not a date. */
    BooleanBinding dateInvalid() {
        return Bindings.createBooleanBinding(
                () -> !dateText().isEmpty() && typedDate().isEmpty(),
                date.getEditor().textProperty(),
                date.valueProperty());
    }

    /** What the form says, for {@code author}'s import; blanks are read from each file. */
    public AgreedLibrary.Details details(Author author) {
        return new AgreedLibrary.Details(
                blankToNull(symbol.isDisabled() ? "" : symbol.getText()),
                blankToNull(title.isDisabled() ? "" : title.getText()),
                typedDate().orElse(null),
                author.name());
    }

    private String dateText() {
        return date.getEditor().getText() == null
                ? ""
                : date.getEditor().getText().strip();
    }

    /** The date typed or picked; the picker reads the typed text in the window's locale. */
    private Optional<LocalDate> typedDate() {
        if (dateText().isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(date.getConverter().fromString(dateText()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    TextField symbolField() {
        return symbol;
    }

    TextField titleField() {
        return title;
    }

    DatePicker dateField() {
        return date;
    }

    /** Asks for the details of {@code files} texts about to be imported; empty when cancelled. */
    public static Optional<AgreedLibrary.Details> ask(Window owner, int files, Author author) {
        AgreedImportDetails form = new AgreedImportDetails(files);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("agreed.import.dialog.title"));
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(form.dateInvalid());
        return dialog.showAndWait().filter(b -> b == ButtonType.OK).map(b -> form.details(author));
    }
}
