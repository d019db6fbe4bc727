package org.penholder.ui.common;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.penholder.draft.CommandRefused;
import org.penholder.text.PhrasedFailure;

/** What a person is told when background work fails. */
public final class Errors {

    private Errors() {}

    /**
     * The message of the failure itself, unwrapped from the futures that carried it; a refusal's
     * reason, or a project file's, in the window's language.
     */
    public static String message(Throwable e) {
        Throwable t = cause(e);
        if (t instanceof PhrasedFailure said) {
            return Messages.get(said.phrase());
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    /**
     * True when the work was refused for a reason the person can act on (nothing changed); a
     * refused command of the session has been said already ({@code ProjectSession.setOnRefused}).
     */
    public static boolean isRefusal(Throwable e) {
        return e != null && cause(e) instanceof CommandRefused;
    }

    private static Throwable cause(Throwable e) {
        Throwable t = e;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
