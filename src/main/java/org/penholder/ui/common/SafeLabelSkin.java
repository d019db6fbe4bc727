package org.penholder.ui.common;

import java.util.Locale;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.skin.LabelSkin;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * The skin of every {@link Label} (set by the theme's stylesheet, {@link Themes}): a label's own
 * skin, except when the label wraps text holding right-to-left letters. JavaFX fails to wrap such
 * text in one text node (docs/adr/0060), so the text is then drawn by a {@link SafeTextFlow}, one
 * node per piece, whole, on as many lines as it needs (docs/adr/0177). The label keeps its text,
 * style classes and wrapping; the pieces take its font (upright: Arabic in italic is drawn with
 * the wrong glyphs), text fill, underline, text alignment and line spacing, and it is sized as a
 * wrapping label is (as wide as its text on one line at most, as high as its lines at a given
 * width), never lower than its lines, so no line is cut. A label with a graphic beside its text
 * keeps its own skin ({@link WrappedRightToLeft} unwraps it in an Arabic window).
 */
public final class SafeLabelSkin extends LabelSkin {

    /** Made when the label first needs it: most labels never show wrapped right-to-left text. */
    private SafeTextFlow flow;

    private boolean throughFlow;

    public SafeLabelSkin(Label label) {
        super(label);
        registerChangeListener(label.textProperty(), o -> update());
        registerChangeListener(label.wrapTextProperty(), o -> update());
        registerChangeListener(label.graphicProperty(), o -> update());
        registerChangeListener(label.contentDisplayProperty(), o -> update());
        registerChangeListener(label.fontProperty(), o -> styleAll());
        registerChangeListener(label.textFillProperty(), o -> styleAll());
        registerChangeListener(label.underlineProperty(), o -> styleAll());
        registerChangeListener(label.textAlignmentProperty(), o -> styleAll());
        registerChangeListener(label.lineSpacingProperty(), o -> styleAll());
        update();
    }

    /** True when a label shows wrapped right-to-left text alone, which a flow then draws. */
    static boolean needsFlow(Label label) {
        return label.isWrapText()
                && RtlSafeText.hasRightToLeft(label.getText())
                && (label.getGraphic() == null || label.getContentDisplay() == ContentDisplay.TEXT_ONLY);
    }

    /** The flow the label's text is drawn by, when it is (for tests). */
    SafeTextFlow flow() {
        return throughFlow ? flow : null;
    }

    private void update() {
        Label label = getSkinnable();
        boolean was = throughFlow;
        throughFlow = needsFlow(label);
        if (throughFlow) {
            if (flow == null) {
                flow = new SafeTextFlow();
                flow.getStyleClass().add("safe-label-flow");
                flow.setOrientByText(true);
            }
            flow.setText(label.getText());
            styleAll();
        }
        if (was != throughFlow) {
            updateChildren(); // a change of children lays the label out again
        }
    }

    /** The flow alone when it draws the text; else the label's own text node and graphic. */
    @Override
    protected void updateChildren() {
        if (throughFlow) {
            getChildren().setAll(flow);
        } else {
            super.updateChildren(); // also from the constructor, before this skin's fields are set
        }
    }

    /** Gives the flow's pieces the label's font, fill and underline, and the flow its alignment and spacing. */
    private void styleAll() {
        if (flow == null) {
            return;
        }
        Label label = getSkinnable();
        flow.setTextAlignment(label.getTextAlignment());
        flow.setLineSpacing(label.getLineSpacing());
        Font font = label.getFont();
        for (Node n : flow.getChildren()) {
            if (n instanceof Text t) {
                // JavaFX draws the wrong glyphs for Arabic in an italic font (docs/adr/0060)
                t.setFont(t.getStyleClass().contains(RtlSafeText.RTL_WORD) ? upright(font) : font);
                t.setFill(label.getTextFill());
                t.setUnderline(label.isUnderline());
            }
        }
    }

    /** The font, upright when it is italic. */
    static Font upright(Font font) {
        String style = font.getStyle().toLowerCase(Locale.ROOT);
        if (!style.contains("italic") && !style.contains("oblique")) {
            return font;
        }
        return Font.font(
                font.getFamily(),
                style.contains("bold") ? FontWeight.BOLD : FontWeight.NORMAL,
                FontPosture.REGULAR,
                font.getSize());
    }

    private Insets padding() {
        Insets p = getSkinnable().getLabelPadding();
        return p == null ? Insets.EMPTY : p;
    }

    private double sides(double right, double left) {
        return left + right + padding().getLeft() + padding().getRight();
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return throughFlow
                ? sides(right, left) + flow.minWidth(-1)
                : super.computeMinWidth(height, top, right, bottom, left);
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return throughFlow
                ? sides(right, left) + Math.ceil(flow.prefWidth(-1))
                : super.computePrefWidth(height, top, right, bottom, left);
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        if (!throughFlow) {
            return super.computePrefHeight(width, top, right, bottom, left);
        }
        double w = width < 0 ? -1 : Math.max(0, width - sides(right, left));
        return top + bottom + padding().getTop() + padding().getBottom() + Math.ceil(flow.prefHeight(w));
    }

    /** Never lower than its lines: the whole text shows (a label would cut it with an ellipsis). */
    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return throughFlow
                ? computePrefHeight(width, top, right, bottom, left)
                : super.computeMinHeight(width, top, right, bottom, left);
    }

    @Override
    public double computeBaselineOffset(double top, double right, double bottom, double left) {
        return throughFlow
                ? flow.getLayoutY() + flow.getBaselineOffset()
                : super.computeBaselineOffset(top, right, bottom, left);
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        if (!throughFlow) {
            super.layoutChildren(x, y, w, h);
            return;
        }
        Insets p = padding();
        double ax = x + p.getLeft();
        double ay = y + p.getTop();
        double aw = Math.max(0, w - p.getLeft() - p.getRight());
        double ah = Math.max(0, h - p.getTop() - p.getBottom());
        double fw = Math.min(aw, Math.ceil(flow.prefWidth(-1)));
        double fh = Math.ceil(flow.prefHeight(fw));
        HPos hpos = getSkinnable().getAlignment().getHpos();
        VPos vpos = getSkinnable().getAlignment().getVpos();
        double fx = switch (hpos) {
            case LEFT -> ax;
            case CENTER -> ax + (aw - fw) / 2;
            case RIGHT -> ax + aw - fw;
        };
        double fy = switch (vpos) {
            case TOP, BASELINE -> ay;
            case CENTER -> ay + Math.max(0, ah - fh) / 2;
            case BOTTOM -> ay + Math.max(0, ah - fh);
        };
        flow.resizeRelocate(snapPositionX(fx), snapPositionY(fy), fw, fh);
    }
}
