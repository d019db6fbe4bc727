package org.penholder.ui.sources;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.penholder.draft.Command;
import org.penholder.events.Changes;
import org.penholder.events.ProjectEvent.InputsChanged;
import org.penholder.events.ProjectEvent.LinksChanged;
import org.penholder.sources.LinkCommands;
import org.penholder.sources.SourceSuggestions;
import org.penholder.ui.ProjectSession;
import org.penholder.ui.Reload;
import org.penholder.ui.draft.DraftViewModel;

/**
 * Suggested sources of a paragraph: inputs not yet linked to it that best match its words, each
 * with its best sentence; one is linked in one command. The view says which paragraph (after its
 * own short pause, so moving through the outline stays quick); the suggestions follow changes of
 * that paragraph's text and links, and new inputs.
 */
public final class SuggestionsViewModel {

    /** Suggestions shown at most. */
    static final int LIMIT = 5;

    private final ProjectSession session;
    private final DraftViewModel draft;
    private final LinkCommands commands;
    private final ObservableList<SourceSuggestions.Suggestion> suggestions = FXCollections.observableArrayList();
    private final Reload<Shown> reload;
    private String paragraphId;

    private record Shown(String paragraphId, List<SourceSuggestions.Suggestion> suggestions) {}

    public SuggestionsViewModel(ProjectSession session, DraftViewModel draft) {
        this.session = session;
        this.draft = draft;
        this.commands = new LinkCommands(session.project().linkService(), session::author);
        this.reload = new Reload<>(
                session,
                () -> {
                    String id = paragraphId;
                    return () -> new Shown(
                            id,
                            id == null
                                    ? List.of()
                                    : session.project().sourceSuggestions().suggest(id, LIMIT));
                },
                s -> {
                    if (java.util.Objects.equals(s.paragraphId(), paragraphId)) {
                        suggestions.setAll(s.suggestions());
                    }
                });
        session.subscribe(this::follow);
    }

    private void follow(Changes c) {
        if (paragraphId == null) {
            return;
        }
        // typing in the paragraph (the draft's own changes) does not change what was suggested enough
        // to read again at every pause; an undo, a restore or a link does
        boolean mine = (c.paragraphs().contains(paragraphId) && !c.causedBy(draft))
                || c.get(LinksChanged.class)
                        .map(l -> l.paragraphIds().contains(paragraphId))
                        .orElse(false);
        if (mine || c.replaced() || c.touches(InputsChanged.class)) {
            reload.run();
        }
    }

    /** Shows the suggestions for a paragraph (null: none). */
    public CompletableFuture<Void> show(String paragraph) {
        this.paragraphId = paragraph;
        if (paragraph == null) {
            suggestions.clear();
            return CompletableFuture.completedFuture(null);
        }
        return reload.run();
    }

    /** Links a suggestion's passage to the paragraph it was suggested for. */
    public CompletableFuture<Command> link(SourceSuggestions.Suggestion s) {
        String paragraph = paragraphId;
        if (paragraph == null) {
            return CompletableFuture.completedFuture(null);
        }
        String where = draft.where(paragraph);
        return session.execute(() -> commands.link(paragraph, s.input().id(), s.start(), s.end(), where)
                .command());
    }

    public boolean isWritable() {
        return !session.project().isReadOnly();
    }

    public ObservableList<SourceSuggestions.Suggestion> suggestions() {
        return suggestions;
    }
}
