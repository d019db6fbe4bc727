package org.penholder.store;

import java.nio.file.Path;
import java.util.List;
import org.penholder.text.Phrase;

/**
 * A project file whose schema holds what this Penholder does not make (a planted trigger, a view,
 * an altered table): it is refused untouched. Its data can still be read into a fresh file with
 * {@link CleanedCopy}.
 */
public final class UntrustedProjectException extends ProjectFileException {

    /** How many differences the message names; the rest are counted. */
    private static final int NAMED = 5;

    @SuppressWarnings("serial") // plain words and names; never serialised
    private final List<SchemaCheck.Difference> differences;

    public UntrustedProjectException(Path file, List<SchemaCheck.Difference> differences) {
        super(
                file,
                "was changed outside Penholder and was not opened: it holds "
                        + SchemaCheck.list(differences, NAMED).english()
                        + ". Its data can be read into a cleaned copy, a new file made by this Penholder",
                ProjectFileException.said("projectFile.untrusted", file, SchemaCheck.list(differences, NAMED)));
        this.differences = List.copyOf(differences);
    }

    /** What was found, each in a few words, in English ("an extra trigger \"wipe\" on amendment"). */
    public List<String> differences() {
        return differences.stream().map(SchemaCheck.Difference::english).toList();
    }

    /** The first {@code shown} differences listed for a person, the rest counted ("A; B; and 3 more"). */
    public Phrase listed(int shown) {
        return SchemaCheck.list(differences, shown);
    }

    /** The same, to be said in the reader's language. */
    public List<Phrase> differencesSaid() {
        return differences.stream().map(SchemaCheck.Difference::said).toList();
    }
}
