package org.penholder.ui.common;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.NodeOrientation;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.penholder.model.TextScripts;

/**
 * Wrapped text that holds right-to-left letters (Arabic, Hebrew ...), shown so that JavaFX can lay
 * it out. JavaFX 25 and 26 throw in {@code PrismTextLayout.computeTrailingSpaceWidth} whenever a
 * line wraps inside a right-to-left run of one text node (docs/adr/0060). A {@link TextFlow} never
 * splits a run where its text nodes meet, so text is cut into pieces at every place a line may
 * break, one {@link Text} per piece; bidi order is still the flow's, across the pieces. Letters
 * written right to left are also cut from punctuation, digits and Latin letters: JavaFX on Linux
 * draws a right-to-left run that mixes them in the wrong order ({@link #cuts}).
 * Lines without right-to-left letters stay whole, so English costs nothing.
 *
 * <p>RichTextFX areas are text flows of one node per style segment: {@link #words} gives each
 * piece a segment of its own by alternating the classes {@link #WORD_EVEN} and {@link #WORD_ODD}.
 */
public final class RtlSafeText {

    /** Alternating style classes that keep RichTextFX from merging neighbouring words into one segment. */
    public static final String WORD_EVEN = "w0";

    public static final String WORD_ODD = "w1";
    /**
     * The style class of a text node holding right-to-left letters: the stylesheet keeps it upright,
     * as JavaFX draws the wrong glyphs for Arabic in an italic font.
     */
    public static final String RTL_WORD = "rtl-word";
    /**
     * The paragraph style class of a RichTextFX line mostly written right to left: the stylesheet
     * aligns it right. Not a right-to-left node orientation: RichTextFX then draws the caret,
     * selection and highlights on the wrong side of a mirrored line.
     */
    public static final String RTL_LINE = "rtl-line";

    /** Where a node notes that its left-to-right layout was set by {@link #keepLeftToRight}, to be undone when its text changes. */
    private static final String OWN_DIRECTION = "penholder.rtl.ownDirection";

    /** The key of a text node's property set when no line may break between it and the next node. */
    private static final String JOINS_NEXT = "penholder.rtl.joinsNext";

    /**
     * A right-to-left word longer than this is cut into pieces of {@link #CHUNK} characters: a word
     * wider than its line is broken inside, which would split its run. Its letters then lose their
     * joining where it is cut, so only words no real text has are cut.
     */
    static final int LONGEST_WORD = 16;

    static final int CHUNK = 8;

    /**
     * The narrowest width at which a RichTextFX area's text may be laid out: wider than the longest
     * word kept whole at the largest font, so its lines break only between pieces. A layout that
     * cannot give an area this much clips it instead.
     */
    public static final double AREA_MIN_WIDTH = 240;

    private RtlSafeText() {}

    /** A stretch of text and the style classes of its nodes. */
    public record Run(String text, List<String> styleClasses) {
        public Run {
            styleClasses = List.copyOf(styleClasses);
        }

        public static Run of(String text, String... styleClasses) {
            return new Run(text, List.of(styleClasses));
        }
    }

    /** A length of text and its style classes, as RichTextFX's style spans hold them. */
    public record Span(int length, List<String> styleClasses) {
        public Span {
            styleClasses = List.copyOf(styleClasses);
        }
    }

    /** True when the text holds a letter written right to left, or a mark that starts a right-to-left run. */
    public static boolean hasRightToLeft(CharSequence text) {
        return text != null && hasRightToLeft(text, 0, text.length());
    }

