package org.penholder.ui.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.penholder.coverage.Coverage;
import org.penholder.coverage.ParagraphSources;
import org.penholder.coverage.ScopeParagraph;
import org.penholder.coverage.SectionSources;
import org.penholder.model.Uptake;
import org.penholder.ui.common.Messages;

/**
 * Paragraphs and their sources: those without a source and those resting on one stakeholder group
 * (a click shows one in the draft), and the balance of sources by group, per section and per
 * paragraph of the chosen section.
 */
final class ParagraphsPane extends SplitPane {

    private final CoverageViewModel vm;
    private final Consumer<String> showParagraph;
    private final Label orphansHeading = new Label();
    private final Label oneGroupHeading = new Label();
    private final ListView<ParagraphSources> orphans = new ListView<>();
    private final ListView<ParagraphSources> oneGroup = new ListView<>();
    private final GroupLegend legend = new GroupLegend();
    private final BalanceChart sections = new BalanceChart("section-balance");
    private final BalanceChart paragraphs = new BalanceChart("paragraph-balance");
    private final ComboBox<SectionSources> section = new ComboBox<>();

    ParagraphsPane(CoverageViewModel vm, Consumer<String> showParagraph) {
        this.vm = vm;
        this.showParagraph = showParagraph;
        setId("paragraphs-pane");
        orphans.setId("orphans");
        oneGroup.setId("one-group");
        setUp(orphans, vm.orphans(), Messages.get("coverage.paragraphs.noOrphans"));
        setUp(oneGroup, vm.oneGroupOnly(), Messages.get("coverage.paragraphsPane.noneOnOneGroup"));
        orphansHeading.getStyleClass().add("coverage-heading");
        oneGroupHeading.getStyleClass().add("coverage-heading");
        VBox lists = new VBox(6, orphansHeading, orphans, oneGroupHeading, oneGroup);
        lists.setPadding(new Insets(10));
        VBox.setVgrow(orphans, Priority.ALWAYS);
        VBox.setVgrow(oneGroup, Priority.ALWAYS);

        section.setId("balance-section");
        section.setConverter(new StringConverter<>() {
            @Override
            public String toString(SectionSources s) {
                return s == null ? "" : Charts.section(s.title());
            }

            @Override
            public SectionSources fromString(String s) {
                return null;
            }
        });
        section.valueProperty().addListener((o, a, s) -> showParagraphsOf(s));
        sections.setTitle(Messages.get("coverage.paragraphsPane.sourcesBySection"));
        HBox chooser = new HBox(8, new Label(Messages.get("coverage.paragraphsPane.paragraphsOf")), section);
        chooser.setAlignment(Pos.CENTER_LEFT);
        Label explain = new Label(Messages.get("coverage.paragraphs.explain"));
        explain.setWrapText(true);
        explain.getStyleClass().add("muted");
        VBox charts = new VBox(10, explain, legend, sections, chooser, paragraphs);
        charts.setPadding(new Insets(10));
        ScrollPane scroll = new ScrollPane(charts);
        scroll.setFitToWidth(true);
        getItems().addAll(lists, scroll);
        setDividerPositions(0.32);
        vm.coverageProperty().addListener((o, a, c) -> show(c));
    }

