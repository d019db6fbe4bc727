package org.penholder.ui.history;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.penholder.history.WordDiff;
import org.penholder.ui.common.RtlSafeText;
import org.penholder.ui.common.SafeTextFlow;

/**
 * Word diffs as text a delegate reads: insertions underlined, deletions struck through, in the
 * colours of the theme. The inline redline shows both; each side of a side-by-side view shows its own.
 * Right-to-left paragraphs are cut into safe pieces and laid out right to left (docs/adr/0060).
 */
public final class DiffText {

    static final String INSERT = "diff-insert";
    static final String DELETE = "diff-delete";
    static final String EQUAL = "diff-equal";

    /** Which segments a flow shows. */
    public enum Show {
        BOTH,
        OLDER,
        NEWER
    }

    private DiffText() {}

    /** A wrapping flow of the segments. */
    public static TextFlow flow(List<WordDiff.Segment> segments, Show show) {
        TextFlow flow = new SafeTextFlow();
        flow.getStyleClass().add("diff-flow");
        fill(flow, segments, show);
        return flow;
    }

    static void fill(TextFlow flow, List<WordDiff.Segment> segments, Show show) {
        List<RtlSafeText.Run> runs = new ArrayList<>();
        for (WordDiff.Segment s : segments) {
            if ((s.op() == WordDiff.Op.INSERT && show == Show.OLDER)
                    || (s.op() == WordDiff.Op.DELETE && show == Show.NEWER)) {
                continue;
            }
            // a paragraph break inside a split or merge reads as a pilcrow and a new line
            String text = s.op() == WordDiff.Op.EQUAL ? s.text() : s.text().replace("\n", " \u00b6\n");
            runs.add(RtlSafeText.Run.of(
                    text,
                    switch (s.op()) {
                        case INSERT -> INSERT;
                        case DELETE -> DELETE;
                        case EQUAL -> EQUAL;
                    }));
        }
        List<Text> texts = RtlSafeText.texts(runs);
        for (Text t : texts) {
            t.setUnderline(t.getStyleClass().contains(INSERT));
            t.setStrikethrough(t.getStyleClass().contains(DELETE));
        }
        flow.getChildren().setAll(texts);
        StringBuilder all = new StringBuilder();
        runs.forEach(r -> all.append(r.text()));
        RtlSafeText.orient(flow, all.toString());
    }
}
