package org.penholder.ui.inputs;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
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
import org.penholder.model.Stakeholder;
import org.penholder.ui.ProjectSession;
import org.penholder.ui.common.Formats;
import org.penholder.ui.common.Messages;
import org.penholder.ui.common.SafeCells;

/** The project's stakeholders as an editable table: name, group, country or region; with import from CSV. */
public final class StakeholdersView extends BorderPane {

    public static final String NAME = "Stakeholders";

    private final StakeholdersViewModel vm;
    private final TableView<Stakeholder> table = new TableView<>();
    private final Label status = new Label();

    public StakeholdersView(ProjectSession session) {
        this.vm = new StakeholdersViewModel(
                session,
                new FxInputDialogs(() -> getScene() == null ? null : getScene().getWindow()));
        setId("stakeholders-view");
        boolean writable = vm.isWritable();
        table.setItems(vm.stakeholders());
        status.textProperty().bind(vm.statusProperty());
        table.setId("stakeholders");
        table.setEditable(writable);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Stakeholder, String> name = new TableColumn<>(Messages.get("inputs.stakeholdersView.name"));
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().name()));
        // editable, and safe for names in Arabic or Hebrew while not edited (docs/adr/0060)
        name.setCellFactory(SafeCells.forEditableTable());
        name.setOnEditCommit(e -> vm.save(new Stakeholder(
                e.getRowValue().id(),
                e.getNewValue(),
                e.getRowValue().group(),
                e.getRowValue().country())));
        name.setPrefWidth(320);
        name.setComparator(Formats.names()); // as the window's language sorts
        TableColumn<Stakeholder, String> group = new TableColumn<>(Messages.get("inputs.stakeholdersView.group"));
        group.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().group()));
        group.setCellFactory(ComboBoxTableCell.forTableColumn(vm.groups()));
        group.setOnEditCommit(e -> vm.save(new Stakeholder(
                e.getRowValue().id(),
                e.getRowValue().name(),
                e.getNewValue(),
                e.getRowValue().country())));
        group.setPrefWidth(200);
        TableColumn<Stakeholder, String> country =
                new TableColumn<>(Messages.get("inputs.stakeholdersView.countryOrRegion"));
        country.setCellValueFactory(
                c -> new ReadOnlyObjectWrapper<>(c.getValue().country()));
        country.setCellFactory(SafeCells.forEditableTable());
        country.setOnEditCommit(e -> vm.save(new Stakeholder(
                e.getRowValue().id(), e.getRowValue().name(), e.getRowValue().group(), e.getNewValue())));
        country.setComparator(Formats.names());
        table.getColumns().addAll(List.of(name, group, country));
        table.setPlaceholder(new Label(Messages.get("inputs.stakeholdersView.noStakeholderYetAddOne")));

        Button add = new Button(Messages.get("inputs.stakeholdersView.add"), new FontIcon(Material2AL.ADD));
        add.setId("stakeholder-add");
        add.setOnAction(e -> add());
        Button csv = new Button(Messages.get("inputs.stakeholdersView.importCsv"), new FontIcon(Material2MZ.PEOPLE));
        csv.setOnAction(e -> vm.importCsv());
        add.setDisable(!writable);
        csv.setDisable(!writable);
        HBox bar = new HBox(8, add, csv, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        status.getStyleClass().add("library-status");
        setTop(bar);
        setCenter(table);
    }

    public TableView<Stakeholder> table() {
        return table;
    }

    public StakeholdersViewModel viewModel() {
        return vm;
    }

    public void setDialogs(InputDialogs dialogs) {
        vm.setDialogs(dialogs);
    }

    /** Reads the stakeholders and groups again. */
    public java.util.concurrent.CompletableFuture<Void> refresh() {
        return vm.refresh();
    }

    private void add() {
        vm.add().thenAccept(s -> {
            int row = table.getItems().indexOf(s);
            table.getSelectionModel().select(row);
            table.scrollTo(row);
            table.edit(row, table.getColumns().getFirst());
        });
    }

    /** Asks for a CSV file of stakeholders and imports it. */
    public void importCsv() {
        vm.importCsv();
    }
}
