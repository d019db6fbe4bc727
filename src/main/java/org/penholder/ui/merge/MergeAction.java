package org.penholder.ui.merge;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.penholder.merge.MergeReport;
import org.penholder.ui.ProjectSession;
import org.penholder.ui.common.Background;
import org.penholder.ui.common.DialogService;
import org.penholder.ui.common.Messages;
import org.penholder.ui.common.ProgressTask;

/**
 * File > Merge from Another Copy…: asks for the copy, reads what it would bring in (a task with
 * Cancel), shows that preview, and merges in a task with a progress bar and Cancel as one step of
 * Undo. The project's thread does the reading and writing; the UI thread only waits for answers.
 */
public final class MergeAction {

    private final ProjectSession session;
    private final DialogService dialogs;
    private final Runnable flushTyping;
    private final Predicate<MergeReport> confirm;
    private final Consumer<MergeReport> merged;
    private final MergeViewModel model;

    /**
     * @param confirm shows the preview and answers whether to merge
     * @param merged  runs on the UI thread once a merge is done
     */
    public MergeAction(
            ProjectSession session,
            DialogService dialogs,
            Runnable flushTyping,
            Predicate<MergeReport> confirm,
            Consumer<MergeReport> merged) {
        this.session = session;
        this.dialogs = dialogs;
        this.flushTyping = flushTyping;
        this.confirm = confirm;
        this.merged = merged;
        this.model = new MergeViewModel(session);
    }

    /** Asks for the other copy and previews it. */
    public void start() {
        Optional<Path> chosen = dialogs.chooseFileToOpen(
                Messages.get("merge.title"), Messages.get("merge.action.projects"), "*.penholder");
        if (chosen.isEmpty()) {
            return;
        }
        Path other = chosen.get().toAbsolutePath();
        if (other.equals(session.project().file().toAbsolutePath())) {
            dialogs.showError(Messages.get("merge.action.cannotMerge"), Messages.get("merge.action.ownFile"));
            return;
        }
        flushTyping.run();
        String name = other.getFileName().toString();
        ProgressTask<MergeReport> preview = ProgressTask.of(
                Messages.get("merge.action.reading", name), progress -> ProgressTask.await(model.preview(other)));
        preview.setOnSucceeded(e -> ask(other, preview.getValue()));
        preview.setOnFailed(e ->
                dialogs.showError(Messages.get("merge.action.cannotMergeFile", name), message(preview.getException())));
        dialogs.showProgress(Messages.get("merge.title"), preview);
        Background.execute(preview);
    }

    private void ask(Path other, MergeReport preview) {
        String name = other.getFileName().toString();
        if (preview.nothing()) {
            dialogs.showInformation(Messages.get("merge.action.nothingToMerge"), MergeViewModel.done(preview));
            return;
        }
        if (!confirm.test(preview)) {
            return;
        }
        ProgressTask<MergeReport> task = ProgressTask.of(Messages.get("merge.action.merging", name), progress -> {
            MergeReport[] done = {null};
            RuntimeException[] failed = {null};
            ProgressTask.await(session.execute(() -> {
                if (progress.isCancelled()) {
                    return null; // cancelled while waiting for the project: nothing is written
                }
                try {
                    MergeViewModel.Merge m = model.merge(other, (what, fraction) -> {
                        progress.update(Math.round(fraction * 100), 100, Messages.get(what));
                        if (progress.isCancelled()) {
                            throw new CancellationException("cancelled"); // the transaction is rolled back
                        }
                    });
                    done[0] = m.report();
                    return m;
                } catch (RuntimeException e) {
                    // the merge wrote nothing: not a failure to save the project, only this merge's
                    failed[0] = e;
                    return null;
                }
            }));
            progress.checkCancelled();
            if (failed[0] != null) {
                throw failed[0];
            }
            return done[0];
        });
        task.setOnSucceeded(e -> {
            merged.accept(task.getValue());
            dialogs.showInformation(Messages.get("merge.action.merged", name), MergeViewModel.done(task.getValue()));
        });
        task.setOnFailed(
                e -> dialogs.showError(Messages.get("merge.action.couldNotMerge", name), message(task.getException())));
        dialogs.showProgress(Messages.get("merge.action.mergingTitle", name), task);
        Background.execute(task);
    }

    private static String message(Throwable e) {
        String m = DialogService.messageOf(e).strip();
        // a reason in Chinese or Arabic ends with its own full stop or question mark
        boolean ended = !m.isEmpty() && ".。!?！？؟…".indexOf(m.charAt(m.length() - 1)) >= 0;
        return Messages.get("merge.action.nothingChanged", m + (ended ? "" : "."));
    }
}
