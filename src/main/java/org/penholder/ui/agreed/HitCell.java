package org.penholder.ui.agreed;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import org.penholder.adopted.AgreedLibrary;
import org.penholder.ui.common.SafeTextFlow;
import org.penholder.ui.common.Widths;

/** An adopted paragraph a search found: where it stands ("A/RES/70/125, para. 9"), and its words wrapped to the list. */
final class HitCell extends ListCell<AgreedLibrary.Hit> {

    private final Label where = new Label();
    private final SafeTextFlow text = new SafeTextFlow();
    private final VBox box = new VBox(2, where, text);
    private final boolean withTitle;

    HitCell(ListView<AgreedLibrary.Hit> owner, boolean withTitle) {
        this.withTitle = withTitle;
        where.getStyleClass().add("agreed-symbol");
        var width = Widths.inside(owner.widthProperty(), 40);
        text.prefWidthProperty().bind(width);
        text.maxWidthProperty().bind(width);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(AgreedLibrary.Hit h, boolean empty) {
        super.updateItem(h, empty);
        if (empty || h == null) {
            setGraphic(null);
            return;
        }
        where.setText(h.text().name() + ", " + h.paragraph().citation()
                + (withTitle && !h.text().symbol().isBlank()
                        ? " \u00b7 " + h.text().title()
                        : ""));
        text.setText(h.paragraph().text());
        setGraphic(box);
    }
}
