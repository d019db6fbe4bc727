package org.penholder.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.penholder.model.Author;
import org.penholder.model.BlockKind;
import org.penholder.model.Draft;
import org.penholder.model.Paragraph;
import org.penholder.model.ParagraphLabel;
import org.penholder.model.Revision;
import org.penholder.model.RevisionBlock;
import org.penholder.store.Database;
import org.penholder.store.DraftStore;
import org.penholder.store.RevisionStore;
import org.penholder.store.StoreException;

/** Named revisions of the draft: freezing the current text, and reading a revision back. */
public final class RevisionService {

    private final Database db;
    private final DraftStore drafts;
    private final RevisionStore revisions;

    public RevisionService(Database db, DraftStore drafts, RevisionStore revisions) {
        this.db = db;
        this.drafts = drafts;
        this.revisions = revisions;
    }

    /** Freezes the current draft as a revision named {@code name}. */
    public Revision freeze(String name, String note, Author author) {
        if (name == null || name.isBlank()) {
            throw new StoreException(db.file() + ": a revision needs a name");
        }
        return db.write(c -> {
            Draft draft = drafts.load();
            return revisions.create(name.strip(), note, author.display(), draft.title(), draft.symbol(), false,
                    snapshot(draft));
        });
    }

    /** The blocks of a draft as a revision stores them: headings and labelled paragraphs. */
    static List<RevisionBlock> snapshot(Draft draft) {
        return snapshot(draft, draft.labels());
    }

    /** The blocks of a draft with the given labels (consecutive, or frozen to a circulated revision). */
    public static List<RevisionBlock> snapshot(Draft draft, Map<String, ParagraphLabel> labels) {
        Map<String, Paragraph> byId = new java.util.HashMap<>();
        for (Paragraph p : draft.paragraphs()) {
            byId.put(p.id(), p);
        }
        List<RevisionBlock> blocks = new ArrayList<>();
        int ordinal = 0;
        for (Draft.Block b : draft.blocks()) {
            switch (b.kind()) {
                case TITLE -> { /* the title is kept on the revision itself */ }
                case HEADING -> blocks.add(new RevisionBlock(ordinal++, BlockKind.HEADING, b.id(), null, null, b.text()));
                case PP, OP -> {
                    Paragraph p = byId.get(b.id());
                    blocks.add(new RevisionBlock(ordinal++, b.kind(), p.id(), labels.get(p.id()).code(), p.status(), p.text()));
                }
            }
        }
        return blocks;
    }
}
