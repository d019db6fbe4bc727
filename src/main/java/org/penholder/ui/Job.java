package org.penholder.ui;

import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.penholder.docx.Progress;

/**
 * Long work of the window (an import, an export, a compare) running in the background, as a view
 * shows it: a message, a progress (-1 while unknown), whether it still runs, and Cancel. Started by
 * {@link ProjectSession#job}; its properties change on the UI thread, its result completes there.
 */
public final class Job<T> {

    /** The work, given the progress to report to and to ask whether to stop. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(true);
    private final CompletableFuture<T> result = new CompletableFuture<>();
    private volatile boolean cancelled;

    Job(String firstMessage) {
        message.set(firstMessage);
    }

    /** What the work reports to: every update reaches the properties on the UI thread. */
    Progress progress(ProjectSession session) {
        return new Progress() {
            @Override
            public void update(long done, long total, String text) {
                double p = total <= 0 ? -1 : (double) done / total;
                session.onUi(() -> {
                    if (running.get()) {
                        progress.set(p);
                        message.set(text);
                    }
                });
            }

            @Override
            public void update(long done, long total, org.penholder.text.Phrase text) {
                update(done, total, org.penholder.text.MessageBundle.inWindow().format(text));
            }

            @Override
            public boolean isCancelled() {
                return cancelled;
            }
        };
    }

    /**
     * Ends the job on the UI thread with the work's outcome. Work that stops early on Cancel and
     * returns what it did (an import) completes with that; work that throws on Cancel is cancelled.
     */
    void finish(T value, Throwable error) {
        running.set(false);
        Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                ? error.getCause()
                : error;
        if (cause == null) {
            result.complete(value);
        } else if (cancelled || cause instanceof java.util.concurrent.CancellationException) {
            result.cancel(false);
        } else {
            result.completeExceptionally(cause);
        }
    }

    /** Asks the work to stop at its next check. */
    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Completes on the UI thread with the work's result, its failure, or cancelled. */
    public CompletableFuture<T> result() {
        return result;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Inside the work: waits for what it handed to the project's thread; a failure is thrown as it was. */
    public static <V> V await(CompletableFuture<V> future) {
        try {
            return future.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }
}
