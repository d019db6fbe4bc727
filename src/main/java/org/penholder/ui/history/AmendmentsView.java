package org.penholder.ui.history;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.penholder.history.Proposal;
import org.penholder.model.Amendment;
import org.penholder.model.AmendmentStatus;
import org.penholder.ui.ProjectSession;
import org.penholder.ui.common.Formats;
import org.penholder.ui.common.Messages;
import org.penholder.ui.common.Names;
import org.penholder.ui.common.SafeCells;
import org.penholder.ui.common.SafeLine;

/**
 * The Amendments view: delegations' proposals (filtered by proposer, state and paragraph, each shown
 * as a redline of its paragraph, conflicts flagged; accept, reject, withdraw) and the log of every
 * amendment, newest first.
 */
public final class AmendmentsView extends BorderPane {

    private static final String ANY = AmendmentsViewModel.ANY;

    private final AmendmentsViewModel vm;
    private final Consumer<String> showParagraph;
    private final ComboBox<String> proposer = new ComboBox<>();
    private final ComboBox<String> status = new ComboBox<>();
    private final TextField paragraph = new TextField();
    private final javafx.scene.control.CheckBox mergeConflicts =
            new javafx.scene.control.CheckBox(Messages.get("history.amendmentsView.mergeConflicts"));
    private final MergeConflictDetail bothVersions = new MergeConflictDetail();
    private final TableView<Proposal> table;
    private final TextFlow redline = new TextFlow();
    private final org.penholder.ui.common.SafeTextFlow detail = new org.penholder.ui.common.SafeTextFlow();
    private final Label detailTitle = new Label();
    private final Label warning = new Label();
    private final Button accept = new Button(Messages.get("history.amendmentsView.accept"));
    private final Button reject = new Button(Messages.get("history.amendmentsView.reject"));
    private final Button withdraw = new Button(Messages.get("history.amendmentsView.markWithdrawn"));
    private final Button show = new Button(Messages.get("history.amendmentsView.showParagraph"));
    private final TableView<AmendmentsViewModel.LogRow> logTable;
    private final ProposalForm form;
    private final javafx.scene.control.TitledPane formPane;

