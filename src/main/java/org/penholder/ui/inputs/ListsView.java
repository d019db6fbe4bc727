package org.penholder.ui.inputs;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldListCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.penholder.model.ListEntry;
import org.penholder.model.ListKind;
import org.penholder.ui.ProjectSession;
import org.penholder.ui.common.InterfaceLanguage;
import org.penholder.ui.common.Messages;
import org.penholder.ui.common.RtlSafeText;
import org.penholder.ui.common.SafeTextFlow;
import org.penholder.ui.common.Widths;

/**
 * The project's editable lists side by side: stakeholder groups, thematic clusters and WSIS Action
 * Lines. Entries are added, renamed in place (double-click), removed and reordered; every change is
 * undoable.
 */
public final class ListsView extends GridPane {

    public static final String NAME = "Lists";

    private final ListsViewModel vm;
    private final Map<ListKind, ListView<ListEntry>> views = new EnumMap<>(ListKind.class);

    public ListsView(ProjectSession session) {
        this.vm = new ListsViewModel(session, ListsView::askToConfirm);
        setId("lists-view");
        setHgap(16);
        setPadding(new Insets(12));
        int column = 0;
        for (ListKind kind : ListKind.values()) {
            VBox pane = pane(kind);
            add(pane, column++, 0);
            GridPane.setHgrow(pane, Priority.ALWAYS);
            GridPane.setVgrow(pane, Priority.ALWAYS);
        }
    }

    /** How removing an entry in use is confirmed (tests answer without a dialog). */
    public void setConfirm(Predicate<String> confirm) {
        vm.setConfirm(confirm);
    }

    public ListsViewModel viewModel() {
        return vm;
    }

    /** Reads the three lists again. */
    public CompletableFuture<Void> refresh() {
        return vm.refresh();
    }

    public ListView<ListEntry> list(ListKind kind) {
        return views.get(kind);
    }

