package org.penholder.store;

import java.nio.file.Path;
import java.util.List;

/**
 * A project file whose schema holds what this Penholder does not make (a planted trigger, a view,
 * an altered table): it is refused untouched. Its data can still be read into a fresh file with
 * {@link CleanedCopy}.
 */
public final class UntrustedProjectException extends ProjectFileException {

    private final List<String> differences;

    public UntrustedProjectException(Path file, List<String> differences) {
        super(file, describe(differences));
        this.differences = List.copyOf(differences);
    }

    /** What was found, each in a few words ("an extra trigger \"wipe\" on amendment"). */
    public List<String> differences() {
        return differences;
    }

    private static String describe(List<String> differences) {
        int shown = Math.min(5, differences.size());
        String list = String.join("; ", differences.subList(0, shown))
                + (differences.size() > shown ? "; and " + (differences.size() - shown) + " more" : "");
        return "was changed outside Penholder and was not opened: it holds " + list
                + ". Its data can be read into a cleaned copy, a new file made by this Penholder";
    }
}
