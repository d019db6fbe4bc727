package org.penholder.ui.history;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.penholder.draft.Command;
import org.penholder.events.ProjectEvent.ProposalsChanged;
import org.penholder.events.ProjectEvent.StakeholdersChanged;
import org.penholder.history.ParagraphHistory;
import org.penholder.ui.ProjectSession;
import org.penholder.ui.Reload;
import org.penholder.ui.common.Messages;

/**
 * The History window's state: one paragraph's timeline, oldest first, and a heading that counts its
 * steps; restoring an earlier text is a command (a new amendment that Undo takes back). It follows
 * changes of the paragraph (and proposals on it) made anywhere, until {@link #close}.
 */
public final class HistoryViewModel implements AutoCloseable {

    private final ProjectSession session;
    private final String paragraphId;
    private final String where;
    private final ObservableList<ParagraphHistory.Step> steps = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final Reload<List<ParagraphHistory.Step>> reload;
    private final ProjectSession.Subscription subscription;

    /** @param where the paragraph's label, for the heading and the Edit menu ("12.") */
    public HistoryViewModel(ProjectSession session, String paragraphId, String where) {
        this.session = session;
        this.paragraphId = paragraphId;
        this.where = where;
        this.reload = new Reload<>(
                session, () -> () -> session.project().paragraphHistory().of(paragraphId), this::show);
        this.subscription = session.subscribe(c -> {
            if (c.paragraphs().contains(paragraphId) || c.touches(ProposalsChanged.class, StakeholdersChanged.class)) {
                reload.run();
            }
        });
    }

    private void show(List<ParagraphHistory.Step> s) {
        steps.setAll(s);
        heading.set(Messages.get("history.historyViewModel.heading", where, s.size()));
    }

    /** Reads the timeline again. */
    public CompletableFuture<Void> refresh() {
        return reload.run();
    }

    /** Whether a step's text can be restored: it left a text, is not the last step, and differs from the text now. */
    public boolean canRestore(ParagraphHistory.Step step) {
        String now = null;
        for (ParagraphHistory.Step later : steps) {
            if (later.text() != null) {
                now = later.text();
            }
        }
        int at = steps.indexOf(step);
        return step.restorable()
                && at >= 0
                && at < steps.size() - 1
                && !step.text().equals(now);
    }

    /** Restores the text a step left, as a new amendment; completes once it is written. */
    public CompletableFuture<Command> restore(ParagraphHistory.Step step) {
        long id = step.amendment().id();
        String text = step.text();
        return session.execute(() -> session.draftCommands()
                .setText(
                        paragraphId,
                        text,
                        where,
                        session.project().paragraphHistory().restoredNote(id)));
    }

    public ObservableList<ParagraphHistory.Step> steps() {
        return steps;
    }

    /** "History of paragraph 12. · 4 steps". */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** Stops following the project (the window closed). */
    @Override
    public void close() {
        subscription.close();
    }
}