    private VBox pane(ListKind kind) {
        Label heading = new Label(Messages.of(kind));
        heading.getStyleClass().add("panel-heading");
        ListView<ListEntry> list = new ListView<>();
        list.setId("list-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        boolean writable = vm.isWritable();
        list.setEditable(writable);
        list.setCellFactory(l -> cell(kind));
        keepSelection(list, vm.entries(kind));
        list.setOnEditCommit(e -> {
            ListEntry before = list.getItems().get(e.getIndex());
            vm.rename(kind, before, e.getNewValue().display());
        });
        views.put(kind, list);
        VBox.setVgrow(list, Priority.ALWAYS);

        TextField name = new TextField();
        name.setId("list-new-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        name.setPromptText(Messages.get("inputs.lists.new." + kind.name()));
        HBox.setHgrow(name, Priority.ALWAYS);
        Button add = new Button(Messages.get("inputs.listsView.add"), new FontIcon(Material2AL.ADD));
        add.disableProperty().bind(name.textProperty().isEmpty());
        // the field gives way, the button's word stays whole ("Добавить", not "…")
        add.setMinWidth(Region.USE_PREF_SIZE);
        name.setMinWidth(Widths.MINIMUM);
        // names the entry, which may be Arabic: a safe flow, not a wrapping label (docs/adr/0060)
        SafeTextFlow problem = new SafeTextFlow("list-problem");
        problem.setId("list-problem-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        Runnable adding = () -> {
            Optional<String> refused = vm.add(kind, name.getText());
            problem.setText(refused.orElse(""));
            if (refused.isEmpty()) {
                name.clear();
            }
        };
        add.setOnAction(e -> adding.run());
        name.setOnAction(e -> {
            if (!name.getText().isBlank()) {
                adding.run();
            }
        });
        Button remove = new Button("", new FontIcon(Material2MZ.REMOVE));
        remove.setTooltip(new javafx.scene.control.Tooltip(Messages.get("inputs.lists.remove." + kind.name())));
        remove.setOnAction(e -> remove(kind));
        Button up = new Button("", new FontIcon(Material2AL.ARROW_UPWARD));
        up.setOnAction(e -> move(kind, -1));
        Button down = new Button("", new FontIcon(Material2AL.ARROW_DOWNWARD));
        down.setOnAction(e -> move(kind, +1));
        for (Button b : List.of(remove, up, down)) {
            b.disableProperty()
                    .bind(list.getSelectionModel().selectedItemProperty().isNull());
        }
        HBox bar = new HBox(6, name, add, remove, up, down);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setDisable(!writable);
        Label hint = new Label(Messages.get("inputs.listsView.doubleClickAnEntryTo"));
        hint.getStyleClass().add("placeholder-text");
        hint.setWrapText(true);
        return new VBox(6, heading, list, bar, problem, hint);
    }

    private ListCell<ListEntry> cell(ListKind kind) {
        boolean mirrored = InterfaceLanguage.orientation(Messages.locale()) == NodeOrientation.RIGHT_TO_LEFT;
        TextFieldListCell<ListEntry> cell =
                new TextFieldListCell<>(new StringConverter<>() {
                    private ListEntry editing;

                    @Override
                    public String toString(ListEntry e) {
                        editing = e;
                        return e == null ? "" : e.display();
                    }

                    @Override
                    public ListEntry fromString(String typed) {
                        ListEntry parsed = ListsViewModel.parse(kind, typed);
                        return new ListEntry(
                                editing == null ? 0 : editing.id(),
                                parsed.code(),
                                parsed.name(),
                                editing == null ? 0 : editing.uses());
                    }
                }) {
                    @Override
                    public void updateItem(ListEntry item, boolean empty) {
                        super.updateItem(item, empty);
                        if (!empty && item != null && !isEditing()) {
                            Label uses = new Label(Integer.toString(item.uses()));
                            uses.getStyleClass().addAll("source-count", item.uses() == 0 ? "no-uses" : "has-sources");
                            setGraphic(uses);
                            // an English entry in a mirrored window reads left to right, cut at its end
                            // with the ellipsis there; its count stays beside it on the window's side
                            boolean english = mirrored && !RtlSafeText.hasRightToLeft(item.display());
                            setNodeOrientation(english ? NodeOrientation.LEFT_TO_RIGHT : NodeOrientation.INHERIT);
                            setContentDisplay(english ? ContentDisplay.LEFT : ContentDisplay.RIGHT);
                            setAlignment(english ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
                        }
                    }
                };
        // as wide as the list, a long entry cut with an ellipsis: a list wider than its view scrolls, and in
        // a window laid out right to left it shows the end of each English entry, its start out of sight
        cell.setPrefWidth(0);
        return cell;
    }

    private void remove(ListKind kind) {
        ListEntry entry = views.get(kind).getSelectionModel().getSelectedItem();
        if (entry != null) {
            vm.remove(kind, entry);
        }
    }

    private void move(ListKind kind, int direction) {
        ListEntry entry = views.get(kind).getSelectionModel().getSelectedItem();
        if (entry != null) {
            vm.move(kind, entry, direction);
        }
    }

    /** The list shows its entries; the entry selected stays selected when the list is read again. */
    private static void keepSelection(ListView<ListEntry> list, javafx.collections.ObservableList<ListEntry> entries) {
        list.setItems(javafx.collections.FXCollections.observableArrayList());
        entries.addListener((javafx.collections.ListChangeListener<ListEntry>) c -> {
            Optional<ListEntry> selected =
                    Optional.ofNullable(list.getSelectionModel().getSelectedItem());
            list.getItems().setAll(entries);
            selected.flatMap(s -> entries.stream().filter(e -> e.id() == s.id()).findFirst())
                    .ifPresent(e -> list.getSelectionModel().select(e));
        });
        list.getItems().setAll(entries);
    }

    private static boolean askToConfirm(String question) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, null, ButtonType.OK, ButtonType.CANCEL);
        alert.setTitle(Messages.get("inputs.listsView.removeTitle"));
        alert.setHeaderText(null);
        alert.getDialogPane().setContent(org.penholder.ui.dialogs.FxDialogService.message(question, 460));
        // no owner to inherit it from: the interface's direction set here
        alert.getDialogPane()
                .setNodeOrientation(org.penholder.ui.common.InterfaceLanguage.orientation(Messages.locale()));
        return alert.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK;
    }
}
