package org.penholder.merge;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.penholder.backup.Backups;
import org.penholder.model.Author;
import org.penholder.model.Numbering;
import org.penholder.model.Paragraph;
import org.penholder.model.ParagraphLabel;
import org.penholder.store.CopyAccess;
import org.penholder.store.CopyReader;
import org.penholder.store.CopyRecords.BlockRow;
import org.penholder.store.CopyRecords.ParagraphRow;
import org.penholder.store.CopyRecords.RevisionRow;
import org.penholder.store.Database;
import org.penholder.store.OtherCopy;
import org.penholder.store.RowJournal;
import org.penholder.text.DocumentWords;
import org.penholder.text.Phrase;

/**
 * Merges another copy of the project into this file (docs/adr/0140, 0141): brings in everything the
 * other copy holds that this file lacks, in one transaction, and records where both copies changed
 * the same thing as proposals of the other copy's author. The other copy is only read: never
 * written, not even a journal beside it.
 */
public final class MergeService {

    private final Database db;
    private final Backups backups;
    private final MergeGuards guards;

    /** Merges into the project open on {@code db}, backed up by {@code backups} before a merge writes. */
    public MergeService(Database db, Backups backups, MergeGuards guards) {
        this.db = db;
        this.backups = backups;
        this.guards = guards;
    }

    /** A merge carried out: what it brought in, and what it wrote (to take it back). */
    public record Merged(MergeReport report, RowJournal journal) {}

    /** What merging {@code other} into this project would bring in; writes nothing, here or there. */
    public MergeReport preview(Path other) {
        try (OtherCopy copy = open(other, guards)) {
            return CopyAccess.read(db, db.file(), copy, (mine, theirs) -> {
                Planned p = plan(db.file(), mine, copy, theirs);
                return report(copy, p.plan(), true, p.mineLabels(), null);
            });
        }
    }

    /**
     * What merging {@code other} into {@code file} would bring in, reading both and writing neither
     * (a file of an older format is read as migrated): {@code penholder merge --dry-run}.
     */
    public static MergeReport preview(Path file, Path other, MergeGuards guards) {
        try (OtherCopy mine = open(file, guards);
                OtherCopy theirs = open(other, guards)) {
            return CopyAccess.read(mine.database(), file, theirs, (m, t) -> {
                Planned p = plan(file, m, theirs, t);
                return report(theirs, p.plan(), true, p.mineLabels(), null);
            });
        }
    }

    /**
     * Merges {@code other} into this project, all in one transaction; a failure or a cancel leaves it
     * as it was. A backup of the project is made first when the other copy brings anything; the
     * merge is refused when none can be made.
     */
    public Merged merge(Path other, MergeProgress progress) {
        progress.step(Phrase.of("merge.step.reading", String.valueOf(other.getFileName())), 0.05);
        try (OtherCopy copy = open(other, guards)) {
            MergeReport looked = CopyAccess.read(db, db.file(), copy, (mine, theirs) -> {
                Planned p = plan(db.file(), mine, copy, theirs);
                return p.plan().isEmpty() ? report(copy, p.plan(), false, Map.of(), List.of()) : null;
            });
            if (looked != null) {
                progress.step(Phrase.of("merge.step.done"), 1);
                return new Merged(looked, new RowJournal());
            }
            progress.step(
                    Phrase.of("merge.step.backingUp", String.valueOf(db.file().getFileName())), 0.1);
            guards.backupBefore(backups, db.file(), other);
            RowJournal journal = new RowJournal();
            // planned again inside the transaction: either copy may have changed during the backup
            MergeReport report = CopyAccess.write(db, copy, journal, (mine, theirs, writer) -> {
                Planned p = plan(db.file(), mine, copy, theirs);
                progress.step(Phrase.of("merge.step.merging", String.valueOf(other.getFileName())), 0.2);
                DocumentWords words = DocumentWords.in(mine.meta(org.penholder.store.MetaStore.DOCUMENT_LANGUAGE)
                        .map(java.util.Locale::forLanguageTag)
                        .orElse(java.util.Locale.ENGLISH));
                List<MergeApplier.Written> written = new MergeApplier(p.plan(), writer, theirs, progress)
                        .apply(other.getFileName().toString(), words);
                progress.step(Phrase.of("merge.step.finishing"), 0.95);
                List<Long> proposals =
                        written.stream().map(MergeApplier.Written::proposalId).toList();
                String frozen = mine.meta(org.penholder.store.MetaStore.FROZEN_NUMBERING_REVISION)
                        .orElse(null);
                return report(copy, p.plan(), false, labelsIfConflicts(p.plan(), mine, frozen), proposals);
            });
            progress.step(Phrase.of("merge.step.done"), 1);
            return new Merged(report, journal);
        }
    }

