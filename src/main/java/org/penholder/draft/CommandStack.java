package org.penholder.draft;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.penholder.text.Phrase;

/**
 * Undo and redo of a session's commands, with bounded depth. Commands are recorded after they have
 * been carried out; undo and redo run on the caller's thread.
 */
public final class CommandStack {

    private final int limit;
    private final Deque<Command> undo = new ArrayDeque<>();
    private final Deque<Command> redo = new ArrayDeque<>();
    private boolean running;

    public CommandStack(int limit) {
        this.limit = limit;
    }

    /** Records a command that has just been carried out; merges it with the previous one when they belong together. */
    public synchronized void done(Command command) {
        if (running) {
            throw new IllegalStateException("a command was recorded while another was being undone or redone");
        }
        redo.clear();
        Command top = undo.peek();
        Command merged = top == null ? null : top.mergeWith(command);
        if (merged != null) {
            undo.pop();
            undo.push(merged);
            return;
        }
        undo.push(command);
        while (undo.size() > limit) {
            undo.removeLast();
        }
    }

    public synchronized Optional<String> undoDescription() {
        return Optional.ofNullable(undo.peek()).map(Command::description);
    }

    public synchronized Optional<String> redoDescription() {
        return Optional.ofNullable(redo.peek()).map(Command::description);
    }

    /** What Undo would undo, to be said in the window's language. */
    public synchronized Optional<Phrase> undoPhrase() {
        return Optional.ofNullable(undo.peek()).map(Command::phrase);
    }

    /** What Redo would redo, to be said in the window's language. */
    public synchronized Optional<Phrase> redoPhrase() {
        return Optional.ofNullable(redo.peek()).map(Command::phrase);
    }

    /** Undoes the latest command; returns what was undone. */
    public synchronized Optional<String> undo() {
        Command c = undo.poll();
        if (c == null) {
            return Optional.empty();
        }
        run(c::undo, () -> undo.push(c));
        redo.push(c);
        return Optional.of(c.description());
    }

    /** Redoes the latest undone command; returns what was redone. */
    public synchronized Optional<String> redo() {
        Command c = redo.poll();
        if (c == null) {
            return Optional.empty();
        }
        run(c::redo, () -> redo.push(c));
        undo.push(c);
        return Optional.of(c.description());
    }

    public synchronized void clear() {
        undo.clear();
        redo.clear();
    }

    private void run(Runnable action, Runnable putBack) {
        running = true;
        try {
            action.run();
        } catch (RuntimeException e) {
            putBack.run();
            throw e;
        } finally {
            running = false;
        }
    }
}
