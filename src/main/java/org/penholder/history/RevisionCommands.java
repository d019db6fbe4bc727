package org.penholder.history;

import java.util.function.Supplier;
import org.penholder.draft.Command;
import org.penholder.model.Author;
import org.penholder.model.Revision;
import org.penholder.store.RemovedRows;
import org.penholder.text.Phrase;

/**
 * Revisions and numbering as undoable commands. A revision frozen or imported by mistake is taken
 * back by Undo (it was a snapshot, not a change of the draft: the amendment log is untouched) and
 * comes back, the same, by Redo.
 */
public final class RevisionCommands {

    private final RevisionService revisions;
    private final Supplier<Author> author;

    public RevisionCommands(RevisionService revisions, Supplier<Author> author) {
        this.revisions = revisions;
        this.author = author;
    }

    /** Freezes the draft as a revision (and, when asked, its numbering). */
    public Frozen freeze(String name, String note, boolean freezeNumbering) {
        String before = revisions.numberingFrozenTo();
        Revision r = revisions.freeze(name, note, author.get(), freezeNumbering);
        return new Frozen(
                r, new TakeBack(Phrase.of("command.freeze", r.name()), r.id(), before, revisions.numberingFrozenTo()));
    }

    /** A revision just frozen and the command that takes it back. */
    public record Frozen(Revision revision, Command command) {}

    /** A revision just read from a Word file (by {@code docx.DraftImportService}), as a command. */
    public Command imported(Revision r) {
        String now = revisions.numberingFrozenTo();
        return new TakeBack(Phrase.of("command.importDraft", r.name()), r.id(), now, now);
    }

    /** Numbers the draft consecutively again, ending the frozen numbering. */
    public Command renumber() {
        String before = revisions.numberingFrozenTo();
        revisions.renumber();
        return Command.of(
                Phrase.of("command.renumber"),
                () -> revisions.freezeNumberingTo(before),
                () -> revisions.freezeNumberingTo(null));
    }

    /** Undo takes the revision out (numbering as before it came), redo puts it back. */
    private final class TakeBack implements Command {
        private final Phrase phrase;
        private final long id;
        private final String numberingBefore;
        private final String numberingAfter;
        private RemovedRows removed;

        TakeBack(Phrase phrase, long id, String numberingBefore, String numberingAfter) {
            this.phrase = phrase;
            this.id = id;
            this.numberingBefore = numberingBefore;
            this.numberingAfter = numberingAfter;
        }

        @Override
        public Phrase phrase() {
            return phrase;
        }

        @Override
        public void undo() {
            removed = revisions.takeBack(id, numberingBefore);
        }

        @Override
        public void redo() {
            revisions.putBack(id, removed, numberingAfter);
            removed = null;
        }
    }
}
