package org.penholder.ui.coverage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.scene.Cursor;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.penholder.ui.common.Messages;

/**
 * The balance of sources by stakeholder group, one horizontal bar per paragraph or section: each
 * segment is a group's share of the distinct inputs drawn on, in that group's colour, with its count.
 */
final class BalanceChart extends VBox {

    /** One bar: its category, the tooltip's name for it, inputs by group, what a click does (or null). */
    record Bar(String category, String name, Map<String, Integer> inputsByGroup, Runnable onClick) {}

    private final Label heading = new Label();
    private final CategoryAxis names = new CategoryAxis();
    private final NumberAxis counts = Charts.countAxis(Messages.get("coverage.balanceChart.distinctInputsDrawnOn"));
    private final StackedBarChart<Number, String> chart = new StackedBarChart<>(counts, names);
    private List<Bar> bars = List.of();

    BalanceChart(String id) {
        heading.getStyleClass().add("coverage-heading");
        chart.setId(id);
        chart.getStyleClass().add("balance-chart");
        chart.setAnimated(false);
        chart.setCategoryGap(4);
        // one legend of group colours serves both balance charts (GroupLegend), so it never differs
        chart.setLegendVisible(false);
        names.setAutoRanging(false);
        getChildren().addAll(heading, chart);
        setSpacing(2);
    }

    void setTitle(String title) {
        heading.setText(title);
    }

    /**
     * Shows bars; {@code groups} are the groups among the sources, in list order, and
     * {@code groupList} every group (which decides a group's colour).
     */
    void show(List<Bar> shown, List<String> groups, List<String> groupList) {
        this.bars = List.copyOf(shown);
        Map<String, XYChart.Series<Number, String>> series = new LinkedHashMap<>();
        for (String g : groups) {
            XYChart.Series<Number, String> s = new XYChart.Series<>();
            s.setName(g);
            series.put(g, s);
        }
        List<String> categories = new ArrayList<>();
        long max = 0;
        for (Bar b : bars) {
            categories.add(b.category());
            long total = 0;
            for (Map.Entry<String, Integer> e : b.inputsByGroup().entrySet()) {
                series.get(e.getKey()).getData().add(new XYChart.Data<>(e.getValue(), b.category(), b));
                total += e.getValue();
            }
            max = Math.max(max, total);
        }
        Collections.reverse(categories);
        names.setCategories(FXCollections.observableArrayList(categories));
        Charts.fitTicks(counts, max);
        chart.getData().setAll(series.values());
        for (XYChart.Series<Number, String> s : series.values()) {
            String colour = Charts.colourOf(s.getName(), groupList);
            for (XYChart.Data<Number, String> d : s.getData()) {
                Bar b = (Bar) d.getExtraValue();
                d.getNode().setStyle("-fx-bar-fill: " + colour + ";");
                Charts.number(d, d.getXValue().longValue());
                Charts.tooltip(
                        d.getNode(),
                        Messages.get(
                                "coverage.balance.tip", b.name(), d.getXValue().longValue(), Charts.name(s.getName())));
                if (b.onClick() != null) {
                    d.getNode().setCursor(Cursor.HAND);
                    d.getNode().setOnMouseClicked(e -> b.onClick().run());
                }
            }
        }
        chart.setMinHeight(80 + 20.0 * bars.size());
        chart.setPrefHeight(100 + 24.0 * bars.size());
    }

    List<Bar> bars() {
        return bars;
    }

    StackedBarChart<Number, String> chart() {
        return chart;
    }
}
