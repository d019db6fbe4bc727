package org.penholder.ui.history;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.penholder.draft.Command;
import org.penholder.history.ProposalCommands;
import org.penholder.history.ProposalRequest;
import org.penholder.model.AmendmentKind;
import org.penholder.ui.ProjectSession;

/**
 * The proposal form's state: who proposes, what kind of change, which paragraph and words, the new
 * text and why; recording it is a command (Undo withdraws it). What each kind needs is said here,
 * so the form shows only those fields.
 */
public final class ProposalFormViewModel {

    /** The kinds a delegation proposes, in the order the form offers them. */
    public static final List<AmendmentKind> KINDS = List.of(
            AmendmentKind.REPLACE_TEXT,
            AmendmentKind.INSERT_TEXT,
            AmendmentKind.DELETE_TEXT,
            AmendmentKind.NEW_PARAGRAPH,
            AmendmentKind.DELETE_PARAGRAPH,
            AmendmentKind.MOVE_PARAGRAPH);

    private final ProjectSession session;
    private final ProposalCommands commands;
    private final StringProperty proposer = new SimpleStringProperty("");
    private final ObjectProperty<AmendmentKind> kind = new SimpleObjectProperty<>(AmendmentKind.REPLACE_TEXT);
    private final StringProperty paragraph = new SimpleStringProperty("");
    private final StringProperty words = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty after = new SimpleStringProperty("");
    private final StringProperty rationale = new SimpleStringProperty("");

    public ProposalFormViewModel(ProjectSession session, ProposalCommands commands) {
        this.session = session;
        this.commands = commands;
    }

    /** Whether the chosen kind names words of the paragraph. */
    public boolean needsWords() {
        AmendmentKind k = kind.get();
        return k == AmendmentKind.REPLACE_TEXT || k == AmendmentKind.DELETE_TEXT || k == AmendmentKind.INSERT_TEXT;
    }

    /** Whether the chosen kind brings text of its own. */
    public boolean needsText() {
        AmendmentKind k = kind.get();
        return k == AmendmentKind.REPLACE_TEXT || k == AmendmentKind.INSERT_TEXT || k == AmendmentKind.NEW_PARAGRAPH;
    }

    /** Whether the chosen kind places a paragraph after another. */
    public boolean needsAfter() {
        AmendmentKind k = kind.get();
        return k == AmendmentKind.NEW_PARAGRAPH || k == AmendmentKind.MOVE_PARAGRAPH;
    }

    /** Whether the chosen kind acts on a paragraph of the draft. */
    public boolean needsParagraph() {
        return kind.get() != AmendmentKind.NEW_PARAGRAPH;
    }

    /** The proposal the form describes, worded by labels and words. */
    public ProposalRequest request() {
        String why = rationale.get().isBlank() ? null : rationale.get().strip();
        String p = paragraph.get().strip();
        return switch (kind.get()) {
            case REPLACE_TEXT -> ProposalRequest.replace(p, words.get(), text.get(), why);
            case DELETE_TEXT -> ProposalRequest.deleteWords(p, words.get(), why);
            case INSERT_TEXT ->
                ProposalRequest.insert(p, text.get(), words.get().isEmpty() ? null : words.get(), false, why);
            case NEW_PARAGRAPH -> ProposalRequest.newParagraph(after.get().strip(), text.get(), why);
            case DELETE_PARAGRAPH -> ProposalRequest.deleteParagraph(p, why);
            default -> ProposalRequest.move(p, after.get().strip(), why);
        };
    }

    /**
     * Records the proposal, on the paragraph {@code currentLabel} when none was typed; once
     * recorded, the words, text and rationale are cleared for the next one. Failures reach the
     * window's error handler.
     */
    public CompletableFuture<Command> record(String currentLabel) {
        if (paragraph.get().isBlank() && currentLabel != null) {
            paragraph.set(currentLabel);
        }
        ProposalRequest r = request();
        String who = proposer.get().strip();
        var service = session.project().proposalService();
        return session.execute(() -> commands.propose(() -> service.propose(r, who, null, session.author())))
                .thenApply(c -> {
                    session.onUi(() -> {
                        words.set("");
                        text.set("");
                        rationale.set("");
                    });
                    return c;
                });
    }

    public StringProperty proposerProperty() {
        return proposer;
    }

    public ObjectProperty<AmendmentKind> kindProperty() {
        return kind;
    }

    public StringProperty paragraphProperty() {
        return paragraph;
    }

    public StringProperty wordsProperty() {
        return words;
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty afterProperty() {
        return after;
    }

    public StringProperty rationaleProperty() {
        return rationale;
    }
}
