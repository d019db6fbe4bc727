package org.penholder.ui.responsiveness;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Platform;
import org.penholder.project.Project;

/**
 * Records every read and write of a project file made on the UI thread, with where it came from.
 * The window's rule is that the UI thread never waits on the disk (all project work goes through
 * {@code ProjectSession}); this is how the checks and the benchmark catch a view that breaks it.
 * One watch at a time.
 */
public final class FileAccessWatch implements AutoCloseable {

    private static final StackWalker STACK = StackWalker.getInstance();
    /** The class every access passes through; the store's method that called it is the one counted. */
    private static final String DATABASE = "org.penholder.store.Database";

    private final List<Throwable> onUiThread = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> byStoreMethod = new ConcurrentHashMap<>();

    private FileAccessWatch() {}

    /** Starts watching every open project. */
    public static FileAccessWatch start() {
        FileAccessWatch watch = new FileAccessWatch();
        Project.watchFileAccess(() -> {
            if (Platform.isFxApplicationThread()) {
                watch.onUiThread.add(new Throwable("the project file was read or written on the UI thread"));
            }
            STACK.walk(frames -> frames.filter(f -> f.getClassName().startsWith("org.penholder.store.")
                                    && !f.getClassName().equals(DATABASE))
                            .findFirst())
                    .ifPresent(f -> watch.byStoreMethod.merge(
                            f.getClassName().substring("org.penholder.store.".length()) + "." + f.getMethodName(),
                            1,
                            Integer::sum));
        });
        return watch;
    }

    /** How many reads and writes, on any thread, the store's method made so far ("InputStore.text"). */
    public int accessesBy(String storeMethod) {
        return byStoreMethod.getOrDefault(storeMethod, 0);
    }

    /** Each access on the UI thread so far; the stack trace says which code made it. */
    public List<Throwable> onUiThread() {
        return List.copyOf(onUiThread);
    }

    /** The accesses on the UI thread so far, each as the frames of Penholder's code that made it. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        for (Throwable t : onUiThread) {
            b.append("project file accessed on the UI thread:");
            for (StackTraceElement e : t.getStackTrace()) {
                if (e.getClassName().startsWith("org.penholder.")
                        && !e.getClassName().startsWith(FileAccessWatch.class.getName())) {
                    b.append("\n    at ").append(e);
                }
            }
            b.append('\n');
        }
        return b.toString();
    }

    @Override
    public void close() {
        Project.watchFileAccess(null);
    }
}
