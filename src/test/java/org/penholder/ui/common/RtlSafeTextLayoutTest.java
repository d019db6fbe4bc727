package org.penholder.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * JavaFX lays out the flows of {@link RtlSafeText} at any width, even narrower than a word, where a
 * wrapped text node of the same words fails.
 */
@ExtendWith(ApplicationExtension.class)
class RtlSafeTextLayoutTest {

    private static final String ARABIC_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويةى";
    private static final String HEBREW_LETTERS = "אבגדהוזחטיכלמנסעפצקרשת";
    private static final String[] GLUE = {
        " ", " ", " ", " ", "  ", ". ", "، ", "\u2014", "/", " (", ") ", " 2030 ", "\n"
    };

    private FlowStage window;

    @Start
    void start(Stage stage) {
        window = new FlowStage(stage, 700, 300);
    }

    /** Made-up text: words of 1 to 12 letters, now and then one of 15 to 50, with spaces, punctuation and digits. */
    static String madeUp(Random random, String letters) {
        StringBuilder b = new StringBuilder();
        int words = 4 + random.nextInt(14);
        for (int w = 0; w < words; w++) {
            int length = random.nextInt(12) == 0 ? 15 + random.nextInt(36) : 1 + random.nextInt(12);
            for (int c = 0; c < length; c++) {
                b.append(letters.charAt(random.nextInt(letters.length())));
            }
            b.append(GLUE[random.nextInt(GLUE.length)]);
        }
        return b.toString();
    }

    @Test
    void flowsOfArabicAndHebrewWrapAtEveryWidthWithoutFailing() throws Exception {
        List<String> failures = WaitForAsyncUtils.asyncFx(() -> {
                    List<String> failed = new ArrayList<>();
                    Random random = new Random(20251128);
                    for (int i = 0; i < 60; i++) {
                        String text = madeUp(random, i % 3 == 2 ? HEBREW_LETTERS : ARABIC_LETTERS);
                        if (i % 4 == 3) {
                            text = "The delegation of " + text + " proposed [shall][should] " + text;
                        }
                        for (double width = 20; width < 520; width += 23) {
                            TextFlow flow = RtlSafeText.flow(text);
                            if (i % 2 == 1) {
                                RtlSafeText.orient(flow, text);
                            }
                            try {
                                window.layOut(flow, width);
                            } catch (RuntimeException e) {
                                failed.add(width + " px: " + text + " -> " + e);
                            }
                        }
                    }
                    return failed;
                })
                .get(60, TimeUnit.SECONDS);
        assertEquals(List.of(), failures);
    }

    /**
     * The JavaFX defect the workaround is for. When this fails, JavaFX wraps right-to-left text in a
     * single node: docs/adr/0060 says how to drop the workaround.
     */
    @Test
    void javaFxStillFailsToWrapRightToLeftTextInOneNode() throws Exception {
        String text = RtlSafeTextTest.ARABIC + " " + RtlSafeTextTest.ARABIC;
        WaitForAsyncUtils.asyncFx(() -> {
                    assertThrows(
                            ArrayIndexOutOfBoundsException.class,
                            () -> window.layOut(new TextFlow(new Text(text)), 200));
                    window.box().getChildren().clear();
                    return null;
                })
                .get(10, TimeUnit.SECONDS);
    }
}
