package org.penholder.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/** Long work off the UI thread: opening, creating and copying projects. */
public final class Background {

    private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "penholder-background");
        t.setDaemon(true);
        return t;
    });

    private Background() {}

    /** Runs a task of the window's (one with progress and Cancel) in the background. */
    public static void execute(Task<?> task) {
        POOL.execute(task);
    }

    /** Runs work in the background; {@code onDone} or {@code onFailed} then run on the UI thread. */
    public static <T> Task<T> run(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> onDone.accept(task.getValue()));
        task.setOnFailed(e -> onFailed.accept(task.getException()));
        POOL.execute(task);
        return task;
    }

    /** Runs a task that reports its own progress and outcome (an export with a progress bar and Cancel). */
    public static void start(Task<?> task) {
        POOL.execute(task);
    }
}
