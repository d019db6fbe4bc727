package org.penholder.ui.merge;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.penholder.history.WordDiff;
import org.penholder.merge.MergeReport;
import org.penholder.ui.common.Messages;
import org.penholder.ui.common.SafeLine;
import org.penholder.ui.common.SafeTextFlow;
import org.penholder.ui.history.DiffText;

/**
 * What merging another copy would bring in: the counts, and each paragraph both copies changed with
 * this project's version beside the other's (the words that differ marked), before anything is written.
 */
public final class MergePreviewPane extends VBox {

    public MergePreviewPane(MergeReport r) {
        setId("merge-preview");
        getStyleClass().add("merge-preview");
        getStylesheets().add(DiffText.class.getResource("history.css").toExternalForm());
        setSpacing(10);
        setPadding(new Insets(8, 12, 4, 12));
        String other = r.other().getFileName().toString();
        if (r.nothing()) {
            getChildren().add(new Label(Messages.get("merge.done.nothing", other)));
            return;
        }
        Label intro = new Label(Messages.get("merge.preview.bringsIn", other));
        intro.getStyleClass().add("history-step-header");
        VBox counts = new VBox(2);
        counts.setId("merge-counts");
        for (String line : MergeViewModel.summary(r)) {
            counts.getChildren().add(new Label("•  " + line));
        }
        getChildren().addAll(intro, counts);
        if (r.migratedCopy()) {
            getChildren().add(new Label(Messages.get("merge.preview.olderFormat", other)));
        }
        List<MergeViewModel.ConflictRow> conflicts = MergeViewModel.conflicts(r);
        if (conflicts.isEmpty()) {
            getChildren().add(new Label(Messages.get("merge.done.noConflicts")));
            return;
        }
        Label both = new Label(Messages.get("merge.preview.conflicts", conflicts.size()));
        both.setWrapText(true);
        both.getStyleClass().add("conflict");
        getChildren().addAll(both, scroll(grid(conflicts, other)));
    }

    private static ScrollPane scroll(GridPane grid) {
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefViewportHeight(320);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return scroll;
    }

    private static GridPane grid(List<MergeViewModel.ConflictRow> rows, String other) {
        GridPane grid = new GridPane();
        grid.setId("merge-conflicts");
        grid.getStyleClass().add("side-by-side");
        grid.setVgap(10);
        grid.setPadding(new Insets(6));
        ColumnConstraints label = new ColumnConstraints();
        label.setPercentWidth(14);
        ColumnConstraints side = new ColumnConstraints();
        side.setHgrow(Priority.ALWAYS);
        side.setPercentWidth(43);
        grid.getColumnConstraints().addAll(label, side, side);
        grid.add(heading(Messages.get("merge.preview.paragraph")), 0, 0);
        grid.add(heading(Messages.get("merge.preview.thisProject")), 1, 0);
        grid.add(heading(other), 2, 0);
        int y = 1;
        for (MergeViewModel.ConflictRow c : rows) {
            VBox where = new VBox(2, bold(c.paragraph()), muted(c.what()));
            grid.add(where, 0, y);
            boolean text = c.aspect().equals("text");
            List<WordDiff.Segment> diff = text ? WordDiff.diff(c.here(), c.there()) : null;
            grid.add(text ? DiffText.flow(diff, DiffText.Show.OLDER) : plain(c.here()), 1, y);
            VBox theirs = new VBox(
                    2,
                    text ? DiffText.flow(diff, DiffText.Show.NEWER) : plain(c.there()),
                    muted(Messages.get("merge.preview.by", c.by())));
            grid.add(theirs, 2, y);
            y++;
        }
        return grid;
    }

    private static Label heading(String text) {
        Label l = new Label();
        SafeLine.show(l, text);
        l.getStyleClass().add("side-label");
        return l;
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("revision-label");
        return l;
    }

    private static Label muted(String text) {
        Label l = new Label();
        SafeLine.show(l, text);
        l.setWrapText(true);
        l.getStyleClass().add("history-step-meta");
        return l;
    }

    private static SafeTextFlow plain(String text) {
        SafeTextFlow f = new SafeTextFlow();
        f.setText(text);
        return f;
    }
}
