package org.penholder.ui.coverage;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.shape.Rectangle;

/** The colours of the stakeholder groups, as the balance charts use them. */
final class GroupLegend extends FlowPane {

    GroupLegend() {
        setHgap(14);
        setVgap(4);
        getStyleClass().add("group-legend");
        setId("group-legend");
    }

    void show(List<String> groups, List<String> groupList) {
        getChildren().clear();
        for (String g : groups) {
            Rectangle swatch = new Rectangle(11, 11);
            swatch.setStyle("-fx-fill: " + Charts.colourOf(g, groupList) + ";");
            Label label = new Label(Charts.name(g), swatch);
            label.getStyleClass().add("project-text"); // a stakeholder group's name, as the project has it
            label.getStyleClass().add("legend-entry");
            getChildren().add(label);
        }
    }
}
