package org.penholder.ui.common;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.concurrent.Task;
import org.penholder.docx.Progress;

/**
 * Long work of the window (exports, imports) as a JavaFX task: its progress and message follow
 * the work's {@link Progress}, and Cancel stops the work at its next check.
 */
public abstract class ProgressTask<T> extends Task<T> {

    /** The work, given the progress to report to. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** A task running {@code work}, showing {@code firstMessage} until the work reports. */
    public static <T> ProgressTask<T> of(String firstMessage, Work<T> work) {
        return new ProgressTask<>() {
            @Override
            protected T call() throws Exception {
                updateMessage(firstMessage);
                return work.run(progress());
            }
        };
    }

    /** The progress that moves this task's bar and message. */
    protected final Progress progress() {
        return new Progress() {
            @Override
            public void update(long done, long total, String message) {
                updateProgress(done, total);
                updateMessage(message);
            }

            @Override
            public void update(long done, long total, org.penholder.text.Phrase message) {
                update(done, total, Messages.get(message));
            }

            @Override
            public boolean isCancelled() {
                return ProgressTask.this.isCancelled();
            }
        };
    }

    /** Waits for work handed to the project's thread; its failure is thrown as it was. */
    public static <V> V await(CompletableFuture<V> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }
}
