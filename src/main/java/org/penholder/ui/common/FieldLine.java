package org.penholder.ui.common;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;

/**
 * A line of fields ("stakeholder · group · occasion · date"), laid out from left to right as the
 * interface reads, each field in the direction of its own letters, and wrapped between fields.
 * One text would take the direction of its first letter: a stakeholder's name in Arabic would turn
 * the whole line around and put the English fields' words and numbers out of order. Each field
 * is a label of its own, shown through {@link SafeLine} when it holds right-to-left letters.
 */
public final class FieldLine extends FlowPane {

    private static final String SEPARATOR = "\u00B7";

    private final String textClass;

    /** @param textClass the style class of the fields and separators (font, colour) */
    public FieldLine(String textClass) {
        super(6, 0);
        this.textClass = textClass;
        getStyleClass().add("field-line");
    }

    /** Shows these fields, in this order; empty ones are left out. */
    public void setFields(List<String> fields) {
        getChildren().clear();
        for (String field : fields) {
            if (field == null || field.isBlank()) {
                continue;
            }
            if (!getChildren().isEmpty()) {
                getChildren().add(label(SEPARATOR));
            }
            getChildren().add(label(field));
        }
    }

    /** The fields shown, without separators (for tests). */
    public List<String> fields() {
        return getChildren().stream()
                .map(n -> SafeLine.textOf((Label) n))
                .filter(t -> !SEPARATOR.equals(t))
                .toList();
    }

    private Label label(String text) {
        Label l = new Label();
        l.getStyleClass().add(textClass);
        // a field wider than the line is cut short (FlowPane gives a child no more than its maximum)
        l.maxWidthProperty().bind(widthProperty());
        SafeLine.show(l, text);
        return l;
    }
}
