package org.penholder.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Widths that follow a container's, less a margin, for text that wraps inside list cells and table
 * cells. Never below a sensible minimum: before its first layout a container is 0 wide, and a
 * negative wrapping width makes JavaFX's line breaking fail on text with trailing spaces.
 */
public final class Widths {

    /** The narrowest a wrapped text is ever laid out. */
    public static final double MINIMUM = 80;

    private Widths() {}

    /** {@code width - margin}, and at least {@link #MINIMUM}. */
    public static DoubleBinding inside(ObservableDoubleValue width, double margin) {
        return Bindings.createDoubleBinding(() -> Math.max(MINIMUM, width.get() - margin), width);
    }

    /**
     * How wide a control must be to show {@code text} whole, with {@code padding} for its insets
     * and arrows: measured in the bold of the window's font size, so a heading fits as well as a
     * value. Words change length with the language ("All tags", "Toutes les étiquettes").
     */
    public static double toShow(String text, double padding) {
        Text measure = new Text(text);
        measure.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 14));
        return Math.ceil(measure.getLayoutBounds().getWidth() + padding);
    }
}
