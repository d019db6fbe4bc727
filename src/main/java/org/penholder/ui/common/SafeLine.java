package org.penholder.ui.common;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * One line of text holding right-to-left letters, cut at its end with an ellipsis when too long:
 * the graphic a {@link Labeled} (a label, a table or list cell, a tooltip's label) shows in place
 * of its own text. JavaFX draws a right-to-left run that mixes Arabic or Hebrew letters with
 * punctuation, digits or Latin letters in the wrong order on Linux (docs/adr/0060), and a label
 * draws its text as one run; so the line is a non-wrapping flow of {@link RtlSafeText} pieces,
 * and it cuts itself: whole pieces are dropped from the end of the text, the last one kept is
 * shortened, and the labeled's ellipsis string follows it, where the text ends (at the left of
 * a line read from right to left). Its pieces take the font and text fill of the labeled it is
 * the graphic of, so a selected row's text changes colour as the row's other cells do.
 *
 * <p>Use {@link #show}: text without right-to-left letters stays the labeled's own text.
 */
public final class SafeLine extends Region {

    /** Where a labeled keeps the line it shows right-to-left text with, made when first needed. */
    private static final String LINE_KEY = "penholder.safeLine";
    /** Where a labeled keeps its own alignment while {@link #keepInterfaceSide} has changed it. */
    private static final String ALIGNMENT_KEY = "penholder.safeLine.alignment";
    /**
     * How much of a text a line shows at most: more than the widest cell holds. A paragraph is cut
     * here before it is cut into pieces and measured, which a list does for each row it scrolls to.
     */
    static final int LONGEST = 400;
    /** Measures pieces on their own. Used on the FX thread only. */
    private static final Text MEASURE = new Text();

    private final TextFlow flow = new TextFlow();
    private final Text tail = new Text();
    private final Text ellipsis = new Text("\u2026");
    private final Rectangle clip = new Rectangle();
    private final ChangeListener<Object> ownerChanged = (o, was, now) -> followOwner();
    private List<Text> pieces = List.of();
    private String text = "";
    private boolean longer;
    private double[] widths;
    private double total;
    private double ellipsisWidth;
    private Font measuredWith;
    private Labeled owner;

    public SafeLine() {
        getStyleClass().add("safe-line");
        flow.getStyleClass().add("safe-line-flow");
        getChildren().add(flow);
        setClip(clip);
        parentProperty().addListener((o, was, now) -> setOwner(now instanceof Labeled l ? l : null));
    }

    /**
     * Shows a text in a labeled: as its own text when it holds no right-to-left letters (English
     * costs nothing), else through a {@link SafeLine} as its graphic, made once per labeled and
     * reused. The labeled's graphic is then the line's: use it for labeleds without a graphic.
     */
    public static void show(Labeled labeled, String text) {
        boolean wasLine = labeled.getGraphic() instanceof SafeLine;
        if (show(labeled.getProperties(), labeled.graphicProperty(), labeled.textProperty(), text)) {
            labeled.setAccessibleText(text); // what a screen reader reads, as the text would be
        } else if (wasLine) {
            labeled.setAccessibleText(null);
        }
    }

    /** Shows a text in a tooltip, as {@link #show(Labeled, String)} does in a labeled: its line is the graphic of the tooltip's label. */
    public static void show(Tooltip tip, String text) {
        show(tip.getProperties(), tip.graphicProperty(), tip.textProperty(), text);
    }

    /** Shows a text as its owner's text or through its line; true when through its line. */
    private static boolean show(
            Map<Object, Object> properties, ObjectProperty<Node> graphic, StringProperty ownText, String text) {
        if (text == null || !RtlSafeText.hasRightToLeft(text)) {
            // left-to-right text keeps its direction in a window mirrored for Arabic
            if (graphic.getBean() instanceof Node owner) {
                owner.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
                if (owner instanceof Labeled labeled) {
                    keepInterfaceSide(labeled);
                }
            }
            if (graphic.get() instanceof SafeLine) {
                graphic.set(null);
            }
            ownText.set(text);
            return false;
        }
        if (graphic.getBean() instanceof Node owner) {
            owner.setNodeOrientation(NodeOrientation.INHERIT);
            if (owner instanceof Labeled labeled && labeled.getProperties().remove(ALIGNMENT_KEY) instanceof Pos was) {
                labeled.setAlignment(was);
            }
        }
        SafeLine line = (SafeLine) properties.computeIfAbsent(LINE_KEY, k -> new SafeLine());
        line.setText(text);
        ownText.set(null);
        if (graphic.get() != line) {
            graphic.set(line);
        }
        return true;
    }

    /**
     * A labeled made left to right in a window mirrored for Arabic keeps its text on the window's
     * side: at the right, as the Arabic text of the cells beside it, not at the left (a table's
     * column of English names beside a column of Arabic groups).
     */
    private static void keepInterfaceSide(Labeled labeled) {
        if (InterfaceLanguage.orientation(Messages.locale()) != NodeOrientation.RIGHT_TO_LEFT
                || labeled.getProperties().containsKey(ALIGNMENT_KEY)) {
            return;
        }
        Pos own = labeled.getAlignment();
        if (own.getHpos() != HPos.LEFT) {
            return;
        }
        labeled.getProperties().put(ALIGNMENT_KEY, own);
        labeled.setAlignment(Pos.valueOf(own.getVpos().name() + "_RIGHT"));
    }

    /** The text a labeled shows, as its own text or through its {@link SafeLine}. */
    public static String textOf(Labeled labeled) {
        return labeled.getGraphic() instanceof SafeLine line ? line.getText() : labeled.getText();
    }

    /** Shows a text, cut into safe pieces. */
    public void setText(String text) {
        String t = text == null ? "" : text;
        if (t.equals(this.text)) {
            return;
        }
        this.text = t;
        String shown = start(t);
        longer = shown.length() < t.length();
        pieces = shown.isEmpty() ? List.of() : RtlSafeText.texts(List.of(RtlSafeText.Run.of(shown)));
        widths = null;
        styleAll();
        flow.getChildren().setAll(pieces);
        requestLayout();
    }

    /** The start of a text, at most {@link #LONGEST} characters, not cut inside a character. */
    static String start(String text) {
        if (text.length() <= LONGEST) {
            return text;
        }
        int end = LONGEST;
        while (end > 0
                && (Character.isLowSurrogate(text.charAt(end))
                        || Character.getType(text.charAt(end)) == Character.NON_SPACING_MARK)) {
            end--;
        }
        return text.substring(0, end);
    }

    /** The whole text, also when it is shown cut short. */
    public String getText() {
        return text;
    }

    /** The text as drawn: the pieces kept and the ellipsis when the line is cut (for tests). */
    public List<Text> shown() {
        List<Text> shown = new ArrayList<>();
        for (Node n : flow.getChildren()) {
            shown.add((Text) n);
        }
        return shown;
    }

    /** True when the line is cut short, its ellipsis shown. */
    public boolean isCut() {
        return flow.getChildren().contains(ellipsis);
    }

    private void setOwner(Labeled labeled) {
        if (owner == labeled) {
            return;
        }
        if (owner != null) {
            owner.fontProperty().removeListener(ownerChanged);
            owner.textFillProperty().removeListener(ownerChanged);
            owner.ellipsisStringProperty().removeListener(ownerChanged);
            owner.widthProperty().removeListener(ownerChanged);
        }
        owner = labeled;
        if (owner != null) {
            owner.fontProperty().addListener(ownerChanged);
            owner.textFillProperty().addListener(ownerChanged);
            owner.ellipsisStringProperty().addListener(ownerChanged);
            owner.widthProperty().addListener(ownerChanged);
            followOwner();
        }
    }

    private void followOwner() {
        if (owner != null) {
            String e = owner.getEllipsisString();
            ellipsis.setText(e == null || e.isEmpty() ? "\u2026" : e);
        }
        styleAll();
        requestLayout();
    }

    private void styleAll() {
        style(ellipsis);
        style(tail);
        pieces.forEach(this::style);
    }

    /** Gives a piece the owner's font and text fill, as its own text would have. */
    private void style(Text t) {
        if (owner != null) {
            t.setFont(owner.getFont());
            t.setFill(owner.getTextFill());
            t.setUnderline(owner.isUnderline());
        }
    }

    private Font font() {
        return pieces.isEmpty() ? ellipsis.getFont() : pieces.getFirst().getFont();
    }

    private static double width(String s, Font font) {
        MEASURE.setFont(font);
        MEASURE.setText(s);
        return MEASURE.getLayoutBounds().getWidth();
    }

    /** Measures each piece alone, once per text and font. */
    private void measure() {
        Font font = font();
        if (widths != null && font.equals(measuredWith)) {
            return;
        }
        widths = new double[pieces.size()];
        total = 0;
        for (int i = 0; i < pieces.size(); i++) {
            widths[i] = width(pieces.get(i).getText(), font);
            total += widths[i];
        }
        ellipsisWidth = width(ellipsis.getText(), ellipsis.getFont());
        measuredWith = font;
    }

    /** The width the line may take: its own, and never more than its labeled gives its graphic. */
    private double room() {
        double room = getWidth() - snappedLeftInset() - snappedRightInset();
        if (owner != null && owner.getGraphic() == this && owner.getWidth() > 0) {
            room = Math.min(room, owner.getWidth() - owner.snappedLeftInset() - owner.snappedRightInset());
        }
        return room;
    }

    @Override
    protected double computePrefWidth(double height) {
        measure();
        return snappedLeftInset() + Math.ceil(total) + 1 + snappedRightInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        measure();
        return snappedLeftInset() + Math.ceil(Math.min(total, ellipsisWidth)) + snappedRightInset();
    }

    @Override
    protected double computeMaxWidth(double height) {
        if (owner != null && owner.getGraphic() == this && owner.getWidth() > 0) {
            return Math.max(
                    computeMinWidth(height), owner.getWidth() - owner.snappedLeftInset() - owner.snappedRightInset());
        }
        return Double.MAX_VALUE;
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + flow.prefHeight(-1) + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        measure();
        double room = room();
        List<Node> show = new ArrayList<>();
        if (!longer && total <= room + 0.5) {
            show.addAll(pieces);
        } else {
            cut(room, show);
        }
        if (!show.equals(flow.getChildren())) {
            flow.getChildren().setAll(show);
        }
        // as wide as its text, so that it never wraps: the line is cut above, and clipped
        double w = Math.ceil(flow.prefWidth(-1)) + 1;
        double h = flow.prefHeight(-1);
        double top = snappedTopInset() + (getHeight() - snappedTopInset() - snappedBottomInset() - h) / 2;
        flow.resizeRelocate(snappedLeftInset(), (double) Math.round(top), w, h);
        clip.setWidth(snappedLeftInset() + Math.max(0, room));
        clip.setY(Math.min(0, top));
        clip.setHeight(Math.max(getHeight(), h) + Math.max(0, -top) * 2);
    }

    /** The pieces that fit with the ellipsis after them, the last one shortened, then the ellipsis. */
    private void cut(double room, List<Node> show) {
        double left = room - ellipsisWidth;
        int whole = 0;
        while (whole < pieces.size() && widths[whole] <= left) {
            left -= widths[whole++];
        }
        show.addAll(pieces.subList(0, whole));
        String part = whole < pieces.size() ? fitting(pieces.get(whole).getText(), left) : "";
        Text partOf = whole < pieces.size() ? pieces.get(whole) : null;
        if (part.isBlank() && whole > 0) {
            // the ellipsis right after the last whole piece, without its trailing space
            partOf = pieces.get(whole - 1);
            show.removeLast();
            part = partOf.getText();
        }
        part = part.stripTrailing();
        if (!part.isEmpty() && partOf != null) {
            tail.setText(part);
            tail.getStyleClass().setAll(partOf.getStyleClass());
            style(tail);
            show.add(tail);
        }
        show.add(ellipsis);
    }

    /** The longest start of a piece, cut between characters as the user sees them, no wider than {@code room}. */
    private String fitting(String piece, double room) {
        if (room <= 0) {
            return "";
        }
        BreakIterator chars = BreakIterator.getCharacterInstance();
        chars.setText(piece);
        List<Integer> ends = new ArrayList<>();
        for (int b = chars.next(); b != BreakIterator.DONE; b = chars.next()) {
            ends.add(b);
        }
        Font font = font();
        int low = 0;
        int high = ends.size() - 1; // the whole piece does not fit
        while (low < high) {
            int mid = (low + high + 1) / 2;
            if (width(piece.substring(0, ends.get(mid - 1)), font) <= room) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low == 0 ? "" : piece.substring(0, ends.get(low - 1));
    }
}
