package org.penholder.history;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.penholder.draft.Command;
import org.penholder.draft.DraftService;
import org.penholder.draft.FootnoteService;
import org.penholder.model.Author;
import org.penholder.model.BlockKind;
import org.penholder.model.Draft;
import org.penholder.model.Footnote;
import org.penholder.model.Paragraph;
import org.penholder.model.ParagraphKind;
import org.penholder.model.Revision;
import org.penholder.model.RevisionBlock;
import org.penholder.model.Section;
import org.penholder.store.Database;
import org.penholder.store.DraftStore;
import org.penholder.store.MetaStore;
import org.penholder.store.RevisionStore;
import org.penholder.store.StoreException;
import org.penholder.text.DocumentWords;
import org.penholder.text.Phrase;

/**
 * Makes a revision the working draft ("Continue from This Revision"): a draft received from
 * outside, imported as a revision, or an earlier revision the team goes back to. The working draft
 * is changed paragraph by paragraph through the draft service, each change an amendment in one
 * transaction, so paragraphs the two share keep their ids, links and history, and the whole step is
 * undone by going back to the draft as it was ({@link #apply} with {@link #snapshot}).
 */
public final class ContinueFromRevision {

    /** Runs before the working draft is replaced (automatic backups hook in here). */
    @FunctionalInterface
    public interface BeforeReplacing {
        void before(String revisionName);
    }

    /** What became of the working draft. */
    public record Result(String revision, int changed, int added, int deleted, int footnotes) {}

    /** The draft as it stood, enough to bring it back. */
    public record Snapshot(String title, String symbol, List<RevisionBlock> blocks) {}

    private final Database db;
    private final DraftService service;
    private final DraftStore drafts;
    private final RevisionStore revisions;
    private final RevisionService revisionService;
    private final MetaStore meta;
    private BeforeReplacing beforeReplacing = name -> {};

    public ContinueFromRevision(
            Database db,
            DraftService service,
            DraftStore drafts,
            RevisionStore revisions,
            RevisionService revisionService,
            MetaStore meta) {
        this.db = db;
        this.service = service;
        this.drafts = drafts;
        this.revisions = revisions;
        this.revisionService = revisionService;
        this.meta = meta;
    }

    /** Who is told before the working draft is replaced (a backup of the project, for one). */
    public void setBeforeReplacing(BeforeReplacing hook) {
        this.beforeReplacing = Objects.requireNonNull(hook);
    }

    /** The working draft as it stands, to be brought back by {@link #apply}. */
    public Snapshot snapshot() {
        return db.read(() -> {
            Draft d = drafts.load();
            return new Snapshot(d.title(), d.symbol(), RevisionService.snapshot(d, revisionService.labels(d)));
        });
    }

    /** Makes the revision named {@code name} the working draft, in one transaction. */
    public Result continueFrom(String name, Author author) {
        Revision r = revisionService.revision(name);
        beforeReplacing.before(r.name());
        return db.write(() -> {
            Result result = apply(
                    new Snapshot(revisions.title(r.id()), revisions.symbol(r.id()), matched(revisions.blocks(r.id()))),
                    author);
            return new Result(r.name(), result.changed(), result.added(), result.deleted(), result.footnotes());
        });
    }

    /** Makes a revision the working draft as one undoable command: undo brings the draft back as it was. */
    public Command continueFromCommand(String name, Supplier<Author> author) {
        Snapshot before = snapshot();
        continueFrom(name, author.get());
        return Command.of(
                Phrase.of("command.continueFrom", name),
                () -> apply(before, author.get()),
                () -> continueFrom(name, author.get()));
    }

