package org.penholder.ui.coverage;

import java.util.List;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.penholder.model.Uptake;
import org.penholder.ui.common.Messages;

/** What the coverage charts share: counts axes, numbers on bars, tooltips, and each group's colour. */
final class Charts {

    /**
     * Colours of the stakeholder groups, by their place in the list (Okabe and Ito's palette, told
     * apart by people with any colour vision); inputs without a group are grey.
     */
    private static final List<String> GROUP_COLOURS =
            List.of("#0072B2", "#56B4E9", "#009E73", "#E69F00", "#D55E00", "#CC79A7", "#8C8C2A", "#882255");

    static final String NO_GROUP_COLOUR = "#9E9E9E";

    private Charts() {}

    /**
     * A group's or cluster's name as the window shows it: the service's "No stakeholder group" and
     * "No cluster" in the window's language, a project's own names as they are.
     */
    static String name(String groupOrCluster) {
        if (Uptake.NO_GROUP.equals(groupOrCluster)) {
            return Messages.get("coverage.noGroup");
        }
        return Uptake.NO_CLUSTER.equals(groupOrCluster) ? Messages.get("coverage.noCluster") : groupOrCluster;
    }

    /** A section's title as the window shows it: the service's "Preamble" in the window's language. */
    static String section(String title) {
        return org.penholder.coverage.ScopeParagraph.PREAMBLE.equals(title)
                ? Messages.get("coverage.section.preamble")
                : title;
    }

    /** The colour of a group: by its place in the list of groups. */
    static String colourOf(String group, List<String> groupList) {
        if (Uptake.NO_GROUP.equals(group)) {
            return NO_GROUP_COLOUR;
        }
        int i = groupList.indexOf(group);
        return GROUP_COLOURS.get(Math.max(0, i) % GROUP_COLOURS.size());
    }

    /** An axis of whole counts: no ticks between integers. */
    static NumberAxis countAxis(String label) {
        NumberAxis axis = new NumberAxis();
        axis.setLabel(label);
        axis.setMinorTickVisible(false);
        axis.setForceZeroInRange(true);
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? Long.toString(n.longValue()) : "";
            }

            @Override
            public Number fromString(String s) {
                return Long.parseLong(s);
            }
        });
        return axis;
    }

    /** Keeps whole-number ticks on a count axis, at a round step (1, 2 or 5 times a power of ten). */
    static void fitTicks(NumberAxis axis, long max) {
        axis.setAutoRanging(false);
        long upper = Math.max(1, max);
        long unit = roundStep(upper / 8.0);
        axis.setLowerBound(0);
        axis.setUpperBound(Math.ceil((double) upper / unit) * unit);
        axis.setTickUnit((double) unit);
    }

    /** The smallest of 1, 2, 5, 10, 20, 50 ... that is at least {@code atLeast}. */
    static long roundStep(double atLeast) {
        for (long power = 1; ; power *= 10) {
            for (long m : new long[] {1, 2, 5}) {
                if (m * power >= atLeast) {
                    return m * power;
                }
            }
        }
    }

    /** Writes a number inside a bar, shown only when the bar is wide enough to hold it. */
    static void number(XYChart.Data<Number, String> d, long value) {
        if (value <= 0 || !(d.getNode() instanceof StackPane bar)) {
            return;
        }
        Text t = new Text(Long.toString(value));
        t.getStyleClass().add("bar-value");
        t.setMouseTransparent(true);
        bar.getChildren().add(t);
        t.visibleProperty()
                .bind(bar.widthProperty().greaterThan(t.getLayoutBounds().getWidth() + 6));
    }

    /**
     * Gives a bar its tooltip, made when the pointer first reaches the bar: a chart of a full
     * project has hundreds of bars, and a tooltip for each held up the view's first showing.
     */
    static void tooltip(Node node, String text) {
        if (node != null) {
            node.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
                @Override
                public void handle(MouseEvent e) {
                    node.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                    Tooltip tip = new Tooltip(text);
                    tip.setShowDelay(Duration.millis(200));
                    Tooltip.install(node, tip);
                }
            });
        }
    }

    /** A count of inputs in the window's language ("1 input", "12 inputs"). */
    static String inputs(long n) {
        return Messages.get("coverage.count.inputs", n);
    }
}
