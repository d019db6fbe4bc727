package org.penholder.ui.outline;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.FilteredList;
import org.penholder.model.BlockKind;
import org.penholder.model.ParagraphStatus;
import org.penholder.ui.common.Messages;
import org.penholder.ui.draft.DraftViewModel;
import org.penholder.ui.draft.OutlineRow;

/**
 * The outline's own state: which negotiation statuses it shows (headings show while a paragraph of
 * theirs does), and the rows that lets through. The rows themselves, with numbers and source
 * counts, are the draft's ({@link DraftViewModel#outline()}), which follows the project.
 */
public final class OutlineViewModel {

    private final DraftViewModel draft;
    private final FilteredList<OutlineRow> rows;
    private final EnumSet<ParagraphStatus> shown = EnumSet.allOf(ParagraphStatus.class);
    private final ReadOnlyStringWrapper filterText = new ReadOnlyStringWrapper(Messages.get("outline.filter.all"));

    public OutlineViewModel(DraftViewModel draft) {
        this.draft = draft;
        this.rows = new FilteredList<>(draft.outline());
        draft.outline().addListener((ListChangeListener<OutlineRow>) c -> {
            if (rows.getPredicate() != null) {
                applyFilter();
            }
        });
    }

    /** The rows shown. */
    public FilteredList<OutlineRow> rows() {
        return rows;
    }

    public DraftViewModel draft() {
        return draft;
    }

    /** Shows only paragraphs of these statuses (all of them: no filter). */
    public void showStatuses(Set<ParagraphStatus> statuses) {
        shown.clear();
        shown.addAll(statuses);
        filterText.set(
                shown.size() == ParagraphStatus.values().length
                        ? Messages.get("outline.filter.all")
                        : shown.size() == 1
                                ? Messages.of(shown.iterator().next())
                                : Messages.get("outline.filter.statuses", shown.size()));
        applyFilter();
    }

    /** Shows or hides the paragraphs of one status. */
    public void toggle(ParagraphStatus status, boolean show) {
        EnumSet<ParagraphStatus> next = EnumSet.copyOf(shown);
        if (show) {
            next.add(status);
        } else {
            next.remove(status);
        }
        showStatuses(next);
    }

    /** Whether paragraphs of a status show. */
    public boolean shows(ParagraphStatus status) {
        return shown.contains(status);
    }

    /** "All", "Bracketed", "3 statuses": what the filter's button says. */
    public ReadOnlyStringProperty filterTextProperty() {
        return filterText.getReadOnlyProperty();
    }

    /** Paragraphs of the statuses shown, and the headings of sections that still show a paragraph. */
    private void applyFilter() {
        if (shown.size() == ParagraphStatus.values().length) {
            rows.setPredicate(null);
            return;
        }
        Set<OutlineRow> keep = new HashSet<>();
        OutlineRow heading = null;
        for (OutlineRow row : draft.outline()) {
            if (row.kind() == BlockKind.HEADING) {
                heading = row;
            } else if (row.kind() == BlockKind.TITLE) {
                keep.add(row);
            } else if (shown.contains(row.status())) {
                keep.add(row);
                if (heading != null) {
                    keep.add(heading);
                }
            }
        }
        rows.setPredicate(keep::contains);
    }
}
