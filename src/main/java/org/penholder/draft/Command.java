package org.penholder.draft;

import org.penholder.text.Phrase;

/**
 * A user action on the project that can be undone and redone. Undoing never rewrites history: it
 * is a new change, recorded as an amendment like any other.
 */
public interface Command {

    /**
     * What the action did, as the Edit menu shows it after "Undo" and "Redo": a key of the
     * interface's messages ({@code command.*}) put into the window's language; what the person
     * named (a paragraph's number, a stakeholder's name) is an argument, never part of the words.
     */
    Phrase phrase();

    /** What the action did, in English (the command line, logs). */
    default String description() {
        return phrase().english();
    }

    void undo();

    void redo();

    /**
     * This command followed by {@code next} as one command, when they belong together (typing in the
     * same paragraph, in the same burst); otherwise null.
     */
    default Command mergeWith(Command next) {
        return null;
    }

    /** A command from its description and what undo and redo do. */
    static Command of(Phrase description, Runnable undo, Runnable redo) {
        return new Simple(description, undo, redo);
    }

    /** The plain command of {@link #of}. */
    record Simple(Phrase phrase, Runnable undoAction, Runnable redoAction) implements Command {
        @Override
        public void undo() {
            undoAction.run();
        }

        @Override
        public void redo() {
            redoAction.run();
        }
    }
}
