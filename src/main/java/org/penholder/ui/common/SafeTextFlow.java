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
 * instead. Also the replacement for a wrapping label: {@link #setText} gives each piece the text
 * style classes the flow was made with (Text nodes take {@code -fx-fill}, not {@code -fx-text-fill}).
 */
public final class SafeTextFlow extends TextFlow {

    /** Measures pieces on their own, where no wrapping width applies. Used on the FX thread only. */
    private static final Text MEASURE = new Text();

    private final List<String> textClasses;
    private double narrowest = -1;
    private Font measuredWith;
    private boolean orientByText;

    /** @param textClasses the style classes of the text nodes {@link #setText} makes */
    public SafeTextFlow(String... textClasses) {
        this.textClasses = List.of(textClasses);
        getChildren().addListener((ListChangeListener<Node>) c -> narrowest = -1);
    }

    /** Shows a text, cut into safe pieces, each with the flow's text style classes. */
    public void setText(String text) {
        String t = text == null ? "" : text;
        setRuns(List.of(new RtlSafeText.Run(t, textClasses)));
    }

    /** Lays the flow out right to left whenever the text it shows is mostly written so. */
    public void setOrientByText(boolean orient) {
        this.orientByText = orient;
        if (orient) {
            RtlSafeText.orient(this, getText());
        }
    }

    /** Shows styled runs, cut into safe pieces; text written left to right is laid out so, in any window. */
    public void setRuns(List<RtlSafeText.Run> runs) {
        RtlSafeText.fill(this, runs);
        if (orientByText) {
            RtlSafeText.orient(this, getText());
        } else {
            RtlSafeText.keepLeftToRight(this, getText());
        }
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

    /** The width of the widest word holding right-to-left letters, with the insets: the narrowest this flow wraps at. */
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
        // a line breaks only between words: measure each word, the pieces joined in it together
        double widest = 0;
        double word = 0;
        boolean rightToLeft = false;
        int length = 0;
        for (Node n : getChildren()) {
            if (n instanceof Text t) {
                MEASURE.setFont(t.getFont());
                // with its trailing spaces: a line that cannot hold them breaks inside the word too
                MEASURE.setText(t.getText().replace("\n", ""));
                word += MEASURE.getLayoutBounds().getWidth();
                rightToLeft |= RtlSafeText.hasRightToLeft(t.getText());
                length += t.getText().length();
                if (!RtlSafeText.joinsNext(t)) {
                    if (rightToLeft && length > 2) {
                        widest = Math.max(widest, word);
                    }
                    word = 0;
                    rightToLeft = false;
                    length = 0;
                }
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
