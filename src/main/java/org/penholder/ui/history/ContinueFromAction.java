package org.penholder.ui.history;

import java.util.List;
import org.penholder.model.Revision;
import org.penholder.ui.ProjectSession;
import org.penholder.ui.common.DialogService;
import org.penholder.ui.common.Messages;
import org.penholder.ui.draft.DraftViewModel;

/**
 * Revision > Continue from This Revision…: asks which revision, then makes it the working draft on
 * the project's thread as one undoable command (Edit > Undo brings the draft back as it was).
 */
public final class ContinueFromAction {

    private final ProjectSession session;
    private final DraftViewModel draft;
    private final DialogService dialogs;

    public ContinueFromAction(ProjectSession session, DraftViewModel draft, DialogService dialogs) {
        this.session = session;
        this.draft = draft;
        this.dialogs = dialogs;
    }

    /** Asks which revision becomes the working draft, then makes it so. */
    public void ask() {
        if (session.project().isReadOnly()) {
            dialogs.showError(
                    Messages.get("history.continueFromAction.cannotContinueFromARevision"),
                    Messages.get("history.continueFromAction.theProjectIsOpenRead"));
            return;
        }
        draft.flushTyping();
        session.read(() -> session.project().revisionService().revisions().stream()
                        .map(Revision::name)
                        .toList())
                .thenAccept(names -> session.onUi(() -> choose(names)));
    }

    private void choose(List<String> names) {
        if (names.isEmpty()) {
            dialogs.showInformation(
                    Messages.get("history.continueFromAction.noRevisions"),
                    Messages.get("history.continueFromAction.freezeTheDraftAsA"));
            return;
        }
        dialogs.chooseOne(
                        Messages.get("history.continueFromAction.continueFromThisRevision"),
                        Messages.get("history.continueFromAction.whichRevision"),
                        names,
                        names.get(names.size() - 1))
                .ifPresent(this::continueFrom);
    }

    /** Makes the revision the working draft. */
    public void continueFrom(String name) {
        session.execute(() -> session.project().continueFrom().continueFromCommand(name, session::author))
                .whenComplete((c, e) -> session.onUi(() -> {
                    if (e != null) {
                        dialogs.showError(
                                Messages.get("history.continueFromAction.couldNotContinueFrom", name),
                                DialogService.messageOf(e));
                    }
                    draft.reload();
                }));
    }
}