    /**
     * The revision's blocks with the ids of the working draft's paragraphs, headings and footnotes
     * they stand for, where the revision carries ids the project never had (a draft imported from a
     * Word file that did not come from it): paragraphs as the compare aligns them, headings by their
     * words, footnotes by their words or their place. So links and history stay with the paragraphs.
     */
    List<RevisionBlock> matched(List<RevisionBlock> blocks) {
        Draft draft = drafts.load();
        Set<String> known = new HashSet<>();
        for (RevisionBlock b : blocks) {
            boolean project = b.kind() == BlockKind.HEADING
                    ? drafts.sectionEvenDeleted(b.id()).isPresent()
                    : drafts.paragraphEvenDeleted(b.id()).isPresent();
            if (project) {
                known.add(b.id());
            }
        }
        Map<String, String> ids = new HashMap<>();
        Set<String> claimed = new HashSet<>(known);
        Comparison c = CompareService.compare(
                DocumentVersion.ofDraft(RevisionService.CURRENT, draft, revisionService.labels(draft)),
                DocumentVersion.ofRevision("revision", blocks));
        for (ParagraphChange change : c.changes()) {
            if (change.fromIds().isEmpty() || change.toIds().isEmpty()) {
                continue;
            }
            String old = change.fromIds().get(0);
            String now = change.toIds().get(0);
            if (old != null && now != null && !known.contains(now) && claimed.add(old)) {
                ids.put(now, old);
            }
        }
        Map<String, java.util.ArrayDeque<String>> sectionsByTitle = new HashMap<>();
        for (Section s : draft.sectionsInOrder()) {
            if (!known.contains(s.id())) {
                sectionsByTitle
                        .computeIfAbsent(ParagraphAligner.normalise(s.title()), k -> new java.util.ArrayDeque<>())
                        .add(s.id());
            }
        }
        List<RevisionBlock> out = new java.util.ArrayList<>();
        for (RevisionBlock b : blocks) {
            String id = b.id();
            List<Footnote> notes = b.footnotes();
            if (b.kind() == BlockKind.HEADING && !known.contains(id)) {
                var same = sectionsByTitle.get(ParagraphAligner.normalise(b.text()));
                id = same == null || same.isEmpty() ? id : same.poll();
            } else if (ids.containsKey(id)) {
                id = ids.get(id);
                notes = matchedNotes(notes, draft.footnotesOf(id));
            }
            out.add(new RevisionBlock(b.ordinal(), b.kind(), id, b.label(), b.status(), b.text(), notes));
        }
        return out;
    }

