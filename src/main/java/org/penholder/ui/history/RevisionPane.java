package org.penholder.ui.history;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.text.TextFlow;
import org.penholder.model.BlockKind;
import org.penholder.model.Revision;
import org.penholder.model.RevisionBlock;
import org.penholder.ui.common.Messages;
import org.penholder.ui.common.RtlSafeText;
import org.penholder.ui.common.SafeTextFlow;

/** A revision as it was frozen, read only: headings and numbered paragraphs. */
public final class RevisionPane extends BorderPane {

    private final ListView<RevisionBlock> list;

    public RevisionPane(Revision revision, String title, List<RevisionBlock> blocks) {
        setId("revision-pane");
        getStylesheets().add(RevisionPane.class.getResource("history.css").toExternalForm());
        // names, notes and headings in Arabic or Hebrew: one line each, safe (docs/adr/0060)
        Label heading = new Label();
        org.penholder.ui.common.SafeLine.show(heading, Messages.get("history.revisionPane.readOnly", revision.name()));
        heading.getStyleClass().add("history-step-header");
        Label meta = new Label();
        org.penholder.ui.common.SafeLine.show(
                meta,
                (revision.createdBy() == null
                                ? Messages.get(
                                        "history.revisionPane.frozen",
                                        org.penholder.ui.common.Formats.dateTime()
                                                .format(revision.createdAt()))
                                : Messages.get(
                                        "history.revisionPane.frozenBy",
                                        org.penholder.ui.common.Formats.dateTime()
                                                .format(revision.createdAt()),
                                        revision.createdBy()))
                        + (revision.note() == null ? "" : " · " + revision.note()));
        meta.getStyleClass().add("history-step-meta");
        SafeTextFlow document = new SafeTextFlow();
        document.setText(title);
        javafx.scene.layout.VBox top = new javafx.scene.layout.VBox(2, heading, meta, document);
        top.getStyleClass().add("history-toolbar");
        setTop(top);
        list = new ListView<>(FXCollections.observableArrayList(blocks));
        list.setId("revision-blocks");
        list.getStyleClass().add("change-list");
        list.setCellFactory(l -> new ListCell<>() {
            {
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(RevisionBlock b, boolean empty) {
                super.updateItem(b, empty);
                setText(null);
                if (empty || b == null) {
                    setGraphic(null);
                    return;
                }
                if (b.kind() == BlockKind.HEADING) {
                    Label h = new Label();
                    org.penholder.ui.common.SafeLine.show(h, b.text());
                    h.getStyleClass().add("revision-heading");
                    setGraphic(h);
                    return;
                }
                Label label = new Label(org.penholder.model.ParagraphLabel.parse(b.label())
                        .map(org.penholder.model.ParagraphLabel::display)
                        .orElse(b.label()));
                label.getStyleClass().add("revision-label");
                TextFlow text = RtlSafeText.flow(b.text(), DiffText.EQUAL);
                RtlSafeText.orient(text, b.text());
                text.getStyleClass().add("diff-flow");
                text.setPrefWidth(Math.max(200, list.getWidth() - 120));
                setGraphic(new HBox(10, label, text));
            }
        });
        setCenter(list);
    }
}
