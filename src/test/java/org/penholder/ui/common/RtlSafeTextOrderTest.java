package org.penholder.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.penholder.ui.RightToLeftProject;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Right-to-left text reads from right to left on screen, words and punctuation alike: in the
 * flows of {@link RtlSafeText}, oriented or not, wrapped or not, and in a RichTextFX area cut by
 * {@link RtlSafeText#words} as the reader and the draft editor are. Positions are the scene
 * bounds of the text nodes: JavaFX draws a node's glyphs where it lays them out only when the node
 * holds letters of one kind (docs/adr/0060), which these pieces do.
 */
@ExtendWith(ApplicationExtension.class)
class RtlSafeTextOrderTest {

    /** From the Arabic input of the showcase: full stops, guillemets and a comma between Arabic words. */
    private static final String ARABIC =
            "ودعت عدة وفود إلى أطر تنظيمية مستقرة وتدفق البيانات عبر الحدود مع احترام الخصوصية. "
                    + "وشدد ممثلو المجتمع المدني على حقوق الإنسان على الإنترنت كما هي خارجها، وعلى «التعاون الرقمي» بين الجميع. "
                    + "كما طالبت الوفود";

    private static final String MIXED = "نرحب بعمل منتدى إدارة الإنترنت (Internet Governance Forum) ونقرر تمديد ولايته";

    private FlowStage window;

    @Start
    void start(Stage stage) {
        window = new FlowStage(stage, 1000, 600);
    }

    /** A text node and where it is drawn, in the scene. */
    private record Piece(String text, Bounds at) {
        double middleY() {
            return at.getCenterY();
        }
    }

    private static List<Piece> pieces(Collection<? extends Node> nodes) {
        List<Piece> pieces = new ArrayList<>();
        for (Node n : nodes) {
            if (n instanceof Text t && !t.getText().isEmpty()) {
                pieces.add(new Piece(t.getText(), t.localToScene(t.getBoundsInLocal())));
            }
        }
        return pieces;
    }

    private List<Piece> layOut(TextFlow flow, double width) {
        window.layOut(flow, width);
        return pieces(flow.getChildren());
    }

    /** Every piece on a line (but white space) sits left of the piece before it in the text. */
    private static void assertReadFromRightToLeft(List<Piece> pieces, String where) {
        int lines = 1;
        for (int i = 1; i < pieces.size(); i++) {
            Piece before = pieces.get(i - 1);
            Piece p = pieces.get(i);
            if (Math.abs(p.middleY() - before.middleY()) > before.at().getHeight() / 2) {
                lines++;
                continue;
            }
            assertTrue(
                    p.at().getMaxX() <= before.at().getMinX() + 0.5,
                    where + ": [" + p.text() + "] is drawn at " + p.at().getMinX() + ".." + p.at().getMaxX()
                            + ", not left of [" + before.text() + "] at "
                            + before.at().getMinX() + ".." + before.at().getMaxX());
        }
        assertTrue(lines >= 1);
    }

    private static Piece find(List<Piece> pieces, String text) {
        List<Piece> found = pieces.stream().filter(p -> p.text().equals(text)).toList();
        assertEquals(
                1,
                found.size(),
                "one piece [" + text + "] in "
                        + pieces.stream().map(Piece::text).toList());
        return found.get(0);
    }

    private static Piece after(List<Piece> pieces, String text) {
        return pieces.get(pieces.indexOf(find(pieces, text)) + 1);
    }

    private static void assertLeftOf(Piece left, Piece right) {
        assertTrue(
                left.at().getMaxX() <= right.at().getMinX() + 0.5,
                "[" + left.text() + "] " + left.at().getMinX() + ".."
                        + left.at().getMaxX() + " should be left of [" + right.text() + "] "
                        + right.at().getMinX() + ".." + right.at().getMaxX());
    }

    /** The full stop after "الخصوصية" sits at its left, and "وشدد" further left; the guillemets hug their words. */
    private static void assertPunctuationBesideItsWords(List<Piece> pieces) {
        Piece fullStop = after(pieces, "الخصوصية");
        assertEquals(". ", fullStop.text());
        assertLeftOf(fullStop, find(pieces, "الخصوصية"));
        assertLeftOf(find(pieces, "وشدد "), fullStop);
        assertLeftOf(find(pieces, "التعاون "), find(pieces, "«"));
        assertLeftOf(find(pieces, "«"), find(pieces, "وعلى "));
        assertLeftOf(find(pieces, "» "), find(pieces, "الرقمي"));
        assertLeftOf(find(pieces, "بين "), find(pieces, "» "));
        assertLeftOf(find(pieces, "، "), find(pieces, "خارجها"));
    }

    @Test
    void anArabicLineReadsFromRightToLeftWordsAndPunctuationAlike() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
                    for (boolean oriented : new boolean[] {false, true}) {
                        for (double width : new double[] {2400, 700, 300}) {
                            SafeTextFlow flow = RtlSafeText.flow(ARABIC);
                            if (oriented) {
                                RtlSafeText.orient(flow, ARABIC);
                            }
                            List<Piece> pieces = layOut(flow, width);
                            String where = (oriented ? "oriented right to left" : "left to right node orientation")
                                    + ", " + width + " px";
                            assertReadFromRightToLeft(pieces, where);
                            if (width > 2000) {
                                assertPunctuationBesideItsWords(pieces);
                            }
                        }
                    }
                    return null;
                })
                .get(30, TimeUnit.SECONDS);
    }

    @Test
    void englishInAnArabicLineReadsFromLeftToRightInsideItsParentheses() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
                    List<Piece> pieces = layOut(RtlSafeText.flow(MIXED), 2000);
                    assertLeftOf(find(pieces, "Internet "), find(pieces, "Governance "));
                    assertLeftOf(find(pieces, "Governance "), find(pieces, "Forum"));
                    // the parentheses take the direction of the Arabic around them
                    assertLeftOf(find(pieces, "Forum"), find(pieces, "("));
                    assertLeftOf(find(pieces, ") "), find(pieces, "Internet "));
                    assertLeftOf(find(pieces, "("), find(pieces, "الإنترنت "));
                    assertLeftOf(find(pieces, "ونقرر "), find(pieces, ") "));
                    return null;
                })
                .get(30, TimeUnit.SECONDS);
    }

    /**
     * What is drawn, not only where the nodes are: a line aligned right, with and without the
     * full stop after "الخصوصية". The stop is drawn at the left of the word, so the word and the
     * words before it (on its right) are drawn on the same pixels in both; drawn at its right, as
     * JavaFX does when the stop shares a text node with the word, it would push them.
     */
    @Test
    void theFullStopIsDrawnAtTheLeftOfItsWord() throws Exception {
        String withStop = "مع احترام الخصوصية. وشدد ممثلو";
        String without = "مع احترام الخصوصية وشدد ممثلو";
        WaitForAsyncUtils.asyncFx(() -> {
                    SafeTextFlow a = RtlSafeText.flow(withStop);
                    SafeTextFlow b = RtlSafeText.flow(without);
                    javafx.scene.image.Image drawnWith = drawnAlignedRight(a);
                    javafx.scene.image.Image drawnWithout = drawnAlignedRight(b);
                    // where the word is drawn with the full stop after it, and its stop (in a node of its own or not)
                    Text word = (Text) a.getChildren().stream()
                            .filter(n -> n instanceof Text t && t.getText().startsWith("الخصوصية"))
                            .findFirst()
                            .orElseThrow();
                    int from = (int) Math.ceil(word.getBoundsInParent().getMinX()) + 1;
                    int differ = 0;
                    for (int x = from; x < 600; x++) {
                        for (int y = 0; y < (int) Math.min(drawnWith.getHeight(), drawnWithout.getHeight()); y++) {
                            if (drawnWith.getPixelReader().getArgb(x, y)
                                    != drawnWithout.getPixelReader().getArgb(x, y)) {
                                differ++;
                            }
                        }
                    }
                    assertEquals(0, differ, "pixels of \"مع احترام الخصوصية\" moved by the full stop after them");
                    return null;
                })
                .get(30, TimeUnit.SECONDS);
    }

    private javafx.scene.image.Image drawnAlignedRight(TextFlow flow) {
        flow.setTextAlignment(javafx.scene.text.TextAlignment.RIGHT);
        layOut(flow, 600);
        flow.setStyle("-fx-background-color: white;");
        return flow.snapshot(null, null);
    }

    /** The reader and the draft editor cut their lines into style segments with {@link RtlSafeText#words}. */
    @Test
    void aRichTextAreaLineCutIntoWordsReadsFromRightToLeft() throws Exception {
        String text = "الفقرة 1: " + RightToLeftProject.SENTENCES;
        StyleClassedTextArea area = WaitForAsyncUtils.asyncFx(() -> {
                    StyleClassedTextArea a = new StyleClassedTextArea();
                    a.setWrapText(true);
                    a.replaceText(text);
                    StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
                    for (RtlSafeText.Span s :
                            RtlSafeText.words(text, List.of(new RtlSafeText.Span(text.length(), List.of())))) {
                        spans.add(s.styleClasses(), s.length());
                    }
                    a.setStyleSpans(0, spans.create());
                    window.box().getChildren().setAll(a);
                    return a;
                })
                .get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> {
                    List<Node> texts = new ArrayList<>();
                    for (Node flow : area.lookupAll(".paragraph-text")) {
                        texts.addAll(((Parent) flow).getChildrenUnmodifiable());
                    }
                    List<Piece> pieces = pieces(texts);
                    assertEquals(
                            text,
                            String.join("", pieces.stream().map(Piece::text).toList()),
                            "one paragraph, all shown");
                    assertTrue(pieces.stream().map(p -> p.middleY()).distinct().count() > 1, "the paragraph wraps");
                    // to the end: the paragraph's direction is its first letter's, so its last full stop is at its left
                    // too
                    assertReadFromRightToLeft(pieces, "reader");
                    assertLeftOf(find(pieces, ": "), find(pieces, "1"));
                    assertLeftOf(find(pieces, "أكد "), find(pieces, ": "));
                    return null;
                })
                .get(10, TimeUnit.SECONDS);
    }
}
