package org.penholder.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * How a view model reads what it shows: on the project's thread, handed back on the UI thread.
 * One read at a time; asks that come while one is under way fold into one more, so a burst of
 * changes costs two reads, and what is shown is never older than the last ask. While the view is
 * hidden an ask only marks it stale, and it reads when shown again.
 */
public final class Reload<T> {

    private final ProjectSession session;
    private final Supplier<Callable<T>> read;
    private final Consumer<T> show;
    private boolean showing = true;
    private boolean stale;
    private boolean inFlight;
    private CompletableFuture<Void> again;

    /**
     * @param read gives, on the UI thread, the read to run with the view's state of the moment
     *     (its filters); the read runs on the project's thread
     * @param show shows what was read, on the UI thread
     */
    public Reload(ProjectSession session, Supplier<Callable<T>> read, Consumer<T> show) {
        this.session = session;
        this.read = read;
        this.show = show;
    }

    /** Reads again (or, hidden, marks stale); completes once what was asked for shows. Call on the UI thread. */
    public CompletableFuture<Void> run() {
        if (!showing) {
            stale = true;
            return CompletableFuture.completedFuture(null);
        }
        if (inFlight) {
            if (again == null) {
                again = new CompletableFuture<>();
            }
            return again;
        }
        inFlight = true;
        stale = false;
        CompletableFuture<Void> done = new CompletableFuture<>();
        session.read(read.get())
                .whenComplete((value, error) -> session.onUi(() -> {
                    inFlight = false;
                    if (error == null) {
                        show.accept(value);
                    }
                    CompletableFuture<Void> next = again;
                    again = null;
                    if (next != null) {
                        run().whenComplete((v, e) -> next.complete(null));
                    }
                    if (error != null) {
                        done.completeExceptionally(error);
                    } else {
                        done.complete(null);
                    }
                }));
        return done;
    }

    /** Whether the view is on screen; shown again after a change, it reads at once. */
    public void setShowing(boolean showing) {
        this.showing = showing;
        if (showing && stale) {
            run();
        }
    }

    public boolean isShowing() {
        return showing;
    }
}
