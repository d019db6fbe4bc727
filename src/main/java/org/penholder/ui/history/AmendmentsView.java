package org.penholder.ui.history;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
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
import org.penholder.draft.Command;
import org.penholder.history.Proposal;
import org.penholder.history.ProposalCommands;
import org.penholder.history.ProposalService;
import org.penholder.history.WordDiff;
import org.penholder.model.Amendment;
import org.penholder.model.AmendmentStatus;
import org.penholder.model.ParagraphLabel;
import org.penholder.model.Stakeholder;
import org.penholder.ui.ProjectSession;
import org.penholder.ui.common.SafeCells;
import org.penholder.ui.common.SafeLine;

/**
 * The Amendments view: delegations' proposals (filtered by proposer, state and paragraph, each shown
 * as a redline of its paragraph, conflicts flagged; accept, reject, withdraw) and the log of every
 * amendment, newest first.
 */
public final class AmendmentsView extends BorderPane {

    /** How many log entries are listed at once; the log of a long negotiation holds tens of thousands. */
    static final int LOG_LIMIT = 2000;

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("d MMM HH:mm").withZone(ZoneId.systemDefault());
    private static final String ANY = "All";

    private final ProjectSession session;
    private final ProposalCommands commands;
    private final Runnable afterChange;
    private final Consumer<String> showParagraph;
    private final ComboBox<String> proposer = new ComboBox<>();
    private final ComboBox<String> status = new ComboBox<>();
    private final TextField paragraph = new TextField();
    private final javafx.scene.control.CheckBox mergeConflicts = new javafx.scene.control.CheckBox("Merge conflicts");
    private final org.penholder.ui.merge.MergeConflictDetail bothVersions =
            new org.penholder.ui.merge.MergeConflictDetail();
    private final ObservableList<Proposal> proposals = FXCollections.observableArrayList();
    private final TableView<Proposal> table = new TableView<>(proposals);
    private final TextFlow redline = new TextFlow();
    private final org.penholder.ui.common.SafeTextFlow detail = new org.penholder.ui.common.SafeTextFlow();
    private final Label detailTitle = new Label();
    private final Label warning = new Label();
    private final Button accept = new Button("Accept");
    private final Button reject = new Button("Reject");
    private final Button withdraw = new Button("Mark Withdrawn");
    private final Button show = new Button("Show Paragraph");
    private final ObservableList<Amendment> log = FXCollections.observableArrayList();
    private final TableView<Amendment> logTable = new TableView<>(log);
    private final ProposalForm form;
    private final javafx.scene.control.TitledPane formPane;
    private Map<String, String> labels = Map.of();
    private Map<Long, String> changes = Map.of();

