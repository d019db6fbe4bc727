package org.penholder.ui.history;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.penholder.history.Proposal;
import org.penholder.ui.common.Messages;
import org.penholder.ui.common.Names;
import org.penholder.ui.common.SafeLine;
import org.penholder.ui.common.SafeTextFlow;

/**
 * A merge conflict in the Amendments view: what it is, and both versions side by side, this
 * project's (kept) and the other copy's (the proposal). Hidden for other proposals.
 */
public final class MergeConflictDetail extends VBox {

    private final Label note = new Label();
    private final GridPane sides = new GridPane();

    public MergeConflictDetail() {
        setId("merge-conflict-detail");
        setSpacing(6);
        note.setWrapText(true);
        note.getStyleClass().add("conflict");
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        sides.getColumnConstraints().addAll(half, half);
        sides.getStyleClass().add("side-by-side");
        getChildren().addAll(note, sides);
        show(null);
    }

    /** Shows a proposal, when it is a merge conflict. */
    public void show(Proposal p) {
        boolean conflict = p != null && p.mergeConflict();
        setVisible(conflict);
        setManaged(conflict);
        sides.getChildren().clear();
        if (!conflict) {
            return;
        }
        SafeLine.show(
                note,
                Messages.get(
                        "history.mergeConflictDetail.note", p.labelSaid(), p.mergedFrom(), Names.person(p.proposer())));
        sides.add(heading(Messages.get("history.mergeConflictDetail.kept")), 0, 0);
        sides.add(heading(p.mergedFrom() + " (" + Names.person(p.proposer()) + ")"), 1, 0);
        sides.add(mine(p), 0, 1);
        sides.add(theirs(p), 1, 1);
    }

    private static Node mine(Proposal p) {
        return switch (p.kind()) {
            case INSERT_TEXT, DELETE_TEXT, REPLACE_TEXT, DELETE_PARAGRAPH, MOVE_PARAGRAPH ->
                DiffText.flow(p.redline(), DiffText.Show.OLDER);
            case NEW_PARAGRAPH -> text(Messages.get("history.mergeConflictDetail.deletedHere"));
            default -> text(Messages.get("history.mergeConflictDetail.asItStands"));
        };
    }

    private static Node theirs(Proposal p) {
        return switch (p.kind()) {
            case INSERT_TEXT, DELETE_TEXT, REPLACE_TEXT, NEW_PARAGRAPH ->
                DiffText.flow(p.redline(), DiffText.Show.NEWER);
            case DELETE_PARAGRAPH -> text(Messages.get("merge.version.deleted"));
            case MOVE_PARAGRAPH -> text(Messages.get("history.mergeConflictDetail.movedAfter", p.afterLabelSaid()));
            case CHANGE_STATUS -> text(Messages.get("history.mergeConflictDetail.status", p.text()));
            case CHANGE_KIND -> text(p.text());
            default -> text(p.text());
        };
    }

    private static Label heading(String text) {
        Label l = new Label();
        SafeLine.show(l, text);
        l.getStyleClass().add("side-label");
        return l;
    }

    private static SafeTextFlow text(String s) {
        SafeTextFlow f = new SafeTextFlow();
        f.getStyleClass().add("diff-flow");
        f.setText(s);
        return f;
    }
}
