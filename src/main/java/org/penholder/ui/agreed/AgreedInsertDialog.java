package org.penholder.ui.agreed;

import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.penholder.adopted.AgreedLibrary;
import org.penholder.ui.common.Messages;

/** Searches the adopted texts from the editor and picks a paragraph to insert, cited, after the current one. */
final class AgreedInsertDialog {

    private AgreedInsertDialog() {}

    /** The adopted paragraph chosen, if any, to go after the paragraph labelled {@code where}. */
    static Optional<AgreedLibrary.Hit> choose(Window owner, AgreedTextsViewModel vm, String where) {
        Dialog<AgreedLibrary.Hit> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(Messages.get("agreed.agreedInsertDialog.insertAgreedLanguage"));
        dialog.setHeaderText(Messages.get("agreed.agreedInsertDialog.header", where));
        TextField search = new TextField();
        search.setId("agreed-insert-search");
        search.setPromptText(Messages.get("agreed.agreedInsertDialog.wordsOfTheParagraphYou"));
        ListView<AgreedLibrary.Hit> hits = new ListView<>(vm.hits());
        hits.setId("agreed-insert-hits");
        hits.setPrefSize(620, 360);
        hits.setPlaceholder(new Label(Messages.get("agreed.agreedInsertDialog.typeWordsToSearchEvery")));
        hits.setCellFactory(l -> new HitCell(l, true));
        PauseTransition typing = new PauseTransition(Duration.millis(200));
        typing.setOnFinished(e -> vm.search(search.getText()));
        search.textProperty().addListener((o, a, b) -> typing.playFromStart());
        hits.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && hits.getSelectionModel().getSelectedItem() != null) {
                dialog.setResult(hits.getSelectionModel().getSelectedItem());
                dialog.close();
            }
        });
        VBox content = new VBox(8, search, hits);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane()
                .lookupButton(ButtonType.OK)
                .disableProperty()
                .bind(hits.getSelectionModel().selectedItemProperty().isNull());
        dialog.setResultConverter(
                b -> b == ButtonType.OK ? hits.getSelectionModel().getSelectedItem() : null);
        javafx.application.Platform.runLater(search::requestFocus);
        return dialog.showAndWait();
    }
}
