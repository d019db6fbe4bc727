package org.penholder.ui.main;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.penholder.ui.common.Messages;

/**
 * The strip above a project open read-only: why (open in another Penholder, on a read-only disk,
 * in a folder that cannot be written) and "Save a Copy…" to carry on in a copy that can be changed.
 */
final class ReadOnlyBanner extends HBox {

    ReadOnlyBanner(String reason, Runnable saveCopy) {
        Label text = new Label(Messages.get("readOnly.banner", reason));
        text.setId("read-only-banner");
        text.setMaxWidth(Double.MAX_VALUE);
        text.getStyleClass().add("banner-text");
        HBox.setHgrow(text, Priority.ALWAYS);
        Button copy = new Button(Messages.get("readOnly.saveCopy"));
        copy.setId("read-only-save-copy");
        copy.setOnAction(e -> saveCopy.run());
        getChildren().addAll(text, copy);
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(12);
        getStyleClass().add("banner");
        setMaxWidth(Double.MAX_VALUE);
    }
}
