package org.penholder.ui.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.penholder.coverage.CoverageScope;
import org.penholder.coverage.ParagraphSources;
import org.penholder.coverage.ScopeParagraph;
import org.penholder.model.LinkedPassage;
import org.penholder.ui.common.Messages;
import org.penholder.ui.common.RtlSafeText;
import org.penholder.ui.common.SafeTextFlow;
import org.penholder.ui.common.Widths;

/**
 * The transparency report as the app shows it: every paragraph of the chosen text with the
 * passages it draws on, as the exported Word file lists them. Its figures are on the other tabs.
 */
final class ReportPane extends BorderPane {

    /**
     * A line of the report: a section heading, a paragraph (with its sources, each listed on a line of
     * its own after it), or one of its sources. A paragraph may draw on dozens of passages: one line
     * each keeps every cell of the list small, so the list builds only what shows.
     */
    sealed interface Row permits Heading, Entry, Source {}

    record Heading(String title) implements Row {}

    record Entry(ScopeParagraph paragraph, List<LinkedPassage> sources) implements Row {}

    record Source(LinkedPassage passage) implements Row {}

    private final CoverageViewModel vm;
    private final SafeTextFlow summary = new SafeTextFlow();
    private final ListView<Row> rows = new ListView<>();
    private final Button export =
            new Button(Messages.get("coverage.reportPane.exportAsWord"), new FontIcon(Material2AL.DESCRIPTION));
    private Consumer<CoverageScope> onExport;
    private boolean showing;
    private boolean stale = true;
    private long request;

    ReportPane(CoverageViewModel vm) {
        this.vm = vm;
        setId("report-pane");
        summary.setId("report-summary");
        export.setId("export-report");
        export.setOnAction(e -> {
            if (onExport != null) {
                onExport.accept(vm.scopeProperty().get());
            }
        });
        export.setVisible(false);
        export.setManaged(false);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(12, summary, gap, export);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(8, 10, 8, 10));
        HBox.setHgrow(summary, Priority.SOMETIMES);
        setTop(top);
        rows.setId("report-rows");
        rows.setCellFactory(l -> new RowCell(l));
        Label loading = new Label(Messages.get("coverage.reportPane.readingTheSources"));
        loading.getStyleClass().add("placeholder-text");
        rows.setPlaceholder(loading);
        setCenter(rows);
        vm.coverageProperty().addListener((o, a, c) -> {
            stale = true;
            if (showing) {
                load();
            }
        });
    }

    /** Where "Export as Word…" sends the chosen text; the button shows once this is set. */
    void setOnExport(Consumer<CoverageScope> onExport) {
        this.onExport = onExport;
        export.setVisible(onExport != null);
        export.setManaged(onExport != null);
    }

    /** The report is read only while its tab shows: a large one lists every linked passage. */
    void setShowing(boolean showing) {
        this.showing = showing;
        if (showing && stale) {
            load();
        }
    }

    private void load() {
        stale = false;
        long mine = ++request;
        vm.report().whenComplete((r, e) -> {
            if (mine != request) {
                return;
            }
            if (r == null) {
                summary.setText(Messages.get("coverage.reportPane.cannotBeRead", e.getMessage()));
                return;
            }
            List<Row> out = new ArrayList<>();
            String section = null;
            for (ParagraphSources p : r.coverage().paragraphs()) {
                if (!p.paragraph().sectionTitle().equals(section)) {
                    section = p.paragraph().sectionTitle();
                    out.add(new Heading(Charts.section(section)));
                }
                List<LinkedPassage> sources = r.sourcesOf(p.paragraph().id());
                out.add(new Entry(p.paragraph(), sources));
                sources.forEach(source -> out.add(new Source(source)));
            }
            rows.getItems().setAll(out);
            summary.setText(Messages.get(
                    "coverage.report.summary",
                    r.scope().isRevision() ? r.scope().name() : Messages.get("coverage.report.workingDraft"),
                    r.linkCount(),
                    r.coverage().paragraphs().size()));
        });
    }

    ListView<Row> rows() {
        return rows;
    }

    /** One line of the report, drawn as the Word file prints it. */
    private static final class RowCell extends ListCell<Row> {
        private final ListView<Row> owner;

        RowCell(ListView<Row> owner) {
            this.owner = owner;
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("report-heading", "report-entry", "report-source-line");
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            var width = Widths.inside(owner.widthProperty(), 48);
            switch (row) {
                case Heading h -> {
                    getStyleClass().add("report-heading");
                    Label l = new Label();
                    org.penholder.ui.common.SafeLine.show(l, h.title());
                    l.getStyleClass().add("coverage-heading");
                    setGraphic(l);
                }
                case Entry e -> {
                    getStyleClass().add("report-entry");
                    // paragraphs and quotes of any language: safe flows (docs/adr/0060)
                    SafeTextFlow paragraph = RtlSafeText.flow(List.of(
                            RtlSafeText.Run.of(e.paragraph().display() + "  ", "report-text", "paragraph-label"),
                            RtlSafeText.Run.of(e.paragraph().text(), "report-text")));
                    RtlSafeText.orient(paragraph, e.paragraph().text());
                    paragraph.prefWidthProperty().bind(width);
                    VBox box = new VBox(4, paragraph);
                    if (e.sources().isEmpty()) {
                        Label none = new Label(Messages.get("coverage.reportPane.noLinkedSource"));
                        none.getStyleClass().add("no-source");
                        box.getChildren().add(none);
                    }
                    setGraphic(box);
                }
                case Source s -> {
                    getStyleClass().add("report-source-line");
                    LinkedPassage p = s.passage();
                    SafeTextFlow source = RtlSafeText.flow(List.of(
                            RtlSafeText.Run.of(
                                    p.stakeholder() == null
                                            ? Messages.get("inputs.reader.unknownStakeholder")
                                            : p.stakeholder(),
                                    "report-text",
                                    "who"),
                            RtlSafeText.Run.of(
                                    (p.group() == null ? "" : " (" + p.group() + ")") + ", " + p.inputTitle() + "\n",
                                    "report-text"),
                            RtlSafeText.Run.of(
                                    "\u201C" + p.link().quote().strip() + "\u201D", "report-text", "quote")));
                    source.getStyleClass().add("report-source");
                    source.prefWidthProperty().bind(Widths.inside(owner.widthProperty(), 72));
                    setGraphic(new VBox(source)); // laid out as the paragraph's box is (docs/adr/0060)
                }
            }
        }
    }
}
