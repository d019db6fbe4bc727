package org.penholder.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.penholder.draft.CommandRefused;
import org.penholder.model.Author;
import org.penholder.model.BlockKind;
import org.penholder.model.Draft;
import org.penholder.model.Numbering;
import org.penholder.model.Paragraph;
import org.penholder.model.ParagraphLabel;
import org.penholder.model.Revision;
import org.penholder.model.RevisionBlock;
import org.penholder.store.Database;
import org.penholder.store.DraftStore;
import org.penholder.store.MetaStore;
import org.penholder.store.RemovedRows;
import org.penholder.store.RevisionStore;
import org.penholder.text.Phrase;

/**
 * Named revisions of the draft: freezing the current text, reading a revision back, and the
 * numbering of paragraphs, which can be frozen at a circulated revision so that paragraphs inserted
 * since are numbered "12 bis", "12 ter" and every delegation's references stay valid.
 */
public final class RevisionService {

    /** The name that stands for the draft as it is now, wherever a revision name is asked for. */
    public static final String CURRENT = "current";

    private final Database db;
    private final DraftStore drafts;
    private final RevisionStore revisions;
    private final MetaStore meta;

    private java.util.function.Consumer<Revision> onFrozen = r -> {};

    public RevisionService(Database db, DraftStore drafts, RevisionStore revisions, MetaStore meta) {
        this.db = db;
        this.drafts = drafts;
        this.revisions = revisions;
        this.meta = meta;
    }

    /** Freezes the current draft as a revision named {@code name}. */
    public Revision freeze(String name, String note, Author author) {
        return freeze(name, note, author, false);
    }

    /**
     * Freezes the current draft as a revision named {@code name}; with {@code freezeNumbering}, the
     * numbers of this revision are kept from now on and new paragraphs take "bis", "ter".
     */
    public Revision freeze(String name, String note, Author author, boolean freezeNumbering) {
        refuseName(db, revisions, name);
        return db.write(() -> {
            Draft draft = drafts.load();
            Revision r = revisions.create(
                    name.strip(),
                    note == null || note.isBlank() ? null : note.strip(),
                    author.display(),
                    draft.title(),
                    draft.symbol(),
                    freezeNumbering,
                    snapshot(draft, labels(draft)));
            if (freezeNumbering) {
                meta.put(MetaStore.FROZEN_NUMBERING_REVISION, Long.toString(r.id()));
            }
            db.afterCommit(() -> onFrozen.accept(r));
            return r;
        });
    }

