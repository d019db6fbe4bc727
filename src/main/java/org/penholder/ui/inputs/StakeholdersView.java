package org.penholder.ui.inputs;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.penholder.ingest.StakeholderImporter;
import org.penholder.model.Stakeholder;
import org.penholder.ui.ProjectSession;
import org.penholder.ui.common.SafeCells;

/** The project's stakeholders as an editable table: name, group, country or region; with import from CSV. */
public final class StakeholdersView extends BorderPane {

    public static final String NAME = "Stakeholders";

    private final ProjectSession session;
    private final TableView<Stakeholder> table = new TableView<>();
    private final ObservableList<String> groups = FXCollections.observableArrayList();
    private final Label status = new Label();
    private InputDialogs dialogs;

    public StakeholdersView(ProjectSession session) {
        this.session = session;
        this.dialogs =
                new FxInputDialogs(() -> getScene() == null ? null : getScene().getWindow());
        setId("stakeholders-view");
        boolean writable = !session.project().isReadOnly();
        table.setId("stakeholders");
        table.setEditable(writable);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Stakeholder, String> name = new TableColumn<>("Name");
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().name()));
        // editable, and safe for names in Arabic or Hebrew while not edited (docs/adr/0060)
        name.setCellFactory(SafeCells.forEditableTable());
        name.setOnEditCommit(e -> save(
                e.getRowValue(),
                new Stakeholder(
                        e.getRowValue().id(),
                        e.getNewValue(),
                        e.getRowValue().group(),
                        e.getRowValue().country())));
        name.setPrefWidth(320);
        TableColumn<Stakeholder, String> group = new TableColumn<>("Group");
        group.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().group()));
        group.setCellFactory(ComboBoxTableCell.forTableColumn(groups));
        group.setOnEditCommit(e -> save(
                e.getRowValue(),
                new Stakeholder(
                        e.getRowValue().id(),
                        e.getRowValue().name(),
                        e.getNewValue(),
                        e.getRowValue().country())));
        group.setPrefWidth(200);
        TableColumn<Stakeholder, String> country = new TableColumn<>("Country or region");
        country.setCellValueFactory(
                c -> new ReadOnlyObjectWrapper<>(c.getValue().country()));
        country.setCellFactory(SafeCells.forEditableTable());
        country.setOnEditCommit(e -> save(
                e.getRowValue(),
                new Stakeholder(
                        e.getRowValue().id(),
                        e.getRowValue().name(),
                        e.getRowValue().group(),
                        e.getNewValue())));
        table.getColumns().addAll(List.of(name, group, country));
        table.setPlaceholder(
                new Label("No stakeholder yet. Add one, import a CSV file, or import inputs with their stakeholder."));

        Button add = new Button("Add", new FontIcon(Material2AL.ADD));
        add.setId("stakeholder-add");
        add.setOnAction(e -> add());
        Button csv = new Button("Import CSV…", new FontIcon(Material2MZ.PEOPLE));
        csv.setOnAction(e -> importCsv());
        add.setDisable(!writable);
        csv.setDisable(!writable);
        HBox bar = new HBox(8, add, csv, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        status.getStyleClass().add("library-status");
        setTop(bar);
        setCenter(table);
        refresh();
    }

    public TableView<Stakeholder> table() {
        return table;
    }

    public void setDialogs(InputDialogs dialogs) {
        this.dialogs = dialogs;
    }

    /** Reads the stakeholders and groups again. */
    public java.util.concurrent.CompletableFuture<Void> refresh() {
        return session.read(() -> new Object[] {
                    session.project().stakeholders().all(),
                    session.project().stakeholders().groups()
                })
                .thenAccept(r -> session.onUi(() -> {
                    @SuppressWarnings("unchecked")
                    List<Stakeholder> all = (List<Stakeholder>) r[0];
                    @SuppressWarnings("unchecked")
                    List<String> g = (List<String>) r[1];
                    table.getItems().setAll(all);
                    groups.setAll(g);
                    status.setText(all.size() + (all.size() == 1 ? " stakeholder" : " stakeholders"));
                }));
    }

    private void save(Stakeholder before, Stakeholder after) {
        if (after.name() == null || after.name().isBlank()) {
            refresh();
            return;
        }
        session.submit(() -> {
                    var other = session.project().stakeholders().byName(after.name());
                    if (other.isPresent() && other.get().id() != before.id()) {
                        throw new IllegalArgumentException("There is already a stakeholder named "
                                + other.get().name() + ".");
                    }
                    session.project().stakeholders().update(after);
                    return null;
                })
                .whenComplete((v, e) -> session.onUi(this::refresh));
    }

    private void add() {
        session.submit(() -> {
                    var store = session.project().stakeholders();
                    String name = "New stakeholder";
                    for (int n = 2; store.byName(name).isPresent(); n++) {
                        name = "New stakeholder " + n;
                    }
                    return store.findOrCreate(name, null, null);
                })
                .thenAccept(s -> session.onUi(() -> refresh()
                        .thenRun(() -> session.onUi(() -> {
                            int row = table.getItems().indexOf(s);
                            table.getSelectionModel().select(row);
                            table.scrollTo(row);
                            table.edit(row, table.getColumns().getFirst());
                        }))));
    }

    /** Asks for a CSV file of stakeholders and imports it. */
    public void importCsv() {
        dialogs.chooseStakeholderCsv()
                .ifPresent(file -> session.submit(() -> {
                            try {
                                return session.project().stakeholderImporter().importCsv(file);
                            } catch (org.penholder.ingest.UnreadableFileException e) {
                                throw new IllegalArgumentException(e.getMessage(), e);
                            }
                        })
                        .whenComplete((StakeholderImporter.Report r, Throwable e) -> session.onUi(() -> {
                            refresh();
                            if (e != null) {
                                Throwable cause = e.getCause() != null ? e.getCause() : e;
                                dialogs.showError("Could not import the stakeholders", cause.getMessage());
                            } else {
                                dialogs.showInformation(
                                        "Stakeholders imported",
                                        "From " + file.getFileName() + ": " + r.summary()
                                                + (r.skipped().isEmpty()
                                                        ? "."
                                                        : ".\n" + String.join("\n", r.skipped())));
                            }
                        })));
    }
}
