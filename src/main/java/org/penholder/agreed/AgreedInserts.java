package org.penholder.agreed;

import java.util.function.Supplier;
import org.penholder.draft.Command;
import org.penholder.draft.DraftService;
import org.penholder.model.AdoptedParagraph;
import org.penholder.model.AdoptedText;
import org.penholder.model.Amendment;
import org.penholder.model.Author;
import org.penholder.model.ParagraphKind;
import org.penholder.store.AgreedStore;
import org.penholder.store.Database;
import org.penholder.store.StoreException;
import org.penholder.text.Phrase;

/**
 * Takes an adopted paragraph into the draft as a new paragraph, with its citation recorded beside
 * the amendment that made it: an undoable command, like every change to the draft.
 */
public final class AgreedInserts {

    private final Database db;
    private final DraftService drafts;
    private final AgreedStore store;
    private final Supplier<Author> author;

    public AgreedInserts(Database db, DraftService drafts, AgreedStore store, Supplier<Author> author) {
        this.db = db;
        this.drafts = drafts;
        this.store = store;
        this.author = author;
    }

    /**
     * Inserts the text of adopted paragraph {@code agreedParagraphId} as paragraph {@code newId} at
     * {@code position} of a section (null: the preamble), cited; {@code after} names the paragraph it
     * follows, for the Edit menu ("PP2": "Insert agreed language (…) after PP2").
     */
    public Command insert(
            String newId, String sectionId, int position, ParagraphKind kind, long agreedParagraphId, String after) {
        AdoptedParagraph source = store.paragraph(agreedParagraphId)
                .orElseThrow(
                        () -> new StoreException(db.file() + ": there is no adopted paragraph " + agreedParagraphId));
        AdoptedText text = store.text(source.textId()).orElseThrow();
        String citation = text.name() + ", " + source.citation();
        db.write(() -> {
            Amendment a = drafts.insertParagraph(newId, sectionId, position, kind, source.text(), author.get());
            store.cite(newId, agreedParagraphId, a.id(), author.get().name());
            return null;
        });
        return Command.of(
                Phrase.of("command.insertAgreed", citation, after),
                () -> drafts.deleteParagraph(newId, author.get()),
                () -> drafts.insertParagraph(newId, sectionId, position, kind, source.text(), author.get()));
    }
}
