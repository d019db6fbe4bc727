package org.penholder.ui.preferences;

import java.util.Locale;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.penholder.settings.Preferences;
import org.penholder.settings.UserSettings.Theme;
import org.penholder.ui.common.Messages;
import org.penholder.ui.common.Styles;
import org.penholder.ui.preferences.PreferencesViewModel.LanguageChoice;

/** The Preferences dialog: who you are, how Penholder looks, which language it speaks. */
public final class PreferencesDialog extends Dialog<Preferences> {

    public PreferencesDialog(Window owner, PreferencesViewModel model) {
        initOwner(owner);
        setTitle(Messages.get("preferences.title"));
        setHeaderText(Messages.get("preferences.header"));
        getDialogPane().setId("preferences");
        getDialogPane().getStyleClass().add("preferences");
        getDialogPane().getStylesheets().add(Styles.stylesheet());

        TextField name = new TextField();
        name.setId("preferences-name");
        name.setPrefColumnCount(28);
        name.textProperty().bindBidirectional(model.nameProperty());
        TextField team = new TextField();
        team.setId("preferences-team");
        team.setPromptText(Messages.get("preferences.team.prompt"));
        team.textProperty().bindBidirectional(model.teamProperty());
        Label authorNote = note(Messages.get("preferences.author.note"));

        ToggleGroup themes = new ToggleGroup();
        HBox themeChoices = new HBox(16);
        for (Theme t : Theme.values()) {
            RadioButton b = new RadioButton(Messages.get("preferences.theme." + t.name()));
            b.setId("theme-" + t.name().toLowerCase(Locale.ROOT));
            b.setUserData(t);
            b.setToggleGroup(themes);
            b.setSelected(t == model.themeProperty().get());
            themeChoices.getChildren().add(b);
        }
        themes.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.themeProperty().set((Theme) now.getUserData());
            }
        });

        ComboBox<LanguageChoice> language = new ComboBox<>(FXCollections.observableList(model.languages()));
        language.setId("preferences-language");
        language.setCellFactory(list -> new LanguageCell());
        language.setButtonCell(new LanguageCell());
        language.setMaxWidth(Double.MAX_VALUE);
        language.getSelectionModel().select(model.languageProperty().get());
        language.valueProperty().addListener((o, was, now) -> {
            if (now != null && now.available()) {
                model.languageProperty().set(now);
            } else if (now != null) {
                language.setValue(was);
            }
        });
        Label restart = note(Messages.get("preferences.language.restart"));
        restart.setId("preferences-language-restart");
        restart.visibleProperty().bind(model.languageChangedProperty());
        restart.managedProperty().bind(restart.visibleProperty());

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.setPadding(new Insets(12, 12, 4, 12));
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        int row = 0;
        grid.addRow(row++, label("preferences.name", name), name);
        grid.addRow(row++, label("preferences.team", team), team);
        grid.add(authorNote, 1, row++);
        grid.add(new Separator(), 0, row++, 2, 1);
        grid.addRow(row++, new Label(Messages.get("preferences.theme")), themeChoices);
        grid.add(new Separator(), 0, row++, 2, 1);
        grid.addRow(row++, label("preferences.language", language), language);
        grid.add(restart, 1, row);
        getDialogPane().setContent(grid);

        ButtonType keep = new ButtonType(Messages.get("preferences.keep"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(keep, ButtonType.CANCEL);
        getDialogPane().lookupButton(keep).setId("preferences-ok");
        getDialogPane()
                .lookupButton(keep)
                .disableProperty()
                .bind(model.validProperty().not());
        setResultConverter(button -> button == keep ? model.result() : null);
        setOnShown(e -> name.requestFocus());
    }

    /** Shows the dialog and waits: what the person kept, or empty on Cancel. */
    public Optional<Preferences> ask() {
        return showAndWait();
    }

    private static Label label(String key, javafx.scene.Node field) {
        Label l = new Label(Messages.get(key));
        l.setLabelFor(field);
        return l;
    }

    private static Label note(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("dialog-note");
        l.setWrapText(true);
        l.setMaxWidth(360);
        return l;
    }

    /** A language in the list; one not yet translated is shown, greyed, and cannot be chosen. */
    private static final class LanguageCell extends ListCell<LanguageChoice> {
        @Override
        protected void updateItem(LanguageChoice item, boolean empty) {
            super.updateItem(item, empty);
            org.penholder.ui.common.SafeLine.show(this, empty || item == null ? null : item.label());
            setDisable(!empty && item != null && !item.available());
        }
    }
}
