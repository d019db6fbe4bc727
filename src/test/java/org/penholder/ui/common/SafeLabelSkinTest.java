package org.penholder.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.penholder.settings.UserSettings;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Wrapped labels of Arabic text in a window mirrored for Arabic: shown whole on several lines by
 * {@link SafeLabelSkin} (JavaFX throws when a label's one text node wraps right-to-left text,
 * docs/adr/0060), read from the right, in the label's colour, pushing what follows down; the same
 * in a dialog's header and message, laid out before the dialog shows; English labels keep their
 * own skin and read from the left.
 */
@ExtendWith(ApplicationExtension.class)
class SafeLabelSkinTest {

    /** A long explanation, as the window's Arabic messages have them, with full stops and a comma. */
    static final String EXPLANATION = "يربط بنبرايت كل فقرة من المسودة بمقاطع المدخلات التي تستند إليها، "
            + "ويحفظ كل تعديل في ملف المشروع على هذا الحاسوب. "
            + "يمكن للفريق مقارنة أي تنقيحين ومعرفة من اقترح كل تغيير ومتى.";

    static final String ENGLISH = "Every paragraph of the draft is linked to the passages it draws on.";

    private final List<Throwable> fxErrors = new CopyOnWriteArrayList<>();
    private Thread fxThread;
    private Thread.UncaughtExceptionHandler previous;
    private VBox box;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fxThread = Thread.currentThread();
        previous = fxThread.getUncaughtExceptionHandler();
        fxThread.setUncaughtExceptionHandler((t, e) -> fxErrors.add(e));
        Themes.apply(UserSettings.Theme.LIGHT);
        box = new VBox(8);
        box.setPrefWidth(320);
        box.setMaxWidth(320);
        Scene scene = new Scene(new VBox(box), 600, 600);
        scene.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void restore() {
        fxThread.setUncaughtExceptionHandler(previous);
    }

