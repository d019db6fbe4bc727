package org.penholder.ui.sources;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.penholder.draft.Command;
import org.penholder.events.Changes;
import org.penholder.events.ProjectEvent.InputsChanged;
import org.penholder.events.ProjectEvent.LinksChanged;
import org.penholder.events.ProjectEvent.ListsChanged;
import org.penholder.events.ProjectEvent.StakeholdersChanged;
import org.penholder.model.LinkedPassage;
import org.penholder.sources.LinkCommands;
import org.penholder.ui.ProjectSession;
import org.penholder.ui.Reload;
import org.penholder.ui.common.Messages;
import org.penholder.ui.draft.DraftViewModel;

/**
 * The Sources panel's state: the passages the current paragraph draws on (with who said them), the
 * heading that counts them, and what can be done to each (remove, annotate, confirm), every change a
 * command. It follows the current paragraph, and changes of its links, or of the inputs and
 * stakeholders they name, made anywhere.
 */
public final class SourcesViewModel {

    private final ProjectSession session;
    private final DraftViewModel draft;
    private final LinkCommands commands;
    private final ObservableList<LinkedPassage> passages = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("Sources");
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper();
    private final Reload<Shown> reload;

    private record Shown(String paragraphId, List<LinkedPassage> passages) {}

    public SourcesViewModel(ProjectSession session, DraftViewModel draft) {
        this.session = session;
        this.draft = draft;
        this.commands = new LinkCommands(session.project().linkService(), session::author);
        this.reload = new Reload<>(
                session,
                () -> {
                    String id = draft.currentParagraphProperty().get();
                    return () -> new Shown(
                            id,
                            id == null
                                    ? List.of()
                                    : session.project().linkService().passagesOf(id));
                },
                this::show);
        draft.currentParagraphProperty().addListener((o, was, now) -> reload.run());
        draft.numberingVersionProperty().addListener((o, was, now) -> updateHeading());
        draft.documentVersionProperty().addListener((o, was, now) -> reload.run());
        session.subscribe(this::follow);
        show(new Shown(null, List.of()));
    }

    private void follow(Changes c) {
        String current = draft.currentParagraphProperty().get();
        if (current == null) {
            return;
        }
        boolean mine = c.get(LinksChanged.class)
                .map(l -> l.paragraphIds().contains(current))
                .orElse(false);
        if (mine || c.replaced() || c.touches(InputsChanged.class, StakeholdersChanged.class, ListsChanged.class)) {
            reload.run();
        }
    }

    private void show(Shown s) {
        if (!java.util.Objects.equals(
                s.paragraphId(), draft.currentParagraphProperty().get())) {
            return; // the person has moved on; the read for where they are now follows
        }
        passages.setAll(s.passages());
        updateHeading();
    }

    private void updateHeading() {
        String id = draft.currentParagraphProperty().get();
        String label = draft.label(id).orElse("");
        heading.set(
                label.isEmpty()
                        ? Messages.get("sources.heading")
                        : Messages.get("sources.heading.of", label, passages.size()));
        placeholder.set(
                id == null
                        ? Messages.get("sources.placeholder.noParagraph")
                        : Messages.get("sources.placeholder.none"));
    }

    /** Reads the current paragraph's sources again. */
    public CompletableFuture<Void> refresh() {
        return reload.run();
    }

    /** Whether the project can be changed here. */
    public boolean isWritable() {
        return !session.project().isReadOnly();
    }

    private String where(LinkedPassage p) {
        return draft.where(p.link().paragraphId());
    }

    /** Removes a passage from its paragraph's sources. */
    public CompletableFuture<Command> remove(LinkedPassage p) {
        String where = where(p);
        return session.execute(() -> commands.remove(p.link().id(), where));
    }

    /** Sets (or, blank, clears) the note on a link. */
    public CompletableFuture<Command> setNote(LinkedPassage p, String note) {
        String where = where(p);
        return session.execute(() -> commands.setNote(p.link().id(), note, where));
    }

    /** Confirms that a suspect link still holds for its paragraph's text as it now reads. */
    public CompletableFuture<Command> confirm(LinkedPassage p) {
        String where = where(p);
        return session.execute(() -> commands.confirm(p.link().id(), where));
    }

    /** What the note dialog asks: why the paragraph draws on the passage. */
    public String noteQuestion(LinkedPassage p) {
        return Messages.get(
                "sources.sourcesViewModel.noteQuestion", draft.where(p.link().paragraphId()));
    }

    /** The passages of the current paragraph. */
    public ObservableList<LinkedPassage> passages() {
        return passages;
    }

    /** "Sources of 12. (3)". */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** What the list says when it is empty. */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }
}