    /** Takes a merge back, as one transaction: what it added goes, what it changed comes back. */
    public void undo(Merged merged) {
        merged.journal().undo(db);
    }

    private static OtherCopy open(Path other, MergeGuards guards) {
        return OtherCopy.open(other, guards::verifyCopy);
    }

    private record Planned(MergePlan plan, Map<String, ParagraphLabel> mineLabels) {}

    private static Planned plan(Path file, CopyReader mine, OtherCopy copy, CopyReader theirs) {
        long[] shared = {
            CopyState.sharedHistory(mine, theirs, CopyReader.Keyed.AMENDMENT),
            CopyState.sharedHistory(mine, theirs, CopyReader.Keyed.LINK)
        };
        CopyState m = CopyState.read(file, mine, shared);
        CopyState t = CopyState.read(copy.file(), theirs, shared);
        MergePlan plan = new MergePlanner(mine, theirs).plan(m, t);
        plan.theirLabels = labelsIfConflicts(plan, theirs, t.frozenRevision);
        return new Planned(plan, labelsIfConflicts(plan, mine, m.frozenRevision));
    }

    /** Labels name the paragraphs of conflicts: they are worked out only when there are some. */
    private static Map<String, ParagraphLabel> labelsIfConflicts(MergePlan plan, CopyReader r, String frozen) {
        return plan.conflictCount() == 0 ? Map.of() : labels(r, frozen);
    }

    private static MergeReport report(
            OtherCopy copy,
            MergePlan plan,
            boolean preview,
            Map<String, ParagraphLabel> mineLabels,
            List<Long> proposals) {
        List<MergeConflict> conflicts = new ArrayList<>();
        for (DraftMerge.Conflict c : plan.draft.conflicts()) {
            conflicts.add(new MergeConflict(
                    c.paragraphId(),
                    label(c.paragraphId(), mineLabels, plan),
                    proposals == null ? null : proposals.get(conflicts.size()),
                    c.by() == null ? Author.UNKNOWN_NAME : c.by().author(),
                    c.aspect().name().toLowerCase(java.util.Locale.ROOT),
                    ConflictProposal.versionOf(c.aspect(), c.mine()),
                    ConflictProposal.versionOf(c.aspect(), c.theirs())));
        }
        for (FootnoteMerge.Conflict c : plan.footnotes.conflicts()) {
            conflicts.add(new MergeConflict(
                    c.paragraphId(),
                    label(c.paragraphId(), mineLabels, plan),
                    proposals == null ? null : proposals.get(conflicts.size()),
                    c.by() == null ? Author.UNKNOWN_NAME : c.by().author(),
                    ConflictProposal.FOOTNOTE,
                    ConflictProposal.versionOf(c.mine()),
                    ConflictProposal.versionOf(c.theirs())));
        }
        return new MergeReport(
                copy.file(), preview, plan.draft.fastForward(), copy.migrated(), plan.counts(), conflicts);
    }

    /** A paragraph's label here, or in the other copy when this file has it deleted; its id when neither has one. */
    private static String label(String paragraphId, Map<String, ParagraphLabel> mineLabels, MergePlan plan) {
        ParagraphLabel label = mineLabels.get(paragraphId);
        if (label == null) {
            label = plan.theirLabels.get(paragraphId);
        }
        return label == null ? paragraphId : label.code();
    }

    /** The labels of a copy's live paragraphs, under its numbering (frozen to a revision, or consecutive). */
    private static Map<String, ParagraphLabel> labels(CopyReader r, String frozenRevision) {
        Map<String, ParagraphRow> all = new java.util.LinkedHashMap<>();
        r.paragraphs().forEach(p -> all.put(p.id(), p));
        DraftMerge.Side side = new DraftMerge.Side(all, r.sections(), Touched.by(List.of()), "", "");
        List<Paragraph> inOrder = DraftMerge.inReadingOrder(side).stream()
                .map(p -> new Paragraph(p.id(), p.sectionId(), p.kind(), p.position(), p.status(), p.text()))
                .toList();
        Map<String, ParagraphLabel> frozen = new HashMap<>();
        if (frozenRevision != null) {
            for (RevisionRow rev : r.revisions()) {
                if (String.valueOf(rev.id()).equals(frozenRevision)) {
                    for (BlockRow b : r.blocks(rev.id())) {
                        if (b.label() != null && !b.kind().equals("HEADING")) {
                            ParagraphLabel.parse(b.label()).ifPresent(l -> frozen.put(b.refId(), l));
                        }
                    }
                }
            }
        }
        return Numbering.frozen(inOrder, frozen);
    }
}
