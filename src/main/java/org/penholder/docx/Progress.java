package org.penholder.docx;

import java.util.concurrent.CancellationException;
import org.penholder.text.Phrase;

/**
 * How long work on a Word file tells its caller how far it is, and learns that it should stop.
 * The window adapts it to a task with a progress bar and Cancel; commands pass {@link #NONE}.
 */
public interface Progress {

    /** Reports nothing and never cancels. */
    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total, String message) {}

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** {@code done} of {@code total} steps are done; {@code message} says what is under way. */
    void update(long done, long total, String message);

    /**
     * As {@link #update(long, long, String)}, with what is under way as a phrase, put into words by
     * whoever shows the progress (the window in its language); in English unless told otherwise.
     */
    default void update(long done, long total, Phrase message) {
        update(done, total, message.english());
    }

    /** True once the person has asked to stop. */
    boolean isCancelled();

    /** Stops the work (by throwing) when the person has asked to stop. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancellationException("cancelled");
        }
    }
}