    /**
     * @param currentLabel  the label of the draft's current paragraph (the form's paragraph when none is typed)
     * @param showParagraph shows a paragraph, by id, in the draft
     */
    public AmendmentsView(
            ProjectSession session, java.util.function.Supplier<String> currentLabel, Consumer<String> showParagraph) {
        this.vm = new AmendmentsViewModel(session);
        this.showParagraph = showParagraph;
        this.table = new TableView<>(vm.proposals());
        this.logTable = new TableView<>(vm.log());
        this.form = new ProposalForm(new ProposalFormViewModel(session, vm.commands()), currentLabel);
        vm.stakeholders()
                .addListener((javafx.collections.ListChangeListener<String>) c -> form.setProposers(vm.stakeholders()));
        this.formPane = new javafx.scene.control.TitledPane(Messages.get("history.amendments.recordProposal"), form);
        formPane.setId("proposal-form-pane");
        formPane.setExpanded(false);
        setId("amendments-view");
        getStylesheets().add(AmendmentsView.class.getResource("history.css").toExternalForm());

        TabPane tabs = new TabPane(
                new Tab(Messages.get("history.amendmentsView.proposals"), proposalsPane()),
                new Tab(Messages.get("history.amendmentsView.log"), logPane()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setCenter(tabs);
        // the selection and its details follow the proposals as they are read again
        vm.proposals().addListener((javafx.collections.ListChangeListener<Proposal>) c -> reselect());
    }

    public AmendmentsViewModel viewModel() {
        return vm;
    }

    /** A filter's value as shown: "All" in the interface's words, the others through {@code name}. */
    private static javafx.util.StringConverter<String> shown(java.util.function.UnaryOperator<String> name) {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(String v) {
                return v == null ? "" : ANY.equals(v) ? Messages.get("history.amendmentsView.all") : name.apply(v);
            }

            @Override
            public String fromString(String shown) {
                return shown; // not editable
            }
        };
    }

    private BorderPane proposalsPane() {
        proposer.setId("filter-proposer");
        status.setId("filter-status");
        paragraph.setId("filter-paragraph");
        // the filter holds the status's code (which AmendmentStatus.parse reads), shown in the interface's words
        status.getItems().add(ANY);
        for (AmendmentStatus s : AmendmentStatus.values()) {
            if (s != AmendmentStatus.APPLIED) {
                status.getItems().add(s.name());
            }
        }
        status.setConverter(shown(v -> Messages.of(AmendmentStatus.parse(v))));
        proposer.setConverter(shown(Names::person));
        status.valueProperty().bindBidirectional(vm.statusFilterProperty());
        proposer.setItems(vm.proposers());
        proposer.valueProperty().bindBidirectional(vm.proposerFilterProperty());
        paragraph.setPromptText(Messages.get("history.amendmentsView.eGOp12"));
        paragraph.setPrefColumnCount(8);
        proposer.setOnAction(e -> vm.refresh());
        status.setOnAction(e -> vm.refresh());
        paragraph.setOnAction(e -> {
            vm.paragraphFilterProperty().set(paragraph.getText());
            vm.refresh();
        });
        mergeConflicts.setId("filter-merge-conflicts");
        mergeConflicts.selectedProperty().bindBidirectional(vm.mergeConflictsOnlyProperty());
        mergeConflicts.setOnAction(e -> vm.refresh());
        HBox filters = new HBox(
                new Label(Messages.get("history.amendmentsView.proposer")),
                proposer,
                new Label(Messages.get("history.amendmentsView.state")),
                status,
                new Label(Messages.get("history.amendmentsView.paragraph")),
                paragraph,
                mergeConflicts);
        filters.getStyleClass().add("history-toolbar");

        table.setId("proposal-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("#", 50, p -> Long.toString(p.id())));
        table.getColumns()
                .add(column(Messages.get("history.amendmentsView.proposer"), 180, p -> Names.person(p.proposer())));
        table.getColumns().add(column(Messages.get("history.amendmentsView.paragraph"), 120, Proposal::where));
        table.getColumns().add(column(Messages.get("history.amendmentsView.kind"), 120, p -> Messages.of(p.kind())));
        table.getColumns().add(column(Messages.get("history.amendmentsView.state"), 90, p -> Messages.of(p.status())));
        table.getColumns().add(column(Messages.get("history.amendmentsView.proposedText"), 260, Proposal::text));
        table.getColumns().add(column(Messages.get("history.amendmentsView.flags"), 160, AmendmentsView::flags));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Proposal p, boolean empty) {
                super.updateItem(p, empty);
                getStyleClass().removeAll("conflict-row", "merge-conflict-row");
                if (!empty && p != null && p.conflicting()) {
                    getStyleClass().add("conflict-row");
                }
                if (!empty && p != null && p.mergeConflict()) {
                    getStyleClass().add("merge-conflict-row");
                }
            }
        });
        table.setPlaceholder(new Label(Messages.get("history.amendmentsView.noProposalsDelegationsProposalsAre")));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> showDetail(now));

        accept.setId("proposal-accept");
        reject.setId("proposal-reject");
        withdraw.setId("proposal-withdraw");
        accept.setOnAction(e -> vm.accept(table.getSelectionModel().getSelectedItem()));
        reject.setOnAction(e -> vm.reject(table.getSelectionModel().getSelectedItem()));
        withdraw.setOnAction(e -> vm.withdraw(table.getSelectionModel().getSelectedItem()));
        show.setOnAction(e -> {
            Proposal p = table.getSelectionModel().getSelectedItem();
            if (p != null) {
                showParagraph.accept(p.paragraphId() != null ? p.paragraphId() : p.afterId());
            }
        });
        redline.getStyleClass().add("diff-flow");
        redline.setId("proposal-redline");
        detailTitle.getStyleClass().add("history-step-header");
        warning.setWrapText(true);
        warning.getStyleClass().add("conflict");
        VBox details = new VBox(
                detailTitle, detail, warning, bothVersions, redline, new HBox(8, accept, reject, withdraw, show));
        details.getStyleClass().add("proposal-detail");
        ScrollPane scroll = new ScrollPane(details);
        scroll.setFitToWidth(true);
        showDetail(null);

        SplitPane split = new SplitPane(table, scroll);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.6);
        BorderPane pane = new BorderPane(split);
        pane.setTop(new VBox(filters, formPane));
        return pane;
    }

    private BorderPane logPane() {
        logTable.setId("amendment-log");
        logTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        logTable.getColumns()
                .add(logColumn("#", 60, r -> Long.toString(r.amendment().id())));
        logTable.getColumns()
                .add(logColumn(
                        Messages.get("history.amendmentsView.when"),
                        110,
                        r -> Formats.dateTime().format(r.amendment().createdAt())));
        logTable.getColumns()
                .add(logColumn(
                        Messages.get("history.amendmentsView.who"),
                        170,
                        r -> Names.person(r.amendment().author())
                                + (r.amendment().team().isEmpty()
                                        ? ""
                                        : " (" + r.amendment().team() + ")")));
        logTable.getColumns()
                .add(logColumn(
                        Messages.get("history.amendmentsView.paragraph"), 90, AmendmentsViewModel.LogRow::paragraph));
        logTable.getColumns()
                .add(logColumn(Messages.get("history.amendmentsView.kind"), 130, r -> kindText(r.amendment())));
        // the word diff of each change is worked out on the project's thread, with the log
        logTable.getColumns()
                .add(logColumn(Messages.get("history.amendmentsView.change"), 400, AmendmentsViewModel.LogRow::change));
        logTable.setPlaceholder(new Label(Messages.get("history.amendmentsView.noAmendmentsYet")));
        logTable.setRowFactory(t -> {
            TableRow<AmendmentsViewModel.LogRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2
                        && row.getItem() != null
                        && row.getItem().amendment().paragraphId() != null) {
                    showParagraph.accept(row.getItem().amendment().paragraphId());
                }
            });
            return row;
        });
        return new BorderPane(logTable);
    }

    private static String kindText(Amendment a) {
        return Messages.of(a.kind())
                + (a.proposalId() != null
                        ? " " + Messages.get("history.amendmentsView.proposalNumber", a.proposalId())
                        : "")
                + (a.status() != AmendmentStatus.APPLIED ? " [" + a.status().code() + "]" : "");
    }

    /** What to note of a proposal: a merge conflict, conflicts with other proposals, outdated. */
    private static String flags(Proposal p) {
        List<String> flags = new ArrayList<>();
        if (p.mergeConflict()) {
            flags.add(Messages.get("history.flags.mergeConflict"));
        }
        if (p.conflicting()) {
            flags.add(Messages.get("history.flags.conflictsWith", join(p.conflictsWith())));
        }
        if (p.outdated()) {
            flags.add(Messages.get("history.flags.outdated"));
        }
        return String.join("; ", flags);
    }

    private static String join(List<Long> ids) {
        return String.join(", #", ids.stream().map(String::valueOf).toList());
    }

    private static TableColumn<Proposal, String> column(
            String name, double width, java.util.function.Function<Proposal, String> value) {
        TableColumn<Proposal, String> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        c.setCellFactory(SafeCells.forTable()); // proposers and texts in Arabic or Hebrew (docs/adr/0060)
        return c;
    }

    private static TableColumn<AmendmentsViewModel.LogRow, String> logColumn(
            String name, double width, java.util.function.Function<AmendmentsViewModel.LogRow, String> value) {
        TableColumn<AmendmentsViewModel.LogRow, String> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        c.setCellFactory(SafeCells.forTable());
        return c;
    }

    private void showDetail(Proposal p) {
        boolean open = AmendmentsViewModel.canDecide(p);
        accept.setDisable(!open || p.outdated());
        reject.setDisable(!open);
        withdraw.setDisable(!open);
        show.setDisable(p == null);
        bothVersions.show(null);
        if (p == null) {
            detailTitle.setText("");
            detail.setText(Messages.get("history.amendmentsView.selectAProposalToSee"));
            warning.setText("");
            redline.getChildren().clear();
            return;
        }
        SafeLine.show(
                detailTitle,
                Messages.get(
                        "history.amendmentsView.detailTitle",
                        String.valueOf(p.id()),
                        Messages.of(p.kind()),
                        p.whereSaid(),
                        Names.person(p.proposer()),
                        Messages.of(p.status())));
        detail.setText(
                p.rationale() == null
                        ? Messages.get("history.amendmentsView.noRationale")
                        : Messages.get("history.amendmentsView.rationale", p.rationale()));
        StringBuilder w = new StringBuilder();
        if (p.conflicting()) {
            w.append(Messages.get("history.amendmentsView.conflictsWith", join(p.conflictsWith())));
        }
        if (p.outdated()) {
            w.append(w.isEmpty() ? "" : "\n").append(Messages.get("history.amendmentsView.outdated"));
        }
        warning.setText(w.toString());
        warning.setVisible(!w.isEmpty());
        warning.setManaged(!w.isEmpty());
        DiffText.fill(redline, p.redline(), DiffText.Show.BOTH);
        bothVersions.show(p);
        // a merge conflict shows both versions side by side instead
        redline.setVisible(!p.mergeConflict());
        redline.setManaged(!p.mergeConflict());
    }

    /** Selects again the proposal selected before the list was read again, and shows its details. */
    private void reselect() {
        Proposal selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            vm.proposals().stream()
                    .filter(p -> p.id() == selected.id())
                    .findFirst()
                    .ifPresent(p -> table.getSelectionModel().select(p));
        }
        showDetail(table.getSelectionModel().getSelectedItem());
    }

    /** Reads proposals and the log again, with the filters as set. */
    public CompletableFuture<Void> refresh() {
        vm.paragraphFilterProperty().set(paragraph.getText());
        return vm.refresh();
    }

    public TableView<Proposal> table() {
        return table;
    }

    public TableView<AmendmentsViewModel.LogRow> logTable() {
        return logTable;
    }

    /** The form that records a proposal. */
    ProposalForm form() {
        return form;
    }

    /** Lists only merge conflicts (or every proposal again), and reads them again. */
    public CompletableFuture<Void> showMergeConflicts(boolean only) {
        mergeConflicts.setSelected(only);
        return refresh();
    }

    /** Opens the form, its paragraph set to {@code label}. */
    public void newProposal(String label) {
        formPane.setExpanded(true);
        form.paragraph().setText(label == null ? "" : label);
        form.proposer().requestFocus();
    }
}
