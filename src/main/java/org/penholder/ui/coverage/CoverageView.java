package org.penholder.ui.coverage;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.penholder.coverage.Coverage;
import org.penholder.coverage.CoverageScope;
import org.penholder.ui.ProjectSession;
import org.penholder.ui.common.Formats;
import org.penholder.ui.common.Messages;

/**
 * Coverage: who is reflected where. For the working draft or a revision: uptake of inputs by
 * stakeholder group and by cluster, the inputs not reflected (to read and link), the paragraphs
 * without a source or resting on one group, and the transparency report. It follows the project's
 * changes ({@link CoverageViewModel}), at once while it shows, else when shown.
 */
public final class CoverageView extends BorderPane {

    /** The view's name in the workspace. */
    public static final String NAME = "Coverage";

    private final CoverageViewModel vm;
    private final ComboBox<CoverageScope> scope = new ComboBox<>();
    private final org.penholder.ui.common.SafeTextFlow definition = new org.penholder.ui.common.SafeTextFlow("muted");
    private final Tile reflected = new Tile("tile-reflected");
    private final Tile unreflected = new Tile("tile-unreflected");
    private final Tile orphans = new Tile("tile-orphans");
    private final Tile oneGroup = new Tile("tile-one-group");
    private final TabPane tabs = new TabPane();
    private final Tab unreflectedTab;
    private final Tab paragraphsTab;
    private final Tab reportTab;
    private final UptakeChart groups =
            new UptakeChart(Messages.get("coverage.coverageView.inputsReflectedByStakeholderGroup"), "group-uptake");
    private final UptakeChart clusters =
            new UptakeChart(Messages.get("coverage.coverageView.inputsReflectedByThematicCluster"), "cluster-uptake");
    private final UnreflectedPane unreflectedPane;
    private final ParagraphsPane paragraphsPane;
    private final ReportPane reportPane;