    private static Label wrapped(String text, String... styleClasses) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().addAll(styleClasses);
        return label;
    }

    private void show(javafx.scene.Node... nodes) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
                    box.getChildren().setAll(nodes);
                    box.applyCss();
                    box.layout();
                })
                .get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Bounds onScene(javafx.scene.Node n) {
        return n.localToScene(n.getBoundsInLocal());
    }

    @Test
    void aLongArabicExplanationWrapsWholeOnSeveralLinesFromTheRight() throws Exception {
        Label explanation = wrapped(EXPLANATION, "muted");
        Label next = new Label("التالي");
        Label oneLine = new Label("سطر");
        show(explanation, next, oneLine);

        SafeLabelSkin skin = assertInstanceOf(SafeLabelSkin.class, explanation.getSkin(), "every label's skin");
        SafeTextFlow flow = skin.flow();
        assertNotNull(flow, "wrapped right-to-left text is drawn by a flow");
        assertEquals(EXPLANATION, flow.getText(), "the whole text, no ellipsis");
        assertEquals(EXPLANATION, explanation.getText(), "the label keeps its text");
        assertNull(explanation.getTooltip(), "nothing cut, so nothing in a tooltip");
        double line = oneLine.getHeight();
        assertTrue(
                explanation.getHeight() > 2.5 * line,
                "several lines high: " + explanation.getHeight() + " for lines of " + line);
        assertTrue(explanation.getWidth() <= 320, "as wide as its box: " + explanation.getWidth());
        assertTrue(
                onScene(next).getMinY() >= onScene(explanation).getMaxY() - 0.5,
                "what follows comes below its last line");
        assertTrue(onScene(flow).getMaxY() <= onScene(explanation).getMaxY() + 0.5, "its lines inside the label");

        Text first = (Text) flow.getChildren().getFirst();
        assertTrue(EXPLANATION.startsWith(first.getText()));
        assertTrue(
                onScene(explanation).getMaxX() - onScene(first).getMaxX() < 8,
                "the text starts at the right: " + onScene(first) + " in " + onScene(explanation));
        assertEquals(explanation.getTextFill(), first.getFill(), "in the label's colour (its style class)");
        assertEquals(explanation.getFont(), first.getFont());
        assertNull(
                assertInstanceOf(SafeLabelSkin.class, oneLine.getSkin()).flow(),
                "a label that does not wrap keeps its text");
        assertEquals(List.of(), fxErrors.stream().map(Throwable::toString).toList(), "no exception on the FX thread");
    }

    @Test
    void aDialogsArabicHeaderAndMessageShowWholeWhenLaidOutBeforeItShows() throws Exception {
        // a dialog lays out its pane before it shows, out of reach of WrappedRightToLeft
        DialogPane pane = WaitForAsyncUtils.asyncFx(() -> {
                    DialogPane p = new DialogPane();
                    p.setHeaderText(EXPLANATION);
                    p.setContentText(EXPLANATION + " " + EXPLANATION);
                    Stage dialog = new Stage();
                    Scene scene = new Scene(p);
                    scene.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
                    dialog.setScene(scene);
                    p.applyCss();
                    p.layout();
                    return p;
                })
                .get(10, TimeUnit.SECONDS);
        for (String which : new String[] {".header-panel .label", ".content.label"}) {
            Label label = (Label) pane.lookup(which);
            SafeTextFlow flow = ((SafeLabelSkin) label.getSkin()).flow();
            assertNotNull(flow, which);
            assertEquals(label.getText(), flow.getText(), which + " whole");
            assertTrue(label.getHeight() >= flow.prefHeight(flow.getWidth()) - 0.5, which + " as high as its lines");
        }
        Label content = (Label) pane.lookup(".content.label");
        assertTrue(content.getHeight() > 3 * content.getFont().getSize(), "the message on several lines");
        assertEquals(List.of(), fxErrors.stream().map(Throwable::toString).toList(), "no exception on the FX thread");
    }

    @Test
    void anEnglishLabelKeepsItsOwnTextAndReadsFromTheLeft() throws Exception {
        Label label = wrapped(ENGLISH);
        WaitForAsyncUtils.asyncFx(() -> WrappedRightToLeft.guard(stage.getScene()))
                .get(10, TimeUnit.SECONDS);
        show(label);
        assertNull(((SafeLabelSkin) label.getSkin()).flow(), "English wraps in the label's own text node");
        assertEquals(
                NodeOrientation.LEFT_TO_RIGHT,
                label.getEffectiveNodeOrientation(),
                "its full stop at its end, in a window mirrored for Arabic");

        WaitForAsyncUtils.asyncFx(() -> label.setText(EXPLANATION)).get(10, TimeUnit.SECONDS);
        show(label);
        assertEquals(NodeOrientation.RIGHT_TO_LEFT, label.getEffectiveNodeOrientation(), "Arabic: the window's");
        assertEquals(EXPLANATION, ((SafeLabelSkin) label.getSkin()).flow().getText());

        WaitForAsyncUtils.asyncFx(() -> label.setText(ENGLISH)).get(10, TimeUnit.SECONDS);
        show(label);
        assertNull(((SafeLabelSkin) label.getSkin()).flow());
        assertTrue(
                label.getChildrenUnmodifiable().stream()
                        .anyMatch(n -> n instanceof Text t && t.getText().equals(ENGLISH)),
                "its own text node again");
        assertFalse(label.getChildrenUnmodifiable().stream().anyMatch(SafeTextFlow.class::isInstance));

        SafeTextFlow definition = new SafeTextFlow("muted"); // an English definition of a service
        definition.setText(ENGLISH);
        show(definition);
        assertEquals(NodeOrientation.LEFT_TO_RIGHT, definition.getEffectiveNodeOrientation(), "a flow too");
        WaitForAsyncUtils.asyncFx(() -> definition.setText(EXPLANATION)).get(10, TimeUnit.SECONDS);
        assertEquals(NodeOrientation.RIGHT_TO_LEFT, definition.getEffectiveNodeOrientation());
        assertEquals(List.of(), fxErrors.stream().map(Throwable::toString).toList(), "no exception on the FX thread");
    }

    @Test
    void arabicInAnItalicLabelIsDrawnUpright() throws Exception {
        Label label = wrapped(EXPLANATION);
        label.setStyle("-fx-font-style: italic;");
        show(label);
        assertTrue(
                label.getFont().getStyle().toLowerCase(java.util.Locale.ROOT).contains("italic"),
                label.getFont().toString());
        for (var n : ((SafeLabelSkin) label.getSkin()).flow().getChildren()) {
            Font f = ((Text) n).getFont();
            assertFalse(f.getStyle().toLowerCase(java.util.Locale.ROOT).contains("italic"), "upright: " + f);
        }
    }
}
