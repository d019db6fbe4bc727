package org.penholder.ui.coverage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.penholder.model.Uptake;
import org.penholder.ui.common.Messages;

/**
 * Uptake as horizontal bars, one per stakeholder group or cluster: inputs reflected, then those
 * not reflected, with the counts on the bars and the share beside each name.
 */
final class UptakeChart extends VBox {

    private final CategoryAxis names = new CategoryAxis();
    private final NumberAxis counts = Charts.countAxis(Messages.get("coverage.uptakeChart.inputs"));
    private final StackedBarChart<Number, String> chart = new StackedBarChart<>(counts, names);
    private List<Uptake> rows = List.of();

    UptakeChart(String title, String id) {
        Label heading = new Label(title);
        heading.getStyleClass().add("coverage-heading");
        chart.setId(id);
        chart.getStyleClass().add("uptake-chart");
        chart.setAnimated(false);
        chart.setCategoryGap(5);
        chart.setLegendVisible(true);
        names.setAutoRanging(false);
        getChildren().addAll(heading, chart);
        VBox.setVgrow(chart, Priority.ALWAYS);
        setSpacing(2);
    }

    /** The category shown for a row: its name and share. */
    static String category(Uptake u) {
        return Charts.name(u.name()) + "  " + u.percent();
    }

    void show(List<Uptake> uptake) {
        this.rows = List.copyOf(uptake);
        List<String> categories = new ArrayList<>();
        XYChart.Series<Number, String> reflected = new XYChart.Series<>();
        reflected.setName(Messages.get("coverage.uptake.reflected"));
        XYChart.Series<Number, String> not = new XYChart.Series<>();
        not.setName(Messages.get("coverage.uptake.notReflected"));
        long max = 0;
        for (Uptake u : rows) {
            String category = category(u);
            categories.add(category);
            reflected.getData().add(new XYChart.Data<>(u.reflected(), category));
            not.getData().add(new XYChart.Data<>(u.unreflected(), category));
            max = Math.max(max, u.inputs());
        }
        // a vertical category axis runs upwards; reversed, the list reads from the top
        Collections.reverse(categories);
        names.setCategories(FXCollections.observableArrayList(categories));
        Charts.fitTicks(counts, max);
        chart.getData().setAll(List.of(reflected, not));
        for (int i = 0; i < rows.size(); i++) {
            Uptake u = rows.get(i);
            String tip = u.hasInputs()
                    ? Messages.get(
                            "coverage.uptake.tip.share", Charts.name(u.name()), u.reflected(), u.inputs(), u.percent())
                    : Messages.get("coverage.uptake.tip", Charts.name(u.name()), u.reflected(), u.inputs());
            for (XYChart.Series<Number, String> s : List.of(reflected, not)) {
                XYChart.Data<Number, String> d = s.getData().get(i);
                Charts.number(d, d.getXValue().longValue());
                Charts.tooltip(d.getNode(), tip);
            }
        }
        chart.setMinHeight(90 + 22.0 * rows.size());
        chart.setPrefHeight(110 + 26.0 * rows.size());
    }

    /** The rows shown, in order (for tests). */
    List<Uptake> rows() {
        return rows;
    }

    StackedBarChart<Number, String> chart() {
        return chart;
    }
}
