package org.penholder.merge;

import java.util.concurrent.CancellationException;
import org.penholder.text.Phrase;

/** Where a merge tells how far it is, and asks whether to stop (which leaves the project as it was). */
public interface MergeProgress {

    /** Reports nothing and never stops. */
    MergeProgress NONE = (what, fraction) -> {};

    /**
     * The merge is at {@code what} (a phrase the window says in its language), about {@code
     * fraction} (0 to 1) of the way; may throw {@link CancellationException} to stop it.
     */
    void step(Phrase what, double fraction);
}