    /**
     * @param showParagraph shows a paragraph in the draft (the workspace's {@code showParagraph})
     * @param openInput     opens an input in the reader to read it and link a passage; null while
     *                      there is no reader, and then "Read and link…" is not offered
     */
    public CoverageView(ProjectSession session, Consumer<String> showParagraph, Consumer<Long> openInput) {
        this.vm = new CoverageViewModel(session);
        setId("coverage-view");
        getStyleClass().add("coverage-view");
        getStylesheets()
                .add(CoverageView.class
                        .getResource("/org/penholder/ui/coverage/coverage.css")
                        .toExternalForm());
        this.unreflectedPane = new UnreflectedPane(vm, openInput);
        this.paragraphsPane = new ParagraphsPane(vm, showParagraph);
        this.reportPane = new ReportPane(vm);

        setTop(header());
        HBox charts = new HBox(24, groups, clusters);
        HBox.setHgrow(groups, Priority.ALWAYS);
        HBox.setHgrow(clusters, Priority.ALWAYS);
        groups.setPrefWidth(520);
        clusters.setPrefWidth(620);
        charts.setPadding(new Insets(10));
        ScrollPane uptake = new ScrollPane(charts);
        uptake.setFitToWidth(true);
        Tab uptakeTab = new Tab(Messages.get("coverage.coverageView.uptake"), uptake);
        unreflectedTab = new Tab(Messages.get("coverage.coverageView.notReflected"), unreflectedPane);
        paragraphsTab = new Tab(Messages.get("coverage.coverageView.paragraphs"), paragraphsPane);
        reportTab = new Tab(Messages.get("coverage.coverageView.report"), reportPane);
        uptakeTab.setId("coverage-tab-uptake");
        unreflectedTab.setId("coverage-tab-not-reflected");
        paragraphsTab.setId("coverage-tab-paragraphs");
        reportTab.setId("coverage-tab-report");
        tabs.getTabs().addAll(uptakeTab, unreflectedTab, paragraphsTab, reportTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("coverage-tabs");
        reportTab.selectedProperty().addListener((o, a, now) -> reportPane.setShowing(now));
        setCenter(tabs);

        reflected.setOnMouseClicked(e -> tabs.getSelectionModel().select(uptakeTab));
        unreflected.setOnMouseClicked(e -> tabs.getSelectionModel().select(unreflectedTab));
        orphans.setOnMouseClicked(e -> tabs.getSelectionModel().select(paragraphsTab));
        oneGroup.setOnMouseClicked(e -> tabs.getSelectionModel().select(paragraphsTab));
        vm.coverageProperty().addListener((o, a, c) -> show(c));
    }

    private VBox header() {
        scope.setId("coverage-scope");
        scope.setItems(vm.scopes());
        scope.setConverter(new StringConverter<>() {
            @Override
            public String toString(CoverageScope s) {
                return s == null
                        ? ""
                        : s.isRevision() && s.frozenAt() != null
                                ? s.name() + "  \u00B7  " + Formats.date().format(s.frozenAt())
                                : Messages.get(s.title());
            }

            @Override
            public CoverageScope fromString(String s) {
                return null;
            }
        });
        scope.valueProperty().bindBidirectional(vm.scopeProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.loadingProperty());
        Label of = new Label(Messages.get("coverage.coverageView.coverageOf"));
        of.getStyleClass().add("coverage-title");
        HBox chooser = new HBox(8, of, scope, busy);
        chooser.setAlignment(Pos.CENTER_LEFT);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox tiles = new HBox(10, reflected, unreflected, orphans, oneGroup);
        HBox top = new HBox(16, chooser, gap, tiles);
        top.setAlignment(Pos.CENTER_LEFT);
        definition.setId("coverage-definition");
        VBox header = new VBox(6, top, definition);
        header.setPadding(new Insets(10, 12, 8, 12));
        header.getStyleClass().add("coverage-header");
        return header;
    }

    private void show(Coverage c) {
        if (c == null) {
            return;
        }
        definition.setText(Messages.get(c.scope().definition()));
        reflected.show(
                c.total().percent(),
                Messages.get(
                        "coverage.tile.reflected",
                        c.total().reflected(),
                        c.total().inputs()),
                c.total().hasInputs() && c.total().unreflected() == 0);
        unreflected.show(
                Long.toString(c.total().unreflected()),
                Messages.get("coverage.tile.unreflected", c.total().unreflected()),
                c.total().unreflected() == 0);
        orphans.show(
                Integer.toString(c.orphans().size()),
                Messages.get("coverage.tile.orphans", c.orphans().size()),
                c.orphans().isEmpty());
        oneGroup.show(
                Integer.toString(c.oneGroupOnly().size()),
                Messages.get("coverage.tile.oneGroup", c.oneGroupOnly().size()),
                c.oneGroupOnly().isEmpty());
        unreflectedTab.setText(
                Messages.get("coverage.tab.unreflected", c.total().unreflected()));
        paragraphsTab.setText(
                Messages.get("coverage.tab.paragraphs", c.orphans().size()));
        groups.show(c.groups());
        clusters.show(c.clusters());
    }

    /** Whether the view is on screen: hidden, it waits to be shown before reading coverage again. */
    public void setShowing(boolean showing) {
        vm.setShowing(showing);
        reportPane.setShowing(showing && reportTab.isSelected());
    }

    /** Follows a workspace tab: the view reads coverage while the tab is selected. */
    public void showWhenSelected(Tab tab) {
        tab.selectedProperty().addListener((o, a, now) -> setShowing(now));
        setShowing(tab.isSelected());
    }

    /** Where "Export as Word…" of the report sends the chosen text (the window's export of the report). */
    public void setOnExportReport(Consumer<CoverageScope> export) {
        reportPane.setOnExport(export);
    }

    /** The scope chosen in the view (the export offers it first). */
    public CoverageScope scope() {
        return vm.scopeProperty().get();
    }

    public CoverageViewModel viewModel() {
        return vm;
    }

    UptakeChart groupChart() {
        return groups;
    }

    UptakeChart clusterChart() {
        return clusters;
    }

    UnreflectedPane unreflectedPane() {
        return unreflectedPane;
    }

    ParagraphsPane paragraphsPane() {
        return paragraphsPane;
    }

    ReportPane reportPane() {
        return reportPane;
    }

    TabPane tabs() {
        return tabs;
    }

    /** A headline figure: a number and what it counts; green when all is well. */
    static final class Tile extends VBox {
        private final Label figure = new Label();
        private final Label caption = new Label();

        Tile(String id) {
            setId(id);
            getStyleClass().add("coverage-tile");
            figure.getStyleClass().add("tile-figure");
            caption.getStyleClass().add("tile-caption");
            getChildren().addAll(figure, caption);
            setAlignment(Pos.CENTER_LEFT);
        }

        void show(String number, String what, boolean good) {
            figure.setText(number);
            caption.setText(what);
            getStyleClass().removeAll("good", "attention");
            getStyleClass().add(good ? "good" : "attention");
        }

        String figure() {
            return figure.getText();
        }

        String caption() {
            return caption.getText();
        }
    }
}
