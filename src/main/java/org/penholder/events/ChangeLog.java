package org.penholder.events;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the events posted while a project is written, keeping those of the open transaction
 * apart until it commits: a transaction (or savepoint) that rolls back takes its events with it, so
 * only committed changes are ever told. Not thread-safe: the project file's own lock guards it.
 */
public final class ChangeLog {

    private final List<ProjectEvent> open = new ArrayList<>();
    private final List<ProjectEvent> committed = new ArrayList<>();
    private boolean recording;

    /** Keeps committed events for {@link #take}; off, they are dropped (nobody listens: a command of the CLI). */
    public void record(boolean on) {
        recording = on;
        if (!on) {
            committed.clear();
        }
    }

    /** An event of the open transaction. */
    public void post(ProjectEvent event) {
        open.add(event);
    }

    /** How many events the open transaction has posted (a savepoint's mark). */
    public int mark() {
        return open.size();
    }

    /** Forgets the events posted since {@code mark} (their savepoint rolled back). */
    public void rollbackTo(int mark) {
        open.subList(mark, open.size()).clear();
    }

    /** The open transaction committed: its events are now true. */
    public void commit() {
        if (recording) {
            committed.addAll(open);
            if (committed.size() > 4096) {
                // a very long piece of work: keep one event per kind
                List<ProjectEvent> merged = Changes.of(null, committed).events();
                committed.clear();
                committed.addAll(merged);
            }
        }
        open.clear();
    }

    /** The open transaction rolled back. */
    public void rollback() {
        open.clear();
    }

    /** The events committed since the last take, and forgets them. */
    public List<ProjectEvent> take() {
        List<ProjectEvent> out = List.copyOf(committed);
        committed.clear();
        return out;
    }
}
