package org.penholder.ui.outline;

import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import org.penholder.model.BlockKind;
import org.penholder.model.ParagraphStatus;
import org.penholder.ui.common.Messages;
import org.penholder.ui.common.SafeLine;
import org.penholder.ui.draft.DraftViewModel;
import org.penholder.ui.draft.OutlineRow;

/**
 * The outline of the draft: section headings, and paragraphs with their number, a dot in the
 * colour of their negotiation status, their opening words and how many sources they draw on.
 * Selecting a paragraph shows it in the editor.
 */
public final class OutlineView extends ListView<OutlineRow> {

    private final DraftViewModel vm;
    private final OutlineViewModel outline;
    private final javafx.scene.control.MenuButton statusFilter =
            new javafx.scene.control.MenuButton(Messages.get("outline.filter.all"));
    private boolean syncing;
    private DropTarget dropTarget;

    /** What may be dropped on a paragraph of the outline (a passage of an input, to link it). */
    public interface DropTarget {
        boolean accepts(javafx.scene.input.Dragboard board);

        void dropped(String paragraphId, javafx.scene.input.Dragboard board);
    }

    /** Lets paragraphs of this outline take drops. */
    public void setDropTarget(DropTarget target) {
        this.dropTarget = target;
    }

    public OutlineView(DraftViewModel vm) {
        this(new OutlineViewModel(vm));
    }

