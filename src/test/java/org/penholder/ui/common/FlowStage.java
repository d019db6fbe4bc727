package org.penholder.ui.common;

import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;

/** A window for laying text flows out at a given width, one at a time, on the FX thread. */
final class FlowStage {

    private final VBox box = new VBox();

    FlowStage(Stage stage, double width, double height) {
        stage.setScene(new Scene(box, width, height));
        stage.show();
    }

    /** Shows a flow alone, at most this wide, and lays it out now. */
    void layOut(TextFlow flow, double width) {
        flow.setPrefWidth(width);
        flow.setMaxWidth(width);
        box.getChildren().setAll(flow);
        box.applyCss();
        box.layout();
        flow.prefHeight(width);
    }

    /** The box the flows are shown in, for other nodes to be laid out there. */
    VBox box() {
        return box;
    }
}
