package org.penholder.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.value.ObservableDoubleValue;

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
}
