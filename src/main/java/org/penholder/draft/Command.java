package org.penholder.draft;

import org.penholder.text.Phrase;

/**
 * A user action on the project that can be undone and redone. Undoing never rewrites history: it
 * is a new change, recorded as an amendment like any other.
 */
public interface Command {

    /** What the action did, in English (the command line, logs). */
    String description();

    /** What the action did, as the Edit menu shows it after "Undo" and "Redo", in the window's language. */
    default Phrase phrase() {
        return Phrase.verbatim(description());
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

    /** A command described in English only; prefer {@link #of(Phrase, Runnable, Runnable)}. */
    static Command of(String description, Runnable undo, Runnable redo) {
        return new Simple(Phrase.verbatim(description), undo, redo);
    }

    /** The plain command of {@link #of}. */
    record Simple(Phrase phrase, Runnable undoAction, Runnable redoAction) implements Command {
        @Override
        public String description() {
            return phrase.english();
        }

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
