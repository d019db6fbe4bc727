package org.penholder.ui;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.penholder.draft.Command;
import org.penholder.draft.CommandRefused;
import org.penholder.draft.CommandStack;
import org.penholder.draft.DraftCommands;
import org.penholder.events.Changes;
import org.penholder.events.ProjectEvent;
import org.penholder.model.Author;
import org.penholder.project.Project;
import org.penholder.text.MessageBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A project open in the window, and the one path between the window and it. Every read and write
 * of the project file runs, in order, on one background thread of its own, so the UI thread never
 * waits on the disk; results and the "saved" state come back through the UI executor. Changes that
 * are commands go on the command stack ({@link #execute}); undo and redo run on the same thread.
 * After each piece of work, what it changed is told to the view models that subscribed, on the UI
 * thread ({@link #subscribe}, docs/adr/0100). Long work of neither thread runs through
 * {@link #background} and {@link #job}.
 */
public final class ProjectSession {

    /** Whether every change has reached the project file. */
    public enum SaveState {
        SAVED,
        SAVING,
        FAILED
    }

    private final Project project;
    private final ExecutorService store;
    private final Executor ui;
    private final Executor background;
    private final Supplier<Author> author;
    private final CommandStack commands = new CommandStack(500);
    private final DraftCommands draftCommands;
    private final AtomicInteger pending = new AtomicInteger();

    private final ReadOnlyObjectWrapper<SaveState> saveState = new ReadOnlyObjectWrapper<>(SaveState.SAVED);
    private final ReadOnlyObjectWrapper<Instant> lastSaved = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper undoDescription = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoDescription = new ReadOnlyStringWrapper("");
    private final java.util.List<Consumer<Changes>> listeners = new CopyOnWriteArrayList<>();
    private volatile Consumer<Throwable> onError = e -> {};
    private volatile Consumer<Throwable> onReadError = e -> {};
    private volatile Consumer<String> onRefused = m -> {};

    public ProjectSession(Project project, Executor ui, Supplier<Author> author) {
        this(
                project,
                Executors.newSingleThreadExecutor(r -> {
                    Thread t = new Thread(r, "project-file");
                    t.setDaemon(true);
                    return t;
                }),
                ui,
                BACKGROUND,
                author);
    }

    /**
     * A session whose work runs on {@code store} (one thread, in order), whose results come back
     * through {@code ui}, and whose long work runs on {@code background}. Tests pass executors that
     * run at once, and the view models then answer without any thread of their own.
     */
    public ProjectSession(
            Project project, ExecutorService store, Executor ui, Executor background, Supplier<Author> author) {
        this.project = project;
        this.store = store;
        this.ui = ui;
        this.background = background;
        this.author = author;
        this.draftCommands = new DraftCommands(project.draftService(), author);
        project.recordChanges();
    }

    public Project project() {
        return project;
    }

    public Author author() {
        return author.get();
    }

    public DraftCommands draftCommands() {
        return draftCommands;
    }

    /** Where failures of changes are reported (on the UI thread). */
    public void setOnError(Consumer<Throwable> handler) {
        this.onError = handler;
    }

    /** Where a command that would not run, or not be undone, says why (on the UI thread); nothing was changed. */
    public void setOnRefused(Consumer<String> handler) {
        this.onRefused = handler;
    }

    /** Where failures of {@link #read} work are reported (on the UI thread). */
    public void setOnReadError(Consumer<Throwable> handler) {
        this.onReadError = handler;
    }

    /**
     * Runs a change on the project's thread; the future completes there (use {@link #onUi} to come
     * back). The save state says "saving" until every change submitted has been written.
     */
    public <T> CompletableFuture<T> submit(Callable<T> work) {
        return run(work, true, null);
    }

    /**
     * As {@link #submit}, on behalf of {@code origin}: the changes it makes are told with that
     * origin, so the view model that made them (and shows them already) can pass over them.
     */
    public <T> CompletableFuture<T> submit(Object origin, Callable<T> work) {
        return run(work, true, origin);
    }

    /**
     * Runs work that only reads the project on its thread, after the changes submitted before it,
     * so it sees them. It is not a change: the save state and the time of the last save stay as
     * they are, and a failure is reported as a failure to read, not to save.
     */
    public <T> CompletableFuture<T> read(Callable<T> work) {
        return run(work, false, null);
    }

    /**
     * Follows the project's changes: after each piece of work that changed it, once committed,
     * {@code listener} hears on the UI thread what changed (docs/adr/0100). Listeners hear in the
     * order they subscribed, all before whatever the work's caller does next on the UI thread.
     */
    public Subscription subscribe(Consumer<Changes> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Stops a listener of {@link #subscribe}. */
    @FunctionalInterface
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    /** Tells every listener that anything may have changed (a merge or restore done outside the session's commands). */
    public void replaced() {
        ui.execute(() -> tell(Changes.of(new ProjectEvent.ProjectReplaced())));
    }

    /** Hands the changes committed by the work just done to the UI thread (on the project's thread). */
    private void publishChanges(Object origin) {
        java.util.List<ProjectEvent> events = project.takeChanges();
        if (!events.isEmpty()) {
            Changes changes = Changes.of(origin, events);
            ui.execute(() -> tell(changes));
        }
    }

    private void tell(Changes changes) {
        for (Consumer<Changes> l : listeners) {
            try {
                l.accept(changes);
            } catch (RuntimeException e) {
                log().warn("a view failed to follow a change of the project", e);
            }
        }
    }

    private <T> CompletableFuture<T> run(Callable<T> work, boolean change, Object origin) {
        CompletableFuture<T> f = new CompletableFuture<>();
        if (store.isShutdown()) {
            // a view's delayed refresh can arrive after the project closed: there is nothing left to do
            f.cancel(false);
            return f;
        }
        if (change && pending.getAndIncrement() == 0) {
            ui.execute(() -> saveState.set(SaveState.SAVING));
        }
        store.execute(() -> {
            // the save state is updated before the future completes, so what follows sees it
            T result;
            try {
                result = work.call();
            } catch (Throwable e) {
                publishChanges(origin); // what it committed before failing is true all the same
                if (e instanceof CommandRefused refused) {
                    if (change) {
                        finished(null);
                    }
                    ui.execute(() -> onRefused.accept(MessageBundle.inWindow().format(refused.phrase())));
                    f.completeExceptionally(e);
                    return;
                }
                log().warn(change ? "project work failed" : "reading the project failed", e);
                if (change) {
                    finished(e);
                } else {
                    ui.execute(() -> onReadError.accept(e));
                }
                f.completeExceptionally(e);
                return;
            }
            publishChanges(origin);
            if (change) {
                finished(null);
            }
            f.complete(result);
        });
        return f;
    }

    /** Carries out a change that returns an undoable command, and records it for Undo. */
    public CompletableFuture<Command> execute(Callable<Command> change) {
        return execute(null, change);
    }

    /** As {@link #execute(Callable)}, on behalf of {@code origin} (see {@link #submit(Object, Callable)}). */
    public CompletableFuture<Command> execute(Object origin, Callable<Command> change) {
        return submit(origin, () -> {
            Command c = change.call();
            if (c != null) {
                commands.done(c);
            }
            publishUndo();
            return c;
        });
    }

    /** Records a command already carried out on the project's thread (typing). Call only there. */
    public void recordDone(Command command) {
        commands.done(command);
        publishUndo();
    }

    /** Undoes the latest command; completes with what was undone. */
    public CompletableFuture<Optional<String>> undo() {
        return submit(() -> {
            Optional<String> done = commands.undo();
            publishUndo();
            return done;
        });
    }

    public CompletableFuture<Optional<String>> redo() {
        return submit(() -> {
            Optional<String> done = commands.redo();
            publishUndo();
            return done;
        });
    }

    /**
     * Runs long work that is neither the project's nor the UI's (reading a Word file, a compare) on
     * a background thread; the future completes there (use {@link #onUi} to come back). Work that
     * reads or writes the project hands that part to {@link #read} or {@link #submit}.
     */
    public <T> CompletableFuture<T> background(Callable<T> work) {
        CompletableFuture<T> f = new CompletableFuture<>();
        background.execute(() -> {
            try {
                f.complete(work.call());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        });
        return f;
    }

    /**
     * Starts long work with progress and Cancel in the background; the job's message and progress
     * follow the work, and its result completes on the UI thread.
     */
    public <T> Job<T> job(String firstMessage, Job.Work<T> work) {
        Job<T> job = new Job<>(firstMessage);
        var progress = job.progress(this);
        background(() -> work.run(progress)).whenComplete((value, error) -> onUi(() -> job.finish(value, error)));
        return job;
    }

    private static final Executor BACKGROUND = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "penholder-background");
        t.setDaemon(true);
        return t;
    });

    /** Runs an action on the UI thread. */
    public void onUi(Runnable action) {
        ui.execute(action);
    }

    /** Completes once everything submitted so far has reached the project file. */
    public CompletableFuture<Void> drained() {
        return read(() -> null);
    }

    /**
     * Waits for pending work, closes the project and stops the thread. Call from a background thread.
     * Work submitted afterwards is not run: its future is cancelled.
     */
    public void close() {
        try {
            drained().join();
        } catch (CompletionException e) {
            log().warn("a change failed before closing", e);
        }
        store.execute(project::close);
        store.shutdown();
        try {
            if (!store.awaitTermination(30, TimeUnit.SECONDS)) {
                log().warn("{}: still busy after 30 s; closing anyway", project.file());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void finished(Throwable error) {
        int left = pending.decrementAndGet();
        ui.execute(() -> {
            if (error != null) {
                saveState.set(SaveState.FAILED);
                onError.accept(error);
            } else if (left == 0 && saveState.get() != SaveState.FAILED) {
                saveState.set(SaveState.SAVED);
                lastSaved.set(Instant.now());
            }
        });
    }

    /** Clears a failure once the person has seen it. */
    public void acknowledgeFailure() {
        saveState.set(pending.get() == 0 ? SaveState.SAVED : SaveState.SAVING);
    }

    private void publishUndo() {
        String u = commands.undoPhrase().map(MessageBundle.inWindow()::format).orElse("");
        String r = commands.redoPhrase().map(MessageBundle.inWindow()::format).orElse("");
        ui.execute(() -> {
            undoDescription.set(u);
            redoDescription.set(r);
        });
    }

    public ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Instant> lastSavedProperty() {
        return lastSaved.getReadOnlyProperty();
    }

    /** What Undo would undo ("Typing in 12."), empty when nothing. */
    public ReadOnlyStringProperty undoDescriptionProperty() {
        return undoDescription.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoDescriptionProperty() {
        return redoDescription.getReadOnlyProperty();
    }

    /** Looked up when something is logged: setting up the log (logback reading its XML) would otherwise delay the window's start. */
    private static Logger log() {
        return LoggerFactory.getLogger(ProjectSession.class);
    }
}