    static boolean hasRightToLeft(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < 0x0590) {
                continue; // Latin, Greek, Cyrillic ...: the common case, quickly
            }
            switch (Character.getDirectionality(c)) {
                case Character.DIRECTIONALITY_RIGHT_TO_LEFT,
                        Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC,
                        Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING,
                        Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE,
                        Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE -> {
                    return true;
                }
                default -> {}
            }
        }
        return false;
    }

    /**
     * The offsets (between 0 and the length, exclusive) where pieces start: in a line that holds
     * right-to-left letters, every line break opportunity, every place its letters meet other
     * characters, around each punctuation mark, and inside a word too long to keep.
     */
    public static List<Integer> cuts(String text) {
        List<Integer> cuts = new ArrayList<>();
        for (RtlCuts.Mark m : RtlCuts.marks(text)) {
            if (m.at() > 0) {
                cuts.add(m.at());
            }
        }
        return cuts;
    }

    /** The cuts of {@link #cuts} where no line may break: the pieces on either side are one word to the layout. */
    static List<Integer> joins(String text) {
        List<Integer> joins = new ArrayList<>();
        for (RtlCuts.Mark m : RtlCuts.marks(text)) {
            if (m.joined()) {
                joins.add(m.at());
            }
        }
        return joins;
    }

    /** The text cut into pieces, each keeping its trailing white space; text without right-to-left letters is one piece. */
    public static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        int from = 0;
        for (int cut : cuts(text)) {
            pieces.add(text.substring(from, cut));
            from = cut;
        }
        if (from < text.length() || pieces.isEmpty()) {
            pieces.add(text.substring(from));
        }
        return pieces;
    }

    /** The runs cut into pieces where their text may break, each piece keeping its run's style classes. */
    public static List<Run> pieces(List<Run> runs) {
        StringBuilder all = new StringBuilder();
        runs.forEach(r -> all.append(r.text()));
        List<Integer> cuts = cuts(all.toString());
        if (cuts.isEmpty()) {
            return runs.stream().filter(r -> !r.text().isEmpty()).toList();
        }
        List<Run> out = new ArrayList<>();
        int runStart = 0;
        int next = 0;
        for (Run r : runs) {
            int runEnd = runStart + r.text().length();
            int from = runStart;
            while (next < cuts.size() && cuts.get(next) <= runStart) {
                next++;
            }
            while (next < cuts.size() && cuts.get(next) < runEnd) {
                out.add(new Run(all.substring(from, cuts.get(next)), r.styleClasses()));
                from = cuts.get(next++);
            }
            if (from < runEnd) {
                out.add(new Run(all.substring(from, runEnd), r.styleClasses()));
            }
            runStart = runEnd;
        }
        return out;
    }

    /**
     * The spans of a text (RichTextFX style spans, in order, covering it) cut at the pieces of its
     * right-to-left lines, the pieces of each line alternately given {@link #WORD_EVEN} and
     * {@link #WORD_ODD}: RichTextFX then shows each piece as a node of its own.
     */
    public static List<Span> words(String text, List<Span> spans) {
        List<RtlCuts.Mark> marks = RtlCuts.marks(text);
        if (marks.isEmpty()) {
            return spans;
        }
        List<Span> out = new ArrayList<>();
        int next = 0;
        String word = null;
        int spanStart = 0;
        for (Span s : spans) {
            int spanEnd = spanStart + s.length();
            int from = spanStart;
            while (from < spanEnd) {
                while (next < marks.size() && marks.get(next).at() <= from) {
                    word = marks.get(next++).wordClass();
                }
                int to = next < marks.size() ? Math.min(spanEnd, marks.get(next).at()) : spanEnd;
                List<String> classes = s.styleClasses();
                if (word != null) {
                    classes = new ArrayList<>(classes);
                    classes.add(word);
                }
                out.add(new Span(to - from, classes));
                from = to;
            }
            spanStart = spanEnd;
        }
        return out;
    }

    /** A wrapping flow of the text, one node per piece, each with the style classes given. */
    public static SafeTextFlow flow(String text, String... styleClasses) {
        return flow(List.of(Run.of(text, styleClasses)));
    }

    /** A wrapping flow of styled runs (matches, diff segments, brackets ...), made safe. */
    public static SafeTextFlow flow(List<Run> runs) {
        SafeTextFlow flow = new SafeTextFlow();
        fill(flow, runs);
        return flow;
    }

    /** Shows styled runs in a flow, in place of what it showed. */
    public static void fill(TextFlow flow, List<Run> runs) {
        flow.getChildren().setAll(texts(runs));
    }

    /** The text nodes of styled runs, cut into safe pieces. */
    public static List<Text> texts(List<Run> runs) {
        StringBuilder all = new StringBuilder();
        runs.forEach(r -> all.append(r.text()));
        Set<Integer> joins = new HashSet<>(joins(all.toString()));
        List<Text> texts = new ArrayList<>();
        int at = 0;
        for (Run r : pieces(runs)) {
            Text t = new Text(r.text());
            t.getStyleClass().addAll(r.styleClasses());
            // punctuation cut from right-to-left words stays upright with them
            if (hasRightToLeft(r.text()) || (!joins.isEmpty() && RtlCuts.isPunctuation(r.text()))) {
                t.getStyleClass().add(RTL_WORD);
            }
            at += r.text().length();
            if (joins.contains(at)) {
                t.getProperties().put(JOINS_NEXT, true);
            }
            texts.add(t);
        }
        return texts;
    }

    /** True when a text node is joined to the next one: no line may break between them. */
    static boolean joinsNext(Text text) {
        return Boolean.TRUE.equals(text.getProperties().get(JOINS_NEXT));
    }

    /** True when most letters of the text nodes of a flow (a RichTextFX line, its segments made) are written right to left. */
    public static boolean isMostlyRightToLeft(TextFlow flow) {
        StringBuilder text = new StringBuilder();
        for (javafx.scene.Node n : flow.getChildren()) {
            if (n instanceof Text t) {
                text.append(t.getText());
            }
        }
        return hasRightToLeft(text) && TextScripts.isRightToLeft(text.toString());
    }

    /**
     * Lays a flow out right to left when most of its letters are written so, as its readers expect,
     * and left to right otherwise, in a window mirrored for Arabic too: text keeps its own direction.
     */
    public static void orient(TextFlow flow, String text) {
        flow.setNodeOrientation(
                text != null && hasRightToLeft(text) && TextScripts.isRightToLeft(text)
                        ? NodeOrientation.RIGHT_TO_LEFT
                        : NodeOrientation.LEFT_TO_RIGHT);
    }

    /**
     * Lays a node showing text written left to right (letters, none right to left) out left to
     * right, in a window mirrored for Arabic too: English words of a service keep their full stop
     * at their end. Undone when it shows other text; a node whose direction was set elsewhere is
     * left alone.
     */
    static void keepLeftToRight(javafx.scene.Node node, String text) {
        boolean leftToRight =
                text != null && !hasRightToLeft(text) && text.codePoints().anyMatch(Character::isLetter);
        if (leftToRight && node.getNodeOrientation() == NodeOrientation.INHERIT) {
            node.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
            node.getProperties().put(OWN_DIRECTION, true);
        } else if (!leftToRight && node.getProperties().remove(OWN_DIRECTION) != null) {
            if (node.getNodeOrientation() == NodeOrientation.LEFT_TO_RIGHT) {
                node.setNodeOrientation(NodeOrientation.INHERIT);
            }
        }
    }
}
