package org.penholder.ui.history;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.penholder.draft.Command;
import org.penholder.history.RevisionCommands;
import org.penholder.history.RevisionService;
import org.penholder.model.Revision;
import org.penholder.ui.ProjectSession;
import org.penholder.ui.common.DialogService;
import org.penholder.ui.common.Errors;
import org.penholder.ui.common.Formats;
import org.penholder.ui.common.Messages;

/**
 * The Revision menu's actions on the open project, without the window: freeze the draft as a
 * revision (a command; Undo takes the revision back), renumber cleanly (a command), choose a
 * revision to read and read it. Questions go to the {@link DialogService}.
 */
public final class RevisionActions {

    private final ProjectSession session;
    private final DialogService dialogs;
    private final Runnable flushTyping;
    private final RevisionCommands commands;

    /** @param flushTyping writes typing that waits, so that what is frozen holds it */
    public RevisionActions(ProjectSession session, DialogService dialogs, Runnable flushTyping) {
        this.session = session;
        this.dialogs = dialogs;
        this.flushTyping = flushTyping;
        this.commands = new RevisionCommands(session.project().revisionService(), session::author);
    }

    /** Asks for a name and freezes the draft as a revision; completes with it (empty when cancelled or refused). */
    public CompletableFuture<Optional<Revision>> freeze() {
        if (session.project().isReadOnly()) {
            dialogs.showError(
                    Messages.get("history.revisionActions.cannotFreezeARevision"),
                    Messages.get("history.revisionActions.theProjectIsOpenRead"));
            return CompletableFuture.completedFuture(Optional.empty());
        }
        flushTyping.run();
        CompletableFuture<Optional<Revision>> done = new CompletableFuture<>();
        session.read(() -> session.project()
                        .documentLanguage()
                        .nextRevisionName(
                                session.project().revisionService().revisions().size()))
                .thenAccept(suggested -> session.onUi(() -> {
                    Optional<DialogService.NewRevision> answer = dialogs.askNewRevision(suggested);
                    if (answer.isEmpty()) {
                        done.complete(Optional.empty());
                        return;
                    }
                    DialogService.NewRevision a = answer.get();
                    Revision[] frozen = {null};
                    session.execute(() -> {
                                RevisionCommands.Frozen f = commands.freeze(a.name(), a.note(), a.freezeNumbering());
                                frozen[0] = f.revision();
                                return f.command();
                            })
                            .whenComplete((c, e) -> session.onUi(() -> {
                                if (e != null && !Errors.isRefusal(e)) { // a refusal is said by the session
                                    dialogs.showError(
                                            Messages.get("history.revisionActions.couldNotFreezeTheRevision"),
                                            Errors.message(e));
                                }
                                done.complete(Optional.ofNullable(frozen[0]));
                            }));
                }));
        return done;
    }

    /** Numbers the draft consecutively again, ending the frozen numbering. */
    public CompletableFuture<Command> renumber() {
        flushTyping.run();
        return session.execute(commands::renumber);
    }

    /** Asks which revision to read; completes with its name, or empty when there is none or the person cancels. */
    public CompletableFuture<Optional<String>> chooseRevision() {
        CompletableFuture<Optional<String>> chosen = new CompletableFuture<>();
        session.read(() -> session.project().revisionService().revisions())
                .thenAccept(revisions -> session.onUi(() -> {
                    if (revisions.isEmpty()) {
                        dialogs.showInformation(
                                Messages.get("history.revisionActions.noRevisions"),
                                Messages.get("history.revisionActions.freezeTheDraftAsA"));
                        chosen.complete(Optional.empty());
                        return;
                    }
                    // the list shows when each was frozen and its note; the choice maps back to the name
                    Map<String, String> names = new LinkedHashMap<>();
                    for (Revision r : revisions) {
                        names.put(
                                r.name() + "  (" + Formats.dateTime().format(r.createdAt())
                                        + (r.note() == null ? "" : ", " + r.note()) + ")",
                                r.name());
                    }
                    chosen.complete(dialogs.chooseOne(
                                    Messages.get("history.revisionActions.openRevision"),
                                    Messages.get("history.revisionActions.whichRevisionDoYouWant"),
                                    List.copyOf(names.keySet()))
                            .map(names::get));
                }));
        return chosen;
    }

    /** A revision as it was frozen; completes on the UI thread. */
    public CompletableFuture<RevisionService.Snapshot> snapshot(String name) {
        CompletableFuture<RevisionService.Snapshot> read = new CompletableFuture<>();
        session.read(() -> session.project().revisionService().snapshot(name))
                .whenComplete((s, e) -> session.onUi(() -> {
                    if (e != null) {
                        read.completeExceptionally(e);
                    } else {
                        read.complete(s);
                    }
                }));
        return read;
    }
}
