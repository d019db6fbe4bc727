package org.penholder.ui.common;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** What a person is told when background work fails. */
public final class Errors {

    private Errors() {}

    /** The message of the failure itself, unwrapped from the futures that carried it. */
    public static String message(Throwable e) {
        Throwable t = e;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