    private OutlineView(OutlineViewModel outline) {
        super(outline.rows());
        this.vm = outline.draft();
        this.outline = outline;
        buildStatusFilter();
        setId("outline");
        getStyleClass().add("outline");
        setCellFactory(list -> new RowCell());
        getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (!syncing && now != null && now.kind().isParagraph()) {
                vm.currentParagraphProperty().set(now.id());
            }
        });
        vm.currentParagraphProperty().addListener((obs, was, now) -> select(now));
        outline.rows().addListener((javafx.collections.ListChangeListener<OutlineRow>)
                c -> select(vm.currentParagraphProperty().get()));
    }

    public OutlineViewModel viewModel() {
        return outline;
    }

    /** A menu of the negotiation statuses to show; headings always show. */
    public javafx.scene.control.MenuButton statusFilter() {
        return statusFilter;
    }

    /** Shows only paragraphs of these statuses (all of them: no filter). */
    public void showStatuses(java.util.Set<ParagraphStatus> statuses) {
        outline.showStatuses(statuses);
        for (MenuItem item : statusFilter.getItems()) {
            if (item instanceof javafx.scene.control.CheckMenuItem c && c.getUserData() instanceof ParagraphStatus s) {
                c.setSelected(outline.shows(s));
            }
        }
        select(vm.currentParagraphProperty().get());
    }

    private void buildStatusFilter() {
        statusFilter.setId("outline-status-filter");
        statusFilter.getStyleClass().addAll("flat", "small");
        statusFilter.setTooltip(new Tooltip(Messages.get("outline.outlineView.showParagraphsOfTheseNegotiation")));
        statusFilter.textProperty().bind(outline.filterTextProperty());
        MenuItem all = new MenuItem(Messages.get("outline.outlineView.showAll"));
        all.setOnAction(e -> showStatuses(java.util.EnumSet.allOf(ParagraphStatus.class)));
        statusFilter.getItems().addAll(all, new javafx.scene.control.SeparatorMenuItem());
        for (ParagraphStatus s : ParagraphStatus.values()) {
            javafx.scene.control.CheckMenuItem item =
                    new javafx.scene.control.CheckMenuItem(Messages.of(s), new Circle(5) {
                        {
                            getStyleClass().setAll("status-dot", statusClass(s));
                        }
                    });
            item.setUserData(s);
            item.setSelected(true);
            item.setOnAction(e -> {
                outline.toggle(s, item.isSelected());
                select(vm.currentParagraphProperty().get());
            });
            statusFilter.getItems().add(item);
        }
    }

    private void select(String id) {
        if (id == null) {
            return;
        }
        for (int i = 0; i < getItems().size(); i++) {
            if (id.equals(getItems().get(i).id())) {
                if (getSelectionModel().getSelectedIndex() != i) {
                    syncing = true;
                    try {
                        getSelectionModel().select(i);
                    } finally {
                        syncing = false;
                    }
                    scrollIntoViewIfNeeded(i);
                }
                return;
            }
        }
    }

    private void scrollIntoViewIfNeeded(int index) {
        // scrollTo puts the row at the top; only do it when the row would be out of sight
        var flow = lookup(".virtual-flow");
        if (flow instanceof javafx.scene.control.skin.VirtualFlow<?> vf) {
            var first = vf.getFirstVisibleCell();
            var last = vf.getLastVisibleCell();
            if (first != null && last != null && index >= first.getIndex() && index <= last.getIndex()) {
                return;
            }
        }
        scrollTo(Math.max(0, index - 2));
    }

    /** The colour style class of a status: "status-agreed", "status-bracketed" ... */
    public static String statusClass(ParagraphStatus status) {
        return "status-" + status.code();
    }

    private final class RowCell extends ListCell<OutlineRow> {
        private final Label number = new Label();
        private final Circle dot = new Circle(5);
        private final Label text = new Label();
        // the title wraps, in any language: a safe flow (docs/adr/0060); other rows are one line, cut short
        private final org.penholder.ui.common.SafeTextFlow title =
                new org.penholder.ui.common.SafeTextFlow("outline-title-text");
        private final Label sources = new Label();
        private final HBox box = new HBox(6);
        // one tooltip and one menu per cell, filled for the row it shows: a cell shows row after row
        // while the outline scrolls, and popups are too dear to build for each
        private final Tooltip tooltip = new Tooltip();
        private final ContextMenu statusMenu = new ContextMenu();

        RowCell() {
            for (ParagraphStatus s : ParagraphStatus.values()) {
                MenuItem item = new MenuItem(Messages.get("outline.mark", Messages.of(s)));
                item.setUserData(s);
                item.setOnAction(e -> {
                    if (getItem() != null) {
                        vm.setStatus(getItem().id(), s);
                    }
                });
                statusMenu.getItems().add(item);
            }
            statusMenu.setOnShowing(e -> statusMenu
                    .getItems()
                    .forEach(i -> i.setDisable(
                            getItem() == null || i.getUserData() == getItem().status())));
            number.getStyleClass().add("outline-number");
            number.setMinWidth(Region.USE_PREF_SIZE);
            text.getStyleClass().add("outline-text");
            text.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox.setHgrow(title, Priority.ALWAYS);
            sources.getStyleClass().add("source-count");
            sources.setMinWidth(Region.USE_PREF_SIZE);
            dot.getStyleClass().add("status-dot");
            box.setAlignment(Pos.CENTER_LEFT);
            setPrefWidth(0);
            setOnDragOver(e -> {
                if (takes(e.getDragboard())) {
                    e.acceptTransferModes(javafx.scene.input.TransferMode.COPY_OR_MOVE);
                    getStyleClass().add("drop-target");
                }
                e.consume();
            });
            setOnDragExited(e -> getStyleClass().removeAll("drop-target"));
            setOnDragDropped(e -> {
                boolean taken = takes(e.getDragboard());
                if (taken) {
                    dropTarget.dropped(getItem().id(), e.getDragboard());
                }
                e.setDropCompleted(taken);
                e.consume();
            });
        }

        /**
         * The start of a paragraph, longer than the outline is ever wide: the row is cut short with
         * an ellipsis anyway, and measuring a whole paragraph to cut it costs every scroll.
         */
        private static String openingWords(String text) {
            if (text.length() <= OPENING) {
                return text;
            }
            return text.substring(0, Character.isHighSurrogate(text.charAt(OPENING - 1)) ? OPENING - 1 : OPENING);
        }

        private static final int OPENING = 240;

        private boolean takes(javafx.scene.input.Dragboard board) {
            return dropTarget != null
                    && getItem() != null
                    && getItem().kind().isParagraph()
                    && dropTarget.accepts(board);
        }

        @Override
        protected void updateItem(OutlineRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("outline-title", "outline-heading", "outline-paragraph");
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                setTooltip(null);
                setContextMenu(null);
                return;
            }
            setText(null);
            if (row.kind() == BlockKind.TITLE) {
                getStyleClass().add("outline-title");
                title.setText(row.text());
                box.getChildren().setAll(title);
                setContextMenu(null);
                SafeLine.show(tooltip, row.text());
                setTooltip(tooltip);
            } else if (row.kind() == BlockKind.HEADING) {
                getStyleClass().add("outline-heading");
                // one line, cut short: right-to-left text through a safe line (docs/adr/0060)
                SafeLine.show(text, row.text());
                box.getChildren().setAll(text);
                setContextMenu(null);
                setTooltip(null);
            } else {
                getStyleClass().add("outline-paragraph");
                number.setText(row.label());
                dot.getStyleClass().setAll("status-dot", statusClass(row.status()));
                SafeLine.show(text, openingWords(row.text()));
                sources.setText(Integer.toString(row.sources()));
                sources.getStyleClass().setAll("source-count", row.sources() == 0 ? "no-sources" : "has-sources");
                box.getChildren().setAll(dot, number, text, sources);
                SafeLine.show(
                        tooltip,
                        row.label() + "  " + Messages.of(row.status()) + " · " + row.sources()
                                + (row.sources() == 1 ? " source" : " sources"));
                setTooltip(tooltip);
                setContextMenu(statusMenu);
            }
            setGraphic(box);
        }
    }
}
