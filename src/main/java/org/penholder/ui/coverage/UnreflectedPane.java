package org.penholder.ui.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.penholder.coverage.Coverage;
import org.penholder.model.InputCoverage;
import org.penholder.model.Uptake;
import org.penholder.ui.common.FieldLine;
import org.penholder.ui.common.Formats;
import org.penholder.ui.common.Messages;
import org.penholder.ui.common.SafeTextFlow;
import org.penholder.ui.common.TextPreview;

/**
 * The inputs no paragraph draws on: a list filtered by group, cluster and words, and beside it the
 * chosen input to read, with "Read and link…" handing it to the reader.
 */
final class UnreflectedPane extends BorderPane {

    private final CoverageViewModel vm;
    private final Consumer<Long> openInput;
    private final ComboBox<String> group = new ComboBox<>();
    private final ComboBox<String> cluster = new ComboBox<>();
    private final TextField words = new TextField();
    private final Label count = new Label();
    private final TableView<InputCoverage> table = new TableView<>();
    // titles, names and texts of any language: safe flows, not wrapping labels or a text area (docs/adr/0060)
    private final SafeTextFlow title = new SafeTextFlow("preview-title");
    // fields left to right, each in its own direction: an Arabic name leaves the English group in place
    private final FieldLine who = new FieldLine("preview-field");
    private final FieldLine where = new FieldLine("muted");
    private final TextPreview text = new TextPreview();
    private final Button readAndLink =
            new Button(Messages.get("coverage.unreflectedPane.readAndLink"), new FontIcon(Material2AL.LINK));
    private long previewRequest;

