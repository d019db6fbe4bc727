package org.penholder.ui.inputs;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.penholder.model.Input;
import org.penholder.ui.common.Formats;
import org.penholder.ui.common.Messages;
import org.penholder.ui.common.RtlSafeText;
import org.penholder.ui.common.SafeCells;
import org.penholder.ui.common.SafeLine;
import org.penholder.ui.common.SafeTextFlow;
import org.penholder.ui.common.Widths;

/**
 * The inputs as a table: title (with the matching passage when searching, and the count of
 * near-identical submissions), stakeholder, group, occasion, date, tags, language, links.
 */
final class LibraryTable extends TableView<LibraryRow> {

    private static final double PLAIN_ROW = 30;
    private static final double SNIPPET_ROW = 88;

    LibraryTable(
            javafx.collections.ObservableList<LibraryRow> rows, Consumer<LibraryRow> showAlike, Runnable editDetails) {
        super(rows);
        setId("library");
        getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        getStyleClass().add("library");
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<LibraryRow, LibraryRow> title = new TableColumn<>(Messages.get("inputs.libraryTable.input"));
        title.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        title.setCellFactory(c -> new TitleCell());
        title.setPrefWidth(330);
        title.setSortable(false);
        getColumns().add(title);
        getColumns()
                .add(text(
                        Messages.get("inputs.libraryTable.stakeholder"),
                        150,
                        i -> i.stakeholder() == null ? "" : i.stakeholder()));
        getColumns().add(text(Messages.get("inputs.libraryTable.group"), 110, i -> i.group() == null ? "" : i.group()));
        getColumns()
                .add(text(
                        Messages.get("inputs.libraryTable.occasion"),
                        150,
                        i -> i.occasion() == null ? "" : i.occasion()));
        TableColumn<LibraryRow, String> date = text(
                Messages.get("inputs.libraryTable.date"),
                86,
                i -> i.date() == null ? "" : Formats.date().format(i.date()));
        date.setComparator((_, _) -> 0);
        // as wide as the language's longest day ("30 sept. 2025") and its heading
        date.setPrefWidth(Math.max(
                Widths.toShow(Formats.date().format(java.time.LocalDate.of(2025, 9, 30)), 20),
                Widths.toShow(date.getText(), 24)));
        date.setMinWidth(date.getPrefWidth());
        getColumns().add(date);
        TableColumn<LibraryRow, String> tags = new TableColumn<>(Messages.get("inputs.libraryTable.tags"));
        tags.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(String.join(
                ", ",
                c.getValue().row().tags().stream()
                        .map(t -> t.code().isEmpty() ? t.name() : t.code())
                        .toList())));
        tags.setCellFactory(SafeCells.forTable());
        tags.setPrefWidth(120);
        getColumns().add(tags);
        TableColumn<LibraryRow, String> language = text(
                Messages.get("inputs.libraryTable.language"),
                Math.max(
                        Widths.toShow(Formats.languageName("en"), 20),
                        Widths.toShow(Messages.get("inputs.libraryTable.language"), 24)),
                i -> org.penholder.ui.common.Formats.languageName(i.language()));
        // short columns keep their words whole; the long ones (title, occasion) give the room up
        language.setMinWidth(language.getPrefWidth());
        getColumns().add(language);
        TableColumn<LibraryRow, Number> links = new TableColumn<>(Messages.get("inputs.libraryTable.links"));
        links.setCellValueFactory(
                c -> new ReadOnlyObjectWrapper<>(c.getValue().row().links()));
        links.setPrefWidth(Math.max(50, Widths.toShow(links.getText(), 24)));
        links.setMinWidth(links.getPrefWidth());
        links.getStyleClass().add("number-column");
        getColumns().add(links);
        // a fixed row height keeps the table virtualised and fast; rows of a search hold a snippet of three lines
        setFixedCellSize(PLAIN_ROW);
        rows.addListener((javafx.collections.ListChangeListener<LibraryRow>) c -> {
            boolean snippets = !rows.isEmpty() && rows.getFirst().hit() != null;
            setFixedCellSize(snippets ? SNIPPET_ROW : PLAIN_ROW);
            getStyleClass().removeAll("with-snippets");
            if (snippets) {
                getStyleClass().add("with-snippets");
            }
        });
        setPlaceholder(new Label(Messages.get("inputs.libraryTable.noInputHereYetImport")));
        setRowFactory(t -> {
            var row = new javafx.scene.control.TableRow<LibraryRow>();
            // one menu per row, filled when it opens: rows show input after input while the table scrolls
            MenuItem edit = new MenuItem(Messages.get("inputs.libraryTable.editDetails"));
            edit.setOnAction(e -> editDetails.run());
            MenuItem show = new MenuItem();
            show.setOnAction(e -> {
                if (row.getItem() != null) {
                    showAlike.accept(row.getItem());
                }
            });
            ContextMenu menu = new ContextMenu(edit, show);
            menu.setOnShowing(e -> {
                LibraryRow now = row.getItem();
                boolean alike = now != null && now.alike() > 0 && now.row().nearDuplicateOf() == null;
                show.setVisible(alike);
                show.setText(alike ? Messages.get("inputs.libraryTable.showAlike", now.alike() + 1) : "");
            });
            row.contextMenuProperty()
                    .bind(javafx.beans.binding.Bindings.when(row.emptyProperty())
                            .then((ContextMenu) null)
                            .otherwise(menu));
            return row;
        });
    }

    private static TableColumn<LibraryRow, String> text(
            String name, double width, java.util.function.Function<Input, String> value) {
        TableColumn<LibraryRow, String> c = new TableColumn<>(name);
        c.setComparator(Formats.names()); // as the window's language sorts
        c.setCellValueFactory(cell ->
                new ReadOnlyObjectWrapper<>(value.apply(cell.getValue().row().input())));
        // one line each: right-to-left names and occasions through a safe line (docs/adr/0060)
        c.setCellFactory(SafeCells.forTable());
        c.setPrefWidth(width);
        return c;
    }

    /** The title, the near-identical count, and the snippet of a search with its matches marked. */
    private static final class TitleCell extends TableCell<LibraryRow, LibraryRow> {
        private final Label title = new Label();
        private final Label alike = new Label();
        private final SafeTextFlow snippet = new SafeTextFlow();
        private final VBox box = new VBox(2, new HBox(6, title, alike), snippet);

        TitleCell() {
            title.getStyleClass().add("library-title");
            alike.getStyleClass().add("alike-badge");
            snippet.getStyleClass().add("library-snippet");
            snippet.maxWidthProperty().bind(Widths.inside(widthProperty(), 12));
            snippet.prefWidthProperty().bind(Widths.inside(widthProperty(), 12));
            snippet.setMaxHeight(SNIPPET_ROW - 26);
            javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
            clip.widthProperty().bind(widthProperty());
            clip.setHeight(SNIPPET_ROW - 8);
            box.setClip(clip);
        }

        @Override
        protected void updateItem(LibraryRow r, boolean empty) {
            super.updateItem(r, empty);
            if (empty || r == null) {
                setGraphic(null);
                return;
            }
            SafeLine.show(title, r.row().input().title());
            alike.setText(r.alike() > 0 ? (r.alike() + 1) + " near-identical" : "");
            alike.setVisible(r.alike() > 0);
            alike.setManaged(r.alike() > 0);
            snippet.setRuns(
                    r.hit() == null
                            ? java.util.List.of()
                            : r.hit().runs().stream()
                                    .map(run -> RtlSafeText.Run.of(
                                            run.text().replace('\n', ' '), run.match() ? "match" : "context"))
                                    .toList());
            box.setMaxHeight(r.hit() != null ? SNIPPET_ROW - 6 : javafx.scene.layout.Region.USE_PREF_SIZE);
            snippet.setVisible(r.hit() != null);
            snippet.setManaged(r.hit() != null);
            setGraphic(box);
        }
    }
}
