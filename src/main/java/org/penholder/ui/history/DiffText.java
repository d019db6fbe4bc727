package org.penholder.ui.history;

import java.util.List;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.penholder.history.WordDiff;

/**
 * Word diffs as text a delegate reads: insertions underlined, deletions struck through, in the
 * colours of the theme. The inline redline shows both; each side of a side-by-side view shows its own.
 */
final class DiffText {

    static final String INSERT = "diff-insert";
    static final String DELETE = "diff-delete";
    static final String EQUAL = "diff-equal";

    /** Which segments a flow shows. */
    enum Show { BOTH, OLDER, NEWER }

    private DiffText() {
    }

    /** A wrapping flow of the segments. */
    static TextFlow flow(List<WordDiff.Segment> segments, Show show) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("diff-flow");
        fill(flow, segments, show);
        return flow;
    }

    static void fill(TextFlow flow, List<WordDiff.Segment> segments, Show show) {
        flow.getChildren().clear();
        for (WordDiff.Segment s : segments) {
            if ((s.op() == WordDiff.Op.INSERT && show == Show.OLDER) || (s.op() == WordDiff.Op.DELETE && show == Show.NEWER)) {
                continue;
            }
            // a paragraph break inside a split or merge reads as a pilcrow and a new line
            String text = s.op() == WordDiff.Op.EQUAL ? s.text() : s.text().replace("\n", " \u00b6\n");
            Text t = new Text(text);
            switch (s.op()) {
                case INSERT -> {
                    t.getStyleClass().add(INSERT);
                    t.setUnderline(true);
                }
                case DELETE -> {
                    t.getStyleClass().add(DELETE);
                    t.setStrikethrough(true);
                }
                case EQUAL -> t.getStyleClass().add(EQUAL);
            }
            flow.getChildren().add(t);
        }
    }
}