    private void setUp(ListView<ParagraphSources> list, ObservableList<ParagraphSources> items, String empty) {
        list.setItems(items);
        Label placeholder = new Label(empty);
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("placeholder-text");
        list.setPlaceholder(placeholder);
        list.setCellFactory(l -> new ParagraphCell());
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                showInDraft(list.getSelectionModel().getSelectedItem());
            }
        });
    }

    private void showInDraft(ParagraphSources p) {
        if (p != null && p.paragraph().inDraft()) {
            showParagraph.accept(p.paragraph().id());
        }
    }

    private void show(Coverage c) {
        if (c == null) {
            return;
        }
        orphansHeading.setText(
                Messages.get("coverage.paragraphs.orphans", c.orphans().size()));
        oneGroupHeading.setText(
                Messages.get("coverage.paragraphs.oneGroup", c.oneGroupOnly().size()));
        List<String> groupList = c.groups().stream().map(Uptake::name).toList();
        legend.show(c.sourceGroups(), groupList);
        List<BalanceChart.Bar> bars = new ArrayList<>();
        for (SectionSources s : c.sections()) {
            bars.add(new BalanceChart.Bar(
                    sectionCategory(s), Charts.section(s.title()), s.inputsByGroup(), () -> section.setValue(s)));
        }
        sections.show(bars, c.sourceGroups(), groupList);
        SectionSources chosen = section.getValue();
        section.setItems(FXCollections.observableArrayList(c.sections()));
        SectionSources again = chosen == null
                ? null
                : c.sections().stream()
                        .filter(s -> s.sectionId().equals(chosen.sectionId()))
                        .findFirst()
                        .orElse(null);
        section.setValue(
                again != null
                        ? again
                        : c.sections().isEmpty() ? null : c.sections().getFirst());
        showParagraphsOf(section.getValue());
    }

    private static String sectionCategory(SectionSources s) {
        String name = Charts.section(s.title());
        String title = name.length() > 34 ? name.substring(0, 33) + "\u2026" : name;
        return title + (s.inputs() == 0 ? "  " + Messages.get("coverage.paragraphsPane.noSource") : "");
    }

    private void showParagraphsOf(SectionSources s) {
        Coverage c = vm.coverageProperty().get();
        if (c == null || s == null) {
            paragraphs.setTitle(Messages.get("coverage.paragraphsPane.sourcesByParagraph"));
            paragraphs.show(List.of(), List.of(), List.of());
            return;
        }
        paragraphs.setTitle(Messages.get("coverage.paragraphs.ofSection", Charts.section(s.title())));
        List<BalanceChart.Bar> bars = new ArrayList<>();
        for (ParagraphSources p : c.paragraphs()) {
            if (p.paragraph().sectionId().equals(s.sectionId())) {
                String note = p.isOrphan()
                        ? "  " + Messages.get("coverage.paragraphsPane.noSource")
                        : p.restsOnOneGroup() ? "  " + Messages.get("coverage.paragraphsPane.oneGroup") : "";
                bars.add(new BalanceChart.Bar(
                        p.paragraph().display() + note,
                        p.paragraph().display(),
                        p.inputsByGroup(),
                        p.paragraph().inDraft()
                                ? () -> showParagraph.accept(p.paragraph().id())
                                : null));
            }
        }
        paragraphs.show(
                bars, c.sourceGroups(), c.groups().stream().map(Uptake::name).toList());
    }

    BalanceChart sectionChart() {
        return sections;
    }

    BalanceChart paragraphChart() {
        return paragraphs;
    }

    ListView<ParagraphSources> orphanList() {
        return orphans;
    }

    ListView<ParagraphSources> oneGroupList() {
        return oneGroup;
    }

    /** A paragraph: its number, the groups it draws on, and the start of its text; a click shows it in the draft. */
    private final class ParagraphCell extends ListCell<ParagraphSources> {
        private final Label label = new Label();
        private final Label detail = new Label();
        private final Label text = new Label();
        private final VBox box = new VBox(1, new HBox(8, label, detail), text);

        ParagraphCell() {
            label.getStyleClass().add("paragraph-label");
            detail.getStyleClass().add("muted");
            text.getStyleClass().add("paragraph-snippet");
            text.setMaxWidth(Double.MAX_VALUE);
            setPrefWidth(0);
            setOnMouseClicked(e -> {
                if (!isEmpty() && e.getClickCount() == 1) {
                    showInDraft(getItem());
                }
            });
        }

        @Override
        protected void updateItem(ParagraphSources p, boolean empty) {
            super.updateItem(p, empty);
            if (empty || p == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            ScopeParagraph para = p.paragraph();
            label.setText(para.display());
            org.penholder.ui.common.SafeLine.show(
                    detail,
                    p.isOrphan()
                            ? Charts.section(para.sectionTitle())
                            : String.join(", ", p.inputsByGroup().keySet()) + " \u00B7 " + Charts.inputs(p.inputs()));
            org.penholder.ui.common.SafeLine.show(
                    text, para.text()); // one line, cut short, in any script (docs/adr/0060)
            setTooltip(
                    para.inDraft()
                            ? null
                            : new javafx.scene.control.Tooltip(Messages.get("coverage.paragraphs.notInDraft")));
            setDisable(false);
            setGraphic(box);
        }
    }
}
