package org.penholder.ui.history;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.penholder.draft.Command;
import org.penholder.model.AmendmentKind;
import org.penholder.ui.common.Messages;

/**
 * Records a delegation's proposal as the secretariat reads it from a compilation table: who, which
 * paragraph, what it does to which words, and why. Recording is undoable (undo withdraws it).
 */
final class ProposalForm extends VBox {

    private final ProposalFormViewModel vm;
    private final ComboBox<String> proposer = new ComboBox<>();
    private final ChoiceBox<AmendmentKind> kind = new ChoiceBox<>();
    private final TextField paragraph = new TextField();
    private final TextField words = new TextField();
    private final TextField text = new TextField();
    private final TextField after = new TextField();
    private final TextField rationale = new TextField();
    private final Label wordsLabel = new Label();
    private final Label textLabel = new Label();
    private final Label paragraphLabel = new Label(Messages.get("history.proposalForm.paragraph"));
    private final Label afterLabel = new Label(Messages.get("history.proposalForm.afterParagraph"));

    ProposalForm(ProposalFormViewModel vm, Supplier<String> currentLabel) {
        this.vm = vm;
        setId("proposal-form");
        getStyleClass().add("proposal-detail");
        proposer.setEditable(true);
        proposer.setPromptText(Messages.get("history.proposalForm.eGEuropeanUnion"));
        proposer.setPrefWidth(220);
        proposer.setId("proposal-proposer");
        kind.getItems().setAll(ProposalFormViewModel.KINDS);
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(AmendmentKind k) {
                return k == null ? "" : Messages.of(k);
            }

            @Override
            public AmendmentKind fromString(String s) {
                return AmendmentKind.parse(s);
            }
        });
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        proposer.getEditor().textProperty().bindBidirectional(vm.proposerProperty());
        paragraph.textProperty().bindBidirectional(vm.paragraphProperty());
        words.textProperty().bindBidirectional(vm.wordsProperty());
        text.textProperty().bindBidirectional(vm.textProperty());
        after.textProperty().bindBidirectional(vm.afterProperty());
        rationale.textProperty().bindBidirectional(vm.rationaleProperty());
        kind.setId("proposal-kind");
        paragraph.setId("proposal-paragraph");
        paragraph.setPrefColumnCount(7);
        words.setId("proposal-words");
        text.setId("proposal-text");
        after.setId("proposal-after");
        after.setPrefColumnCount(7);
        rationale.setId("proposal-rationale");
        kind.valueProperty().addListener((o, was, now) -> arrange());

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(
                0,
                new Label(Messages.get("history.proposalForm.proposer")),
                proposer,
                new Label(Messages.get("history.proposalForm.proposesTo")),
                kind,
                paragraphLabel,
                paragraph,
                afterLabel,
                after);
        grid.add(wordsLabel, 0, 1);
        grid.add(words, 1, 1, 7, 1);
        grid.add(textLabel, 0, 2);
        grid.add(text, 1, 2, 7, 1);
        grid.add(new Label(Messages.get("history.proposalForm.rationale")), 0, 3);
        grid.add(rationale, 1, 3, 7, 1);
        GridPane.setHgrow(words, Priority.ALWAYS);
        Button record = new Button(Messages.get("history.proposalForm.recordProposal"));
        record.setId("proposal-record");
        record.disableProperty().bind(proposer.getEditor().textProperty().isEmpty());
        record.setOnAction(e -> vm.record(currentLabel.get()));
        getChildren().addAll(grid, record);
        arrange();
    }

    /** Shows the fields the chosen kind needs. */
    private void arrange() {
        AmendmentKind k = kind.getValue();
        show(vm.needsWords(), wordsLabel, words);
        show(vm.needsText(), textLabel, text);
        show(vm.needsAfter(), afterLabel, after);
        show(vm.needsParagraph(), paragraphLabel, paragraph);
        wordsLabel.setText(
                k == AmendmentKind.INSERT_TEXT
                        ? Messages.get("history.proposalForm.afterTheWords")
                        : Messages.get(
                                k == AmendmentKind.DELETE_TEXT
                                        ? "history.proposalForm.wordsToDelete"
                                        : "history.proposalForm.wordsToReplace"));
        words.setPromptText(
                k == AmendmentKind.INSERT_TEXT
                        ? Messages.get("history.proposalForm.emptyAtTheEnd")
                        : Messages.get("history.proposalForm.exactlyAsInTheParagraph"));
        textLabel.setText(
                k == AmendmentKind.NEW_PARAGRAPH
                        ? Messages.get("history.proposalForm.paragraphText")
                        : Messages.get(
                                k == AmendmentKind.INSERT_TEXT
                                        ? "history.proposalForm.wordsToInsert"
                                        : "history.proposalForm.replaceWith"));
    }

    private static void show(boolean visible, javafx.scene.Node... nodes) {
        for (javafx.scene.Node n : nodes) {
            n.setVisible(visible);
            n.setManaged(visible);
        }
    }

    /** Records the proposal; failures reach the window's error handler. */
    CompletableFuture<Command> record() {
        return vm.record(null);
    }

    /** The names offered as proposers. */
    void setProposers(List<String> names) {
        String typed = proposer.getEditor().getText();
        proposer.getItems().setAll(names);
        proposer.getEditor().setText(typed);
    }

    ComboBox<String> proposer() {
        return proposer;
    }

    ChoiceBox<AmendmentKind> kind() {
        return kind;
    }

    TextField paragraph() {
        return paragraph;
    }

    TextField words() {
        return words;
    }

    TextField text() {
        return text;
    }
}
