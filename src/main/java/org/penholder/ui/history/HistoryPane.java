package org.penholder.ui.history;

import java.util.concurrent.CompletableFuture;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.penholder.history.ParagraphHistory;
import org.penholder.model.Amendment;
import org.penholder.model.AmendmentStatus;
import org.penholder.ui.common.Formats;
import org.penholder.ui.common.Messages;
import org.penholder.ui.common.Names;

/**
 * The history of one paragraph: its timeline, oldest first, each step with who made it and the
 * words it changed; any earlier text can be restored, as a new amendment that Undo takes back.
 */
public final class HistoryPane extends BorderPane {

    private final HistoryViewModel vm;
    private final ListView<ParagraphHistory.Step> list;
    private final Label heading = new Label();

    public HistoryPane(HistoryViewModel vm) {
        this.vm = vm;
        this.list = new ListView<>(vm.steps());
        setId("history-pane");
        getStylesheets().add(HistoryPane.class.getResource("history.css").toExternalForm());
        heading.getStyleClass().add("panel-heading");
        heading.textProperty().bind(vm.headingProperty());
        HBox top = new HBox(heading);
        top.getStyleClass().add("history-toolbar");
        setTop(top);
        list.setId("history-list");
        list.getStyleClass().add("change-list");
        list.setCellFactory(l -> new StepCell());
        list.setPlaceholder(new Label(Messages.get("history.historyPane.noAmendmentsYet")));
        list.widthProperty().addListener((o, was, now) -> list.refresh());
        vm.steps().addListener((javafx.collections.ListChangeListener<ParagraphHistory.Step>) c -> {
            if (!vm.steps().isEmpty()) {
                list.scrollTo(vm.steps().size() - 1);
            }
        });
        setCenter(list);
    }

    public HistoryViewModel viewModel() {
        return vm;
    }

    /** Reads the timeline again. */
    public CompletableFuture<Void> refresh() {
        return vm.refresh();
    }

    /** Restores the text a step left; completes once it is written. */
    public CompletableFuture<Void> restore(ParagraphHistory.Step step) {
        return vm.restore(step).thenAccept(c -> {});
    }

    public ListView<ParagraphHistory.Step> list() {
        return list;
    }

    private final class StepCell extends ListCell<ParagraphHistory.Step> {
        StepCell() {
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(ParagraphHistory.Step s, boolean empty) {
            super.updateItem(s, empty);
            setText(null);
            if (empty || s == null) {
                setGraphic(null);
                return;
            }
            Amendment a = s.amendment();
            Label title = new Label(
                    a.status() == AmendmentStatus.APPLIED
                            ? Messages.of(a.kind())
                            : Messages.get(
                                    "history.historyPane.proposal", Messages.of(a.kind()), Messages.of(a.status())));
            title.getStyleClass().add("history-step-header");
            StringBuilder meta =
                    new StringBuilder(Formats.dateTime().format(a.createdAt()) + " · " + Names.person(a.author()));
            if (!a.team().isEmpty()) {
                meta.append(" (").append(a.team()).append(")");
            }
            if (!s.proposer().isEmpty()) {
                meta.append(" · ").append(Messages.get("history.historyPane.proposedBy", Names.person(s.proposer())));
            }
            if (a.rationale() != null) {
                meta.append(" · ").append(a.rationale());
            }
            Label info = new Label();
            org.penholder.ui.common.SafeLine.show(
                    info, meta.toString()); // a rationale in Arabic or Hebrew (docs/adr/0060)
            info.getStyleClass().add("history-step-meta");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox header = new HBox(8, title, info, spacer);
            if (vm.canRestore(s)) {
                Button restore = new Button(Messages.get("history.historyPane.restoreThisText"));
                restore.getStyleClass().add("small");
                restore.setOnAction(e -> restore(s));
                header.getChildren().add(restore);
            }
            VBox box = new VBox(header);
            box.getStyleClass().add("history-step");
            if (a.kind() == org.penholder.model.AmendmentKind.MOVE_PARAGRAPH) {
                Label moved = new Label(Messages.get("history.historyPane.movedToAnotherPlaceIn"));
                moved.getStyleClass().add("history-step-meta");
                box.getChildren().add(moved);
            } else if (!s.diff().isEmpty()) {
                TextFlow flow = DiffText.flow(s.diff(), DiffText.Show.BOTH);
                flow.setPrefWidth(Math.max(200, list.getWidth() - 40));
                box.getChildren().add(flow);
            } else if (a.before() != null || a.after() != null) {
                Label change = new Label();
                org.penholder.ui.common.SafeLine.show(change, a.before() + " \u2192 " + a.after());
                box.getChildren().add(change);
            }
            setGraphic(box);
        }
    }
}
