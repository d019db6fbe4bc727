package org.penholder.text;

/**
 * A failure or refusal a person reads in the window's language: the exception's own message stays
 * English for the command line and logs; its phrase is what the window puts into words.
 */
public interface PhrasedFailure {

    /** What went wrong or why nothing was done, to be said in the window's language. */
    Phrase phrase();
}