    /**
     * Refuses a name a revision cannot take: blank, the working draft's, or another revision's
     * (names differ in more than case). Also for whoever writes revisions without the service (a
     * draft read from Word).
     */
    public static void refuseName(Database db, RevisionStore revisions, String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw new CommandRefused(Phrase.of("refused.revisionNeedsName"), db.file() + ": a revision needs a name");
        }
        if (n.equalsIgnoreCase(CURRENT)) {
            throw new CommandRefused(
                    Phrase.of("refused.revisionNameReserved", n),
                    db.file() + ": \"" + CURRENT + "\" stands for the working draft; choose another name");
        }
        if (revisions.byName(n).isPresent()) {
            throw new CommandRefused(
                    Phrase.of("refused.revisionNameTaken", n),
                    db.file() + ": there is already a revision named \"" + n + "\"");
        }
    }

    /** A revision as it was frozen: its record, the draft's title then, and its blocks. */
    public record Snapshot(Revision revision, String title, List<RevisionBlock> blocks) {}

    /** A revision by name, as it was frozen, to be read. */
    public Snapshot snapshot(String name) {
        return db.read(() -> {
            Revision r = revision(name);
            return new Snapshot(r, revisions.title(r.id()), revisions.blocks(r.id()));
        });
    }

    /** What runs once a revision's freeze is committed (the project's backup of it). */
    public void setOnFrozen(java.util.function.Consumer<Revision> action) {
        this.onFrozen = action;
    }

    /** Revisions, oldest first. */
    public List<Revision> revisions() {
        return revisions.all();
    }

    /** A revision by name, or a refusal naming the file and the names there are. */
    public Revision revision(String name) {
        return revisions.byName(name).orElseThrow(() -> {
            List<String> names = revisions.all().stream().map(Revision::name).toList();
            return CommandRefused.noRevisionNamed(
                    name,
                    names,
                    db.file() + ": no revision named \"" + name + "\" (there are: " + String.join(", ", names) + ")");
        });
    }

    /** The revision whose numbers are kept, when numbering is frozen. */
    public Optional<Revision> frozenNumbering() {
        return meta.get(MetaStore.FROZEN_NUMBERING_REVISION).flatMap(id -> {
            try {
                return revisions.byId(Long.parseLong(id));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    /** Numbers the draft consecutively again (the next clean renumbering). */
    public void renumber() {
        meta.put(MetaStore.FROZEN_NUMBERING_REVISION, null);
    }

    /** The id of the revision numbering is frozen to, as the project keeps it; null when numbers are consecutive. */
    public String numberingFrozenTo() {
        return meta.get(MetaStore.FROZEN_NUMBERING_REVISION).orElse(null);
    }

    /** Freezes numbering to a revision by id (null: consecutive numbers), as {@link #numberingFrozenTo} said it. */
    public void freezeNumberingTo(String revisionId) {
        meta.put(MetaStore.FROZEN_NUMBERING_REVISION, revisionId);
    }

    /**
     * Takes a revision back, the undo of its freezing or import: it goes, with its blocks, and the
     * numbering becomes {@code numberingFrozenTo}. Returns what {@link #putBack} needs.
     */
    public RemovedRows takeBack(long revisionId, String numberingFrozenTo) {
        return db.write(() -> {
            freezeNumberingTo(numberingFrozenTo);
            return revisions.remove(revisionId);
        });
    }

    /** Puts back a revision taken back, as it was, with numbering frozen to {@code numberingFrozenTo}. */
    public void putBack(long revisionId, RemovedRows rows, String numberingFrozenTo) {
        db.run(() -> {
            revisions.putBack(revisionId, rows);
            freezeNumberingTo(numberingFrozenTo);
        });
    }

    /** The labels of the draft's paragraphs under the numbering in force (frozen or consecutive). */
    public Map<String, ParagraphLabel> labels(Draft draft) {
        return Numbering.frozen(draft.paragraphsInOrder(), frozenLabels());
    }

    /** The live paragraph a reader's label names ("OP12", "12 bis", "PP3") under the numbering in force. */
    public Optional<String> paragraphByLabel(String label) {
        Optional<ParagraphLabel> wanted = ParagraphLabel.parse(label);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        return db.read(() -> labels(drafts.load()).entrySet().stream()
                .filter(e -> e.getValue().equals(wanted.get()))
                .map(Map.Entry::getKey)
                .findFirst());
    }

    /** Paragraph id to label in the revision whose numbering is frozen; empty when numbering is not frozen. */
    public Map<String, ParagraphLabel> frozenLabels() {
        return db.read(() ->
                frozenNumbering().map(r -> labelsOf(revisions.blocks(r.id()))).orElse(Map.of()));
    }

    private static Map<String, ParagraphLabel> labelsOf(List<RevisionBlock> blocks) {
        Map<String, ParagraphLabel> out = new HashMap<>();
        for (RevisionBlock b : blocks) {
            if (b.kind().isParagraph() && b.label() != null) {
                ParagraphLabel.parse(b.label()).ifPresent(l -> out.put(b.id(), l));
            }
        }
        return out;
    }

    /** A revision, or the working draft for {@link #CURRENT}, as compare reads it. */
    public DocumentVersion version(String name) {
        return db.read(() -> {
            if (name.strip().equalsIgnoreCase(CURRENT)) {
                Draft draft = drafts.load();
                return DocumentVersion.ofDraft(CURRENT, draft, labels(draft));
            }
            Revision r = revision(name);
            return DocumentVersion.ofRevision(r.name(), revisions.blocks(r.id()));
        });
    }

    /** Compares two revisions (or a revision and {@link #CURRENT}). */
    public Comparison compare(String from, String to) {
        return db.read(() -> CompareService.compare(version(from), version(to)));
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
                case TITLE -> {
                    /* the title is kept on the revision itself */
                }
                case HEADING ->
                    blocks.add(new RevisionBlock(ordinal++, BlockKind.HEADING, b.id(), null, null, b.text()));
                case PP, OP -> {
                    Paragraph p = byId.get(b.id());
                    blocks.add(new RevisionBlock(
                            ordinal++,
                            b.kind(),
                            p.id(),
                            labels.get(p.id()).code(),
                            p.status(),
                            p.text(),
                            draft.footnotesOf(p.id())));
                }
            }
        }
        return blocks;
    }
}
