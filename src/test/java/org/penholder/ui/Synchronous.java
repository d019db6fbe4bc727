package org.penholder.ui;

import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;
import org.penholder.model.Author;
import org.penholder.project.Project;

/**
 * A session whose every thread is the caller's: work on the project, results for the UI and long
 * work all run at once, in order. View-model tests use it: what a view model shows is there as soon
 * as the call that asked for it returns, without the FX thread or waiting.
 */
public final class Synchronous {

    private Synchronous() {}

    /** A session on {@code project} that runs everything at once on the calling thread. */
    public static ProjectSession session(Project project, Author author) {
        return new ProjectSession(project, new Direct(), Runnable::run, Runnable::run, () -> author);
    }

    /** An executor service that runs each task at once on the calling thread. */
    static final class Direct extends AbstractExecutorService {
        private volatile boolean shutdown;

        @Override
        public void execute(Runnable command) {
            command.run();
        }

        @Override
        public void shutdown() {
            shutdown = true;
        }

        @Override
        public List<Runnable> shutdownNow() {
            shutdown = true;
            return List.of();
        }

        @Override
        public boolean isShutdown() {
            return shutdown;
        }

        @Override
        public boolean isTerminated() {
            return shutdown;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return true;
        }
    }
}