    /** A paragraph's footnotes with the uids of the draft's footnotes of the same words, else in the same place. */
    private static List<Footnote> matchedNotes(List<Footnote> target, List<Footnote> have) {
        Set<String> used = new HashSet<>();
        Set<String> targetUids = new HashSet<>();
        target.forEach(f -> targetUids.add(f.uid()));
        List<Footnote> out = new java.util.ArrayList<>();
        for (int k = 0; k < target.size(); k++) {
            Footnote f = target.get(k);
            if (have.stream().anyMatch(h -> h.uid().equals(f.uid()))) {
                out.add(f);
                used.add(f.uid());
                continue;
            }
            Footnote same = have.stream()
                    .filter(h -> !used.contains(h.uid())
                            && !targetUids.contains(h.uid())
                            && h.text().equals(f.text()))
                    .findFirst()
                    .orElse(
                            k < have.size()
                                            && !used.contains(have.get(k).uid())
                                            && !targetUids.contains(have.get(k).uid())
                                    ? have.get(k)
                                    : null);
            if (same != null) {
                used.add(same.uid());
                out.add(f.withUid(same.uid()));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    /** Makes the working draft hold exactly {@code target}'s title, headings, paragraphs and footnotes. */
    public Result apply(Snapshot target, Author author) {
        return db.write(() -> {
            Draft now = drafts.load();
            if (!target.title().isBlank() && !target.title().equals(now.title())) {
                service.setTitle(target.title(), author);
                service.endBurst();
            }
            if (!Objects.equals(target.symbol() == null ? "" : target.symbol(), now.symbol())) {
                meta.put(
                        MetaStore.SYMBOL,
                        target.symbol() == null || target.symbol().isBlank() ? null : target.symbol());
            }
            int[] counts = new int[4];
            // the rationale of each change, kept in the project: in the document's language
            String continued = DocumentWords.in(meta.documentLanguage()).get("history.continuedNote");
            placeParagraphs(target.blocks(), counts, author, continued);
            placeSections(target.blocks(), author);
            return new Result("", counts[0], counts[1], counts[2], counts[3]);
        });
    }

    /** Each paragraph where the target has it, with its words, kind, status and footnotes. */
    private void placeParagraphs(List<RevisionBlock> blocks, int[] counts, Author author, String continued) {
        Set<String> wanted = new HashSet<>();
        Set<String> sectionIds = new HashSet<>();
        for (RevisionBlock b : blocks) {
            (b.kind() == BlockKind.HEADING ? sectionIds : wanted).add(b.id());
        }
        for (Paragraph p : drafts.load().paragraphs()) {
            if (!wanted.contains(p.id())) {
                service.deleteParagraph(p.id(), author);
                counts[2]++;
            }
        }
        // sections the target has are there (restored or new) before paragraphs go into them
        int sectionPosition = 0;
        for (RevisionBlock b : blocks) {
            if (b.kind() == BlockKind.HEADING) {
                if (drafts.section(b.id()).isEmpty()) {
                    service.addSection(b.id(), b.text(), sectionPosition, author);
                }
                sectionPosition++;
            }
        }
        String section = null;
        Map<String, Integer> positions = new HashMap<>();
        for (RevisionBlock b : blocks) {
            if (b.kind() == BlockKind.HEADING) {
                section = b.id();
                continue;
            }
            int position = positions.merge(String.valueOf(section), 1, Integer::sum) - 1;
            ParagraphKind kind = b.kind() == BlockKind.PP ? ParagraphKind.PP : ParagraphKind.OP;
            Paragraph p = drafts.paragraph(b.id()).orElse(null);
            boolean changed = false;
            if (p == null) {
                service.insertParagraph(b.id(), section, position, kind, b.text(), author);
                counts[1]++;
                p = drafts.paragraph(b.id()).orElseThrow();
            } else if (!Objects.equals(p.sectionId(), section) || p.position() != position) {
                service.moveParagraph(p.id(), section, position, author);
                changed = true;
            }
            if (!p.text().equals(b.text())) {
                service.setText(p.id(), b.text(), author, continued);
                changed = true;
            }
            if (p.kind() != kind) {
                service.setKind(p.id(), kind, author);
                changed = true;
            }
            if (b.status() != null && p.status() != b.status()) {
                service.setStatus(p.id(), b.status(), author);
                changed = true;
            }
            int notes = footnotes(p.id(), b.footnotes(), author, continued);
            counts[3] += notes;
            counts[0] += changed || notes > 0 ? 1 : 0;
        }
    }

    /** The footnotes of a paragraph made the target's: same uid, words and place. */
    private int footnotes(String paragraphId, List<Footnote> target, Author author, String continued) {
        FootnoteService notes = service.footnotes();
        int changes = 0;
        Map<String, Footnote> have = new HashMap<>();
        notes.of(paragraphId).forEach(f -> have.put(f.uid(), f));
        Set<String> keep = new HashSet<>();
        for (Footnote f : target) {
            keep.add(f.uid());
            Footnote h = have.get(f.uid());
            if (h != null && h.anchor() == f.anchor()) {
                if (!h.text().equals(f.text())) {
                    notes.edit(f.uid(), f.text(), author, continued);
                    changes++;
                }
                continue;
            }
            if (h != null) {
                notes.remove(f.uid(), author);
            }
            notes.add(paragraphId, f.uid(), f.anchor(), f.text(), author);
            changes++;
        }
        for (String uid : have.keySet()) {
            if (!keep.contains(uid)) {
                notes.remove(uid, author);
                changes++;
            }
        }
        return changes;
    }

    /** Headings renamed, those the target lacks deleted, and all in the target's order. */
    private void placeSections(List<RevisionBlock> blocks, Author author) {
        List<RevisionBlock> headings =
                blocks.stream().filter(b -> b.kind() == BlockKind.HEADING).toList();
        Set<String> wanted = new HashSet<>();
        headings.forEach(h -> wanted.add(h.id()));
        for (Section s : drafts.load().sections()) {
            if (!wanted.contains(s.id())) {
                service.deleteSection(s.id(), author);
            }
        }
        for (int k = 0; k < headings.size(); k++) {
            RevisionBlock h = headings.get(k);
            Section s = drafts.section(h.id())
                    .orElseThrow(() -> new StoreException(db.file() + ": the draft has no section " + h.id()));
            if (!s.title().equals(h.text())) {
                service.renameSection(s.id(), h.text(), author);
                service.endBurst();
            }
            if (s.position() != k) {
                service.moveSection(s.id(), k, author);
            }
        }
    }
}
