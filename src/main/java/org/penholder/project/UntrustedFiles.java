package org.penholder.project;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.penholder.store.CleanedCopy;
import org.penholder.store.UntrustedProjectException;
import org.penholder.text.Phrase;

/**
 * Project files refused for what they hold (docs/adr/0120), as the window tells them: which file
 * and what was found, and the cleaned copy it offers to open instead.
 */
public final class UntrustedFiles {

    private UntrustedFiles() {}

    /** A project file refused for what it holds, each difference to be said in the reader's language. */
    public record Refusal(Path file, List<Phrase> differences) {}

    /** The refusal behind an error of opening a project, when that is what it was. */
    public static Optional<Refusal> refusalIn(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof UntrustedProjectException refused) {
                return Optional.of(new Refusal(refused.file(), refused.differencesSaid()));
            }
        }
        return Optional.empty();
    }

    /** What a cleaned copy holds: whether everything came across, and one line for a person. */
    public record Cleaned(boolean complete, Phrase summary) {}

    /** Writes a cleaned copy of a refused file: its data read into a new file that Penholder makes. */
    public static Cleaned writeCleanedCopy(Path refused, Path target) {
        CleanedCopy.Report r = CleanedCopy.write(refused, target);
        return new Cleaned(r.rowsLeftOut().isEmpty() && r.danglingReferences() == 0, r.said());
    }
}