    UnreflectedPane(CoverageViewModel vm, Consumer<Long> openInput) {
        this.vm = vm;
        this.openInput = openInput;
        setId("unreflected-pane");
        setTop(filters());
        setCenter(new SplitPane(table(), preview()));
        ((SplitPane) getCenter()).setDividerPositions(0.6);
        vm.coverageProperty().addListener((o, a, c) -> fillChoices(c));
        vm.unreflected().addListener((javafx.collections.ListChangeListener<InputCoverage>) ch -> updateCount());
        vm.allUnreflected().addListener((javafx.collections.ListChangeListener<InputCoverage>) ch -> updateCount());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, in) -> showPreview(in));
    }

    private HBox filters() {
        group.setId("unreflected-group");
        cluster.setId("unreflected-cluster");
        words.setId("unreflected-words");
        count.setId("unreflected-count");
        StringConverter<String> all = new StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null || s.isEmpty() ? Messages.get("coverage.filter.all") : Charts.name(s);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        };
        group.setConverter(all);
        cluster.setConverter(all);
        group.valueProperty().bindBidirectional(vm.groupFilterProperty());
        cluster.valueProperty().bindBidirectional(vm.clusterFilterProperty());
        words.textProperty().bindBidirectional(vm.textFilterProperty());
        group.setPrefWidth(170);
        cluster.setPrefWidth(230);
        words.setPromptText(Messages.get("coverage.unreflectedPane.stakeholderOrTitle"));
        words.setPrefColumnCount(18);
        count.getStyleClass().add("muted");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(
                8,
                new Label(Messages.get("coverage.unreflectedPane.group")),
                group,
                new Label(Messages.get("coverage.unreflectedPane.cluster")),
                cluster,
                new Label(Messages.get("coverage.unreflectedPane.find")),
                words,
                gap,
                count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 10, 8, 10));
        return bar;
    }

    /** The inputs not reflected, as listed (for tests). */
    TableView<InputCoverage> inputsTable() {
        return table;
    }

    private TableView<InputCoverage> table() {
        table.setId("unreflected-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns()
                .add(column(
                        Messages.get("coverage.unreflectedPane.stakeholder"),
                        150,
                        in -> in.stakeholder() == null
                                ? Messages.get("coverage.unknownStakeholder")
                                : in.stakeholder()));
        table.getColumns().add(column(Messages.get("coverage.unreflectedPane.group"), 105, CoverageViewModel::groupOf));
        table.getColumns().add(column(Messages.get("coverage.unreflectedPane.input"), 260, InputCoverage::title));
        table.getColumns()
                .add(column(
                        Messages.get("coverage.unreflectedPane.clusters"),
                        150,
                        in -> String.join(", ", in.clusters())));
        TableColumn<InputCoverage, String> date = column(
                Messages.get("coverage.unreflectedPane.date"),
                95,
                in -> in.date() == null ? "" : in.date().toString());
        date.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String iso, boolean empty) {
                super.updateItem(iso, empty);
                setText(
                        empty || iso == null || iso.isEmpty()
                                ? null
                                : Formats.date().format(java.time.LocalDate.parse(iso)));
            }
        });
        table.getColumns().add(date);
        SortedList<InputCoverage> sorted = new SortedList<>(vm.unreflected());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        Label empty = new Label();
        empty.setWrapText(true);
        empty.getStyleClass().add("placeholder-text");
        empty.textProperty()
                .bind(javafx.beans.binding.Bindings.createStringBinding(
                        () -> vm.allUnreflected().isEmpty()
                                ? Messages.get("coverage.unreflected.none")
                                : Messages.get("coverage.unreflected.noMatch"),
                        vm.allUnreflected()));
        table.setPlaceholder(empty);
        table.setRowFactory(t -> {
            TableRow<InputCoverage> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                open(table.getSelectionModel().getSelectedItem());
            }
        });
        return table;
    }

    private static TableColumn<InputCoverage, String> column(
            String name, double width, java.util.function.Function<InputCoverage, String> value) {
        TableColumn<InputCoverage, String> c = new TableColumn<>(name);
        c.setComparator(org.penholder.ui.common.Formats.names()); // as the window's language sorts
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setCellFactory(
                org.penholder.ui.common.SafeCells.forTable()); // names and titles in any script (docs/adr/0060)
        return c;
    }

    private VBox preview() {
        title.setId("preview-title");
        text.setId("preview-text");
        if (openInput != null) {
            text.setOnReadAll(() -> open(table.getSelectionModel().getSelectedItem()));
        }
        readAndLink.setId("read-and-link");
        readAndLink.getStyleClass().add("accent");
        readAndLink.setOnAction(e -> open(table.getSelectionModel().getSelectedItem()));
        readAndLink.setDisable(true);
        // without a reader to hand the input to, the preview is where it is read
        readAndLink.setVisible(openInput != null);
        readAndLink.setManaged(openInput != null);
        VBox box = new VBox(6, title, who, where, text, readAndLink);
        box.setPadding(new Insets(10));
        VBox.setVgrow(text, Priority.ALWAYS);
        title.setText(Messages.get("coverage.unreflectedPane.selectAnInputToRead"));
        text.setVisible(false);
        return box;
    }

    private void open(InputCoverage in) {
        if (in != null && openInput != null) {
            openInput.accept(in.id());
        }
    }

    private void showPreview(InputCoverage in) {
        long mine = ++previewRequest;
        readAndLink.setDisable(in == null);
        text.setVisible(in != null);
        if (in == null) {
            title.setText(Messages.get("coverage.unreflectedPane.selectAnInputToRead"));
            who.setFields(List.of());
            where.setFields(List.of());
            text.setText("");
            return;
        }
        title.setText(in.title());
        who.setFields(List.of(
                in.stakeholder() == null ? Messages.get("coverage.unknownStakeholder") : in.stakeholder(),
                CoverageViewModel.groupOf(in)));
        List<String> parts = new ArrayList<>();
        parts.add(Messages.of(in.kind()));
        if (in.occasion() != null && !in.occasion().isBlank()) {
            parts.add(in.occasion());
        }
        if (in.date() != null) {
            parts.add(Formats.date().format(in.date()));
        }
        if (!in.clusters().isEmpty()) {
            parts.add(String.join(", ", in.clusters()));
        }
        where.setFields(parts);
        text.setText(Messages.get("coverage.unreflectedPane.reading"));
        vm.preview(in.id()).whenComplete((p, e) -> {
            if (mine == previewRequest) {
                text.setText(
                        p != null ? p.text() : Messages.get("coverage.unreflectedPane.cannotRead", e.getMessage()));
            }
        });
    }

    private void fillChoices(Coverage c) {
        if (c == null) {
            return;
        }
        List<String> groups = new ArrayList<>(List.of(CoverageViewModel.ALL));
        c.groups().stream().filter(u -> u.unreflected() > 0).map(Uptake::name).forEach(groups::add);
        List<String> clusters = new ArrayList<>(List.of(CoverageViewModel.ALL));
        c.clusters().stream().filter(u -> u.unreflected() > 0).map(Uptake::name).forEach(clusters::add);
        keepChoice(group, groups);
        keepChoice(cluster, clusters);
        updateCount();
    }

    /** New choices; a filter whose value has gone (all its inputs linked) goes back to "All". */
    private static void keepChoice(ComboBox<String> box, List<String> choices) {
        String value = box.getValue();
        box.setItems(FXCollections.observableArrayList(choices));
        box.setValue(value != null && choices.contains(value) ? value : CoverageViewModel.ALL);
    }

    private void updateCount() {
        int shown = vm.unreflected().size();
        int all = vm.allUnreflected().size();
        count.setText(shown == all ? Charts.inputs(all) : Messages.get("coverage.unreflected.count", shown, all));
    }

    TableView<InputCoverage> tableView() {
        return table;
    }

    Button readAndLinkButton() {
        return readAndLink;
    }
}
