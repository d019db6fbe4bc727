package org.penholder.docx;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.penholder.draft.DraftService;
import org.penholder.model.Author;
import org.penholder.model.BlockKind;
import org.penholder.model.Draft;
import org.penholder.model.Footnote;
import org.penholder.model.Ids;
import org.penholder.model.ParagraphKind;
import org.penholder.model.ParagraphLabel;
import org.penholder.model.ParagraphStatus;
import org.penholder.model.Revision;
import org.penholder.model.RevisionBlock;
import org.penholder.store.Database;
import org.penholder.store.DraftStore;
import org.penholder.store.MetaStore;
import org.penholder.store.RevisionStore;
import org.penholder.store.StoreException;
import org.penholder.text.DocumentWords;

/**
 * Stores a draft read from a Word file. Into an open project it becomes a new revision, beside
 * the working draft, which it never changes (so it can be compared with any other revision). Into
 * a new, empty project it is written through the draft service, so the project's history starts
 * with the creation of its paragraphs, and it is kept as the project's first revision.
 */
public final class DraftImportService {

    private final Database db;
    private final DraftStore drafts;
    private final RevisionStore revisions;
    private final MetaStore meta;
    private final DraftService draftService;
    private java.util.function.Consumer<org.penholder.text.Phrase> beforeImport = reason -> {};

    public DraftImportService(
            Database db, DraftStore drafts, RevisionStore revisions, MetaStore meta, DraftService draftService) {
        this.db = db;
        this.drafts = drafts;
        this.revisions = revisions;
        this.meta = meta;
        this.draftService = draftService;
    }

    /** What runs before a draft is imported, with the reason (the project's backup). */
    public void setBeforeImport(java.util.function.Consumer<org.penholder.text.Phrase> action) {
        this.beforeImport = action;
    }

    /** Stores the imported draft as a revision named {@code name}; the working draft stays as it is. */
    public Revision importAsRevision(ImportedDraft draft, String name, Author author) {
        String revisionName = requireName(name);
        beforeImport.accept(org.penholder.text.Phrase.of("backup.reason.importingDraft", revisionName));
        return db.write(() -> {
            Set<String> used = new HashSet<>();
            List<RevisionBlock> blocks = draft.revisionBlocks(
                    b -> idFor(b, used),
                    id -> drafts.paragraphEvenDeleted(id).map(p -> p.status()).orElse(ParagraphStatus.DRAFTING),
                    Ids::newUid);
            String title = draft.title().isBlank() ? meta.title() : draft.title();
            String symbol =
                    draft.symbol().isBlank() ? meta.get(MetaStore.SYMBOL).orElse("") : draft.symbol();
            return revisions.create(revisionName, note(draft), author.display(), title, symbol, false, blocks);
        });
    }

    /**
     * Writes the imported draft into this project, which must have no draft yet, through the draft
     * service, and keeps it as the first revision. When the file's numbers are not consecutive
     * ("12 bis", gaps), that revision keeps them and the project's numbering is frozen to it.
     */
    public Revision fillNewProject(ImportedDraft draft, String revisionName, Author author) {
        String name = requireName(revisionName);
        return db.write(() -> {
            if (drafts.countParagraphs() > 0 || drafts.countSections() > 0) {
                throw new StoreException(
                        db.file() + ": already has a draft; import the Word file as a revision instead");
            }
            Set<String> used = new HashSet<>();
            Map<String, ParagraphLabel> fileLabels = new HashMap<>();
            String section = null;
            int sectionPosition = 0;
            Map<String, Integer> positions = new HashMap<>();
            for (ImportedDraft.Block b : draft.blocks()) {
                String id = idFor(b, used);
                if (b.kind() == BlockKind.HEADING) {
                    draftService.addSection(id, b.text(), sectionPosition++, author);
                    section = id;
                } else {
                    int position = positions.merge(String.valueOf(section), 1, Integer::sum) - 1;
                    draftService.insertParagraph(
                            id,
                            section,
                            position,
                            b.kind() == BlockKind.PP ? ParagraphKind.PP : ParagraphKind.OP,
                            b.text(),
                            author);
                    for (Footnote f : b.footnotes()) {
                        draftService
                                .footnotes()
                                .add(id, null, Math.min(f.anchor(), b.text().length()), f.text(), author);
                    }
                    fileLabels.put(id, b.label());
                }
            }
            Draft written = drafts.load();
            boolean consecutive = written.labels().equals(fileLabels);
            List<RevisionBlock> blocks = org.penholder.history.RevisionService.snapshot(
                    written, consecutive ? written.labels() : fileLabels);
            Revision revision = revisions.create(
                    name, note(draft), author.display(), written.title(), written.symbol(), !consecutive, blocks);
            if (!consecutive) {
                meta.put(MetaStore.FROZEN_NUMBERING_REVISION, Long.toString(revision.id()));
            }
            return revision;
        });
    }

    /** Refuses, before a file is read for nothing, to fill a working draft that is not empty. */
    public void checkDraftEmpty() {
        if (drafts.countParagraphs() > 0 || drafts.countSections() > 0) {
            throw new StoreException(db.file() + ": the working draft is not empty; import the Word file as a revision"
                    + " (without --as-draft) and use continue-from to make it the working draft");
        }
    }

    /** Refuses a name a revision cannot take (blank, taken, the working draft's) before a file is read for nothing. */
    public void checkRevisionName(String name) {
        org.penholder.history.RevisionService.refuseName(db, revisions, name);
    }

    private String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new StoreException(db.file() + ": a revision needs a name");
        }
        return name.strip();
    }

    /** The id Penholder embedded, or a new one (also when the file repeats an id). */
    private static String idFor(ImportedDraft.Block b, Set<String> used) {
        String id = b.embeddedId();
        if (id == null || !used.add(id)) {
            id = b.kind() == BlockKind.HEADING ? Ids.newSectionId() : Ids.newParagraphId();
            used.add(id);
        }
        return id;
    }

    /** The new revision's note, kept in the project where every teammate reads it: in the document's language. */
    private String note(ImportedDraft draft) {
        DocumentWords words = DocumentWords.in(meta.documentLanguage());
        String file = String.valueOf(draft.file().getFileName());
        String note = draft.fromVersion()
                .map(v -> words.get("history.importedNote.writtenFrom", file, v))
                .orElseGet(() -> words.get("history.importedNote", file));
        return draft.trackedChanges() == 0
                ? note
                : words.get("history.importedNote.trackedChanges", note, draft.trackedChanges());
    }
}
