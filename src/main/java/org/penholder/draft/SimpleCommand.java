package org.penholder.draft;

/** A command whose undo and redo are each one action. */
public record SimpleCommand(String description, Runnable undoAction, Runnable redoAction) implements Command {

    @Override
    public void undo() {
        undoAction.run();
    }

    @Override
    public void redo() {
        redoAction.run();
    }
}
