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
import org.penholder.history.ProposalCommands;
import org.penholder.history.ProposalRequest;
import org.penholder.model.AmendmentKind;
import org.penholder.ui.ProjectSession;

/**
 * Records a delegation's proposal as the secretariat reads it from a compilation table: who, which
 * paragraph, what it does to which words, and why. Recording is undoable (undo withdraws it).
 */
final class ProposalForm extends VBox {

    private static final List<AmendmentKind> KINDS = List.of(
            AmendmentKind.REPLACE_TEXT,
            AmendmentKind.INSERT_TEXT,
            AmendmentKind.DELETE_TEXT,
            AmendmentKind.NEW_PARAGRAPH,
            AmendmentKind.DELETE_PARAGRAPH,
            AmendmentKind.MOVE_PARAGRAPH);

    private final ProjectSession session;
    private final ProposalCommands commands;
    private final ComboBox<String> proposer = new ComboBox<>();
    private final ChoiceBox<AmendmentKind> kind = new ChoiceBox<>();
    private final TextField paragraph = new TextField();
    private final TextField words = new TextField();
    private final TextField text = new TextField();
    private final TextField after = new TextField();
    private final TextField rationale = new TextField();
    private final Label wordsLabel = new Label();
    private final Label textLabel = new Label();
    private final Label paragraphLabel = new Label("Paragraph");
    private final Label afterLabel = new Label("After paragraph");

    ProposalForm(ProjectSession session, ProposalCommands commands, Supplier<String> currentLabel, Runnable recorded) {
        this.session = session;
        this.commands = commands;
        setId("proposal-form");
        getStyleClass().add("proposal-detail");
        proposer.setEditable(true);
        proposer.setPromptText("e.g. European Union");
        proposer.setPrefWidth(220);
        proposer.setId("proposal-proposer");
        kind.getItems().setAll(KINDS);
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(AmendmentKind k) {
                return k == null ? "" : k.displayName();
            }

            @Override
            public AmendmentKind fromString(String s) {
                return AmendmentKind.parse(s);
            }
        });
        kind.setValue(AmendmentKind.REPLACE_TEXT);
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
                new Label("Proposer"),
                proposer,
                new Label("Proposes to"),
                kind,
                paragraphLabel,
                paragraph,
                afterLabel,
                after);
        grid.add(wordsLabel, 0, 1);
        grid.add(words, 1, 1, 7, 1);
        grid.add(textLabel, 0, 2);
        grid.add(text, 1, 2, 7, 1);
        grid.add(new Label("Rationale"), 0, 3);
        grid.add(rationale, 1, 3, 7, 1);
        GridPane.setHgrow(words, Priority.ALWAYS);
        Button record = new Button("Record Proposal");
        record.setId("proposal-record");
        record.disableProperty().bind(proposer.getEditor().textProperty().isEmpty());
        record.setOnAction(e -> {
            if (paragraph.getText().isBlank()) {
                paragraph.setText(currentLabel.get());
            }
            record().thenRun(() -> session.onUi(() -> {
                words.clear();
                text.clear();
                rationale.clear();
                recorded.run();
            }));
        });
        getChildren().addAll(grid, record);
        arrange();
    }

    /** Shows the fields the chosen kind needs. */
    private void arrange() {
        AmendmentKind k = kind.getValue();
        boolean hasWords =
                k == AmendmentKind.REPLACE_TEXT || k == AmendmentKind.DELETE_TEXT || k == AmendmentKind.INSERT_TEXT;
        boolean hasText =
                k == AmendmentKind.REPLACE_TEXT || k == AmendmentKind.INSERT_TEXT || k == AmendmentKind.NEW_PARAGRAPH;
        boolean hasAfter = k == AmendmentKind.NEW_PARAGRAPH || k == AmendmentKind.MOVE_PARAGRAPH;
        boolean hasParagraph = k != AmendmentKind.NEW_PARAGRAPH;
        show(hasWords, wordsLabel, words);
        show(hasText, textLabel, text);
        show(hasAfter, afterLabel, after);
        show(hasParagraph, paragraphLabel, paragraph);
        wordsLabel.setText(
                k == AmendmentKind.INSERT_TEXT
                        ? "After the words"
                        : k == AmendmentKind.DELETE_TEXT ? "Words to delete" : "Words to replace");
        words.setPromptText(
                k == AmendmentKind.INSERT_TEXT
                        ? "(empty: at the end of the paragraph)"
                        : "exactly as in the paragraph");
        textLabel.setText(
                k == AmendmentKind.NEW_PARAGRAPH
                        ? "Paragraph text"
                        : k == AmendmentKind.INSERT_TEXT ? "Words to insert" : "Replace with");
    }

    private static void show(boolean visible, javafx.scene.Node... nodes) {
        for (javafx.scene.Node n : nodes) {
            n.setVisible(visible);
            n.setManaged(visible);
        }
    }

    /** The proposal the form describes, worded by labels and words. */
    ProposalRequest request() {
        String why = rationale.getText().isBlank() ? null : rationale.getText().strip();
        String p = paragraph.getText().strip();
        return switch (kind.getValue()) {
            case REPLACE_TEXT -> ProposalRequest.replace(p, words.getText(), text.getText(), why);
            case DELETE_TEXT -> ProposalRequest.deleteWords(p, words.getText(), why);
            case INSERT_TEXT ->
                ProposalRequest.insert(
                        p, text.getText(), words.getText().isEmpty() ? null : words.getText(), false, why);
            case NEW_PARAGRAPH -> ProposalRequest.newParagraph(after.getText().strip(), text.getText(), why);
            case DELETE_PARAGRAPH -> ProposalRequest.deleteParagraph(p, why);
            default -> ProposalRequest.move(p, after.getText().strip(), why);
        };
    }

    /** Records the proposal; failures reach the window's error handler. */
    CompletableFuture<Command> record() {
        ProposalRequest r = request();
        String who = proposer.getEditor().getText().strip();
        return session.execute(() ->
                commands.propose(() -> session.project().proposalService().propose(r, who, null, session.author())));
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
