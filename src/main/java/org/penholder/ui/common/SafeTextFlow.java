package org.penholder.ui.common;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A text flow of {@link RtlSafeText} pieces that is never laid out narrower than its widest
 * right-to-left piece: a word wider than its line would be broken inside, splitting its
 * right-to-left run, which JavaFX fails on (docs/adr/0060). Too narrow a place clips the text
 * instead. Also the replacement for a wrapping label: {@link #setText} with the flow's style
 * classes on the flow, the theme's colours from {@code .text-block > Text} in the stylesheet.
 */
public class SafeTextFlow extends TextFlow {

    /** Measures pieces on their own, where no wrapping width applies. Used on the FX thread only. */
    private static final Text MEASURE = new Text();

    private double narrowest = -1;
    private Font measuredWith;

    public SafeTextFlow() {
        getChildren().addListener((ListChangeListener<Node>) c -> narrowest = -1);
    }

    /** Shows a text of one style, cut into safe pieces; the flow's style classes style it. */
    public void setText(String text) {
        setRuns(List.of(RtlSafeText.Run.of(text == null ? "" : text)));
    }

    /** Shows styled runs, cut into safe pieces. */
    public void setRuns(List<RtlSafeText.Run> runs) {
        RtlSafeText.fill(this, runs);
    }

    /** The text shown. */
    public String getText() {
        StringBuilder b = new StringBuilder();
        for (Node n : getChildren()) {
            if (n instanceof Text t) {
                b.append(t.getText());
            }
        }
        return b.toString();
    }

    /** The width of the widest right-to-left piece, with the insets: the narrowest this flow wraps at. */
    double narrowest() {
        Font font = null;
        for (Node n : getChildren()) {
            if (n instanceof Text t) {
                font = t.getFont();
                break;
            }
        }
        if (narrowest >= 0 && font == measuredWith) {
            return narrowest;
        }
        double widest = 0;
        for (Node n : getChildren()) {
            if (n instanceof Text t && t.getText().length() > 2 && RtlSafeText.hasRightToLeft(t.getText())) {
                MEASURE.setFont(t.getFont());
                // with its trailing spaces: a line that cannot hold them breaks inside the piece too
                MEASURE.setText(t.getText().replace("\n", ""));
                widest = Math.max(widest, MEASURE.getLayoutBounds().getWidth());
            }
        }
        measuredWith = font;
        narrowest = widest == 0 ? 0 : Math.ceil(widest) + 2 + snappedLeftInset() + snappedRightInset();
        return narrowest;
    }

    private double atLeastNarrowest(double width) {
        return width < 0 ? width : Math.max(width, narrowest());
    }

    @Override
    public void resize(double width, double height) {
        super.resize(atLeastNarrowest(width), height);
    }

    @Override
    protected double computeMinWidth(double height) {
        return Math.max(super.computeMinWidth(height), narrowest());
    }

    @Override
    protected double computePrefHeight(double width) {
        return super.computePrefHeight(atLeastNarrowest(width));
    }

    @Override
    protected double computeMinHeight(double width) {
        return super.computeMinHeight(atLeastNarrowest(width));
    }
}