    /**
     * @param afterChange  runs after a decision changed the draft (the draft view reloads)
     * @param showParagraph shows a paragraph, by id, in the draft
     */
    public AmendmentsView(ProjectSession session, Runnable afterChange, Consumer<String> showParagraph) {
        this.session = session;
        this.afterChange = afterChange;
        this.showParagraph = showParagraph;
        this.commands = new ProposalCommands(session.project().proposalService(), session::author);
        this.form = new ProposalForm(session, commands, () -> "", this::refresh);
        this.formPane = new javafx.scene.control.TitledPane("Record a proposal", form);
        formPane.setId("proposal-form-pane");
        formPane.setExpanded(false);
        setId("amendments-view");
        getStylesheets().add(AmendmentsView.class.getResource("history.css").toExternalForm());

        TabPane tabs = new TabPane(new Tab("Proposals", proposalsPane()), new Tab("Log", logPane()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> refresh());
        setCenter(tabs);
    }

    private BorderPane proposalsPane() {
        proposer.setId("filter-proposer");
        status.setId("filter-status");
        paragraph.setId("filter-paragraph");
        status.getItems().add(ANY);
        for (AmendmentStatus s : AmendmentStatus.values()) {
            if (s != AmendmentStatus.APPLIED) {
                status.getItems().add(s.displayName());
            }
        }
        status.setValue(ANY);
        proposer.getItems().add(ANY);
        proposer.setValue(ANY);
        paragraph.setPromptText("e.g. OP12");
        paragraph.setPrefColumnCount(8);
        proposer.setOnAction(e -> refresh());
        status.setOnAction(e -> refresh());
        paragraph.setOnAction(e -> refresh());
        mergeConflicts.setId("filter-merge-conflicts");
        mergeConflicts.setOnAction(e -> refresh());
        HBox filters = new HBox(
                new Label("Proposer"),
                proposer,
                new Label("State"),
                status,
                new Label("Paragraph"),
                paragraph,
                mergeConflicts);
        filters.getStyleClass().add("history-toolbar");

        table.setId("proposal-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("#", 50, p -> Long.toString(p.id())));
        table.getColumns().add(column("Proposer", 180, Proposal::proposer));
        table.getColumns().add(column("Paragraph", 120, Proposal::where));
        table.getColumns().add(column("Kind", 120, p -> p.kind().displayName()));
        table.getColumns().add(column("State", 90, p -> p.status().displayName()));
        table.getColumns().add(column("Proposed text", 260, Proposal::text));
        table.getColumns().add(column("Flags", 160, AmendmentsView::flags));
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
        table.setPlaceholder(
                new Label("No proposals. Delegations' proposals are recorded with \"penholder propose\"."));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> showDetail(now));

        accept.setId("proposal-accept");
        reject.setId("proposal-reject");
        withdraw.setId("proposal-withdraw");
        accept.setOnAction(e -> decide(commands::accept));
        reject.setOnAction(e -> decide(commands::reject));
        withdraw.setOnAction(e -> decide(commands::withdraw));
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
        logTable.getColumns().add(logColumn("#", 60, a -> Long.toString(a.id())));
        logTable.getColumns().add(logColumn("When", 110, a -> TIME.format(a.createdAt())));
        logTable.getColumns()
                .add(logColumn("Who", 170, a -> a.author() + (a.team().isEmpty() ? "" : " (" + a.team() + ")")));
        logTable.getColumns()
                .add(logColumn(
                        "Paragraph",
                        90,
                        a -> a.paragraphId() == null ? "" : labels.getOrDefault(a.paragraphId(), "(deleted)")));
        logTable.getColumns()
                .add(logColumn(
                        "Kind",
                        130,
                        a -> a.kind().displayName()
                                + (a.proposalId() != null ? " (proposal " + a.proposalId() + ")" : "")
                                + (a.status() != AmendmentStatus.APPLIED
                                        ? " [" + a.status().code() + "]"
                                        : "")));
        // the word diff of each change is worked out on the project's thread, with the log (refresh)
        logTable.getColumns().add(logColumn("Change", 400, a -> changes.getOrDefault(a.id(), "")));
        logTable.setPlaceholder(new Label("No amendments yet."));
        logTable.setRowFactory(t -> {
            TableRow<Amendment> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2
                        && row.getItem() != null
                        && row.getItem().paragraphId() != null) {
                    showParagraph.accept(row.getItem().paragraphId());
                }
            });
            return row;
        });
        return new BorderPane(logTable);
    }

    /** The words an amendment changed, as "[-old-]{+new+}" around a little context. */
    static String changeText(Amendment a) {
        if (a.before() == null && a.after() == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (WordDiff.Segment s :
                WordDiff.diff(a.before() == null ? "" : a.before(), a.after() == null ? "" : a.after())) {
            switch (s.op()) {
                case EQUAL -> b.append(s.text().length() > 30 ? "… " : s.text());
                case DELETE -> b.append("[-").append(s.text()).append("-]");
                case INSERT -> b.append("{+").append(s.text()).append("+}");
            }
        }
        return b.toString();
    }

    /** What to note of a proposal: a merge conflict, conflicts with other proposals, outdated. */
    private static String flags(Proposal p) {
        List<String> flags = new ArrayList<>();
        if (p.mergeConflict()) {
            flags.add("Merge conflict");
        }
        if (p.conflicting()) {
            flags.add("Conflicts with #" + join(p.conflictsWith()));
        }
        if (p.outdated()) {
            flags.add("Outdated");
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

    private static TableColumn<Amendment, String> logColumn(
            String name, double width, java.util.function.Function<Amendment, String> value) {
        TableColumn<Amendment, String> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.setCellFactory(SafeCells.forTable());
        return c;
    }

    private void showDetail(Proposal p) {
        boolean open = p != null && p.status() == AmendmentStatus.PROPOSED;
        accept.setDisable(!open || p.outdated());
        reject.setDisable(!open);
        withdraw.setDisable(!open);
        show.setDisable(p == null);
        bothVersions.show(null);
        if (p == null) {
            detailTitle.setText("");
            detail.setText("Select a proposal to see it as a redline of its paragraph.");
            warning.setText("");
            redline.getChildren().clear();
            return;
        }
        SafeLine.show(
                detailTitle,
                "#" + p.id() + "  " + p.kind().displayName() + " in " + p.where() + ", proposed by " + p.proposer()
                        + " · " + p.status().displayName());
        detail.setText(p.rationale() == null ? "No rationale given." : "Rationale: " + p.rationale());
        StringBuilder w = new StringBuilder();
        if (p.conflicting()) {
            w.append("Conflicts with #").append(join(p.conflictsWith())).append(": they change the same words.");
        }
        if (p.outdated()) {
            w.append(w.isEmpty() ? "" : "\n").append("Outdated: the words it changes are no longer in the paragraph.");
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

    private void decide(java.util.function.LongFunction<Command> decision) {
        Proposal p = table.getSelectionModel().getSelectedItem();
        if (p == null) {
            return;
        }
        session.execute(() -> decision.apply(p.id()))
                .thenRun(() -> session.onUi(() -> {
                    afterChange.run();
                    refresh();
                }));
    }

    /** Reads proposals and the log again, with the filters as set. */
    public CompletableFuture<Void> refresh() {
        String who = proposer.getValue();
        String state = status.getValue();
        String where = paragraph.getText().strip();
        boolean onlyMergeConflicts = mergeConflicts.isSelected();
        return session.read(() -> {
                    var project = session.project();
                    List<Stakeholder> all = project.stakeholders().all();
                    Long proposerId = who == null || ANY.equals(who)
                            ? null
                            : all.stream()
                                    .filter(s -> s.name().equals(who))
                                    .map(Stakeholder::id)
                                    .findFirst()
                                    .orElse(-1L);
                    AmendmentStatus st = state == null || ANY.equals(state) ? null : AmendmentStatus.parse(state);
                    String id = where.isEmpty()
                            ? null
                            : project.revisionService().paragraphByLabel(where).orElse("-");
                    List<Proposal> list =
                            project.proposalService().list(new ProposalService.Filter(proposerId, st, id)).stream()
                                    .filter(p -> !onlyMergeConflicts || p.mergeConflict())
                                    .toList();
                    List<Amendment> latest;
                    if (id == null) {
                        latest = project.amendments().latest(LOG_LIMIT);
                    } else {
                        latest = new ArrayList<>(project.amendments().ofParagraph(id));
                        java.util.Collections.reverse(latest); // newest first, as the whole log
                    }
                    Map<String, String> labelOf = new HashMap<>();
                    for (Map.Entry<String, ParagraphLabel> e : project.revisionService()
                            .labels(project.drafts().load())
                            .entrySet()) {
                        labelOf.put(e.getKey(), e.getValue().display());
                    }
                    Map<Long, String> changeOf = new HashMap<>();
                    for (Amendment a : latest) {
                        changeOf.put(a.id(), changeText(a));
                    }
                    List<String> proposers = new ArrayList<>();
                    project.proposalService().list(ProposalService.Filter.ALL).stream()
                            .map(Proposal::proposer)
                            .distinct()
                            .sorted()
                            .forEach(proposers::add);
                    return new Object[] {
                        list,
                        latest,
                        labelOf,
                        proposers,
                        all.stream().map(Stakeholder::name).toList(),
                        changeOf
                    };
                })
                .thenAccept(r -> session.onUi(() -> show(r)));
    }

    @SuppressWarnings("unchecked")
    private void show(Object[] r) {
        Proposal selected = table.getSelectionModel().getSelectedItem();
        labels = (Map<String, String>) r[2];
        changes = (Map<Long, String>) r[5];
        form.setProposers((List<String>) r[4]);
        proposals.setAll((List<Proposal>) r[0]);
        log.setAll((List<Amendment>) r[1]);
        List<String> names = new ArrayList<>();
        names.add(ANY);
        names.addAll((List<String>) r[3]);
        if (!names.equals(proposer.getItems())) {
            String keep = proposer.getValue();
            proposer.getItems().setAll(names);
            proposer.setValue(names.contains(keep) ? keep : ANY);
        }
        if (selected != null) {
            proposals.stream()
                    .filter(p -> p.id() == selected.id())
                    .findFirst()
                    .ifPresent(p -> table.getSelectionModel().select(p));
        }
        showDetail(table.getSelectionModel().getSelectedItem());
    }

    public TableView<Proposal> table() {
        return table;
    }

    public TableView<Amendment> logTable() {
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
