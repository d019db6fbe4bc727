package org.penholder.merge;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.penholder.store.AgreedCopyWriter;
import org.penholder.store.CopyReader;
import org.penholder.store.CopyRecords.AmendmentKey;
import org.penholder.store.CopyRecords.AmendmentRow;
import org.penholder.store.CopyRecords.CitationRow;
import org.penholder.store.CopyRecords.FootnoteRow;
import org.penholder.store.CopyRecords.InputRow;
import org.penholder.store.CopyRecords.InputTagRow;
import org.penholder.store.CopyRecords.LinkRow;
import org.penholder.store.CopyRecords.ListRow;
import org.penholder.store.CopyRecords.ParagraphRow;
import org.penholder.store.CopyRecords.RemovedRow;
import org.penholder.store.CopyRecords.RevisionRow;
import org.penholder.store.CopyRecords.SectionRow;
import org.penholder.store.CopyRecords.StakeholderRow;
import org.penholder.store.MergeWriter;
import org.penholder.store.MetaStore;
import org.penholder.text.DocumentWords;
import org.penholder.text.Phrase;

/** Writes a {@link MergePlan} into this file, in the caller's transaction, mapping the other copy's local ids to this file's. */
final class MergeApplier {

    /** A conflict written: the proposal that holds the other copy's version. */
    record Written(long proposalId) {}

    private final MergePlan plan;
    private final MergeWriter writer;
    private final CopyReader theirs;
    private final MergeProgress progress;

    MergeApplier(MergePlan plan, MergeWriter writer, CopyReader theirs, MergeProgress progress) {
        this.plan = plan;
        this.writer = writer;
        this.theirs = theirs;
        this.progress = progress;
    }

    /** Merges the other copy in; the conflicts' notes, kept in the project, in the document's language. */
    List<Written> apply(String otherFile, DocumentWords words) {
        lists();
        stakeholders();
        progress.step(Phrase.of("merge.step.inputs"), 0.3);
        inputs();
        progress.step(Phrase.of("merge.step.draft"), 0.5);
        draft();
        footnotes();
        Map<String, Long> amendmentIds = amendments();
        progress.step(Phrase.of("merge.step.conflicts"), 0.7);
        List<Written> conflicts = new ArrayList<>();
        Instant now = Instant.now();
        for (DraftMerge.Conflict c : plan.draft.conflicts()) {
            conflicts.add(new Written(writer.insertAmendment(ConflictProposal.of(c, otherFile, now, words))));
        }
        for (FootnoteMerge.Conflict c : plan.footnotes.conflicts()) {
            conflicts.add(new Written(writer.insertAmendment(ConflictProposal.of(c, otherFile, now, words))));
        }
        progress.step(Phrase.of("merge.step.links"), 0.8);
        links();
        progress.step(Phrase.of("merge.step.revisions"), 0.9);
        revisions();
        agreed(amendmentIds);
        if (plan.draft.title() != null) {
            writer.putMeta(MetaStore.TITLE, plan.draft.title());
        }
        if (plan.draft.symbol() != null) {
            writer.putMeta(MetaStore.SYMBOL, plan.draft.symbol().isEmpty() ? null : plan.draft.symbol());
        }
        amendmentIds.clear();
        return conflicts;
    }

    private void lists() {
        for (var e : plan.entriesToRemove) {
            writer.removeListEntry(e.getKey(), e.getValue());
        }
        for (RemovedRow r : plan.removalsToAdd) {
            writer.insertRemoved(r);
        }
        for (ListRow g : plan.groupsToAdd) {
            plan.groupIds.put(g.id(), writer.insertGroup(g.uid(), g.name()));
        }
        Map<String, Long> tagByName = new HashMap<>();
        for (ListRow t : plan.tagsToAdd) {
            long id = writer.insertTag(t.uid(), t.kind(), t.code(), t.name());
            plan.tagIds.put(t.id(), id);
            tagByName.put(t.kind() + "|" + CopyState.nameKey(t.name()), id);
        }
        // entries of the other list of the same name (spelt with other spaces) go to the one added
        for (ListRow t : plan.theirs.lists) {
            Long id = tagByName.get(t.kind() + "|" + CopyState.nameKey(t.name()));
            if (id != null && !t.kind().equals(ListRow.GROUP)) {
                plan.tagIds.putIfAbsent(t.id(), id);
            }
        }
    }

    private void stakeholders() {
        Map<String, Long> added = new HashMap<>();
        for (StakeholderRow s : plan.stakeholdersToAdd) {
            Long group = s.groupId() == null ? null : plan.groupIds.get(s.groupId());
            long id = writer.insertStakeholder(s.uid(), s.name(), group, s.country());
            plan.stakeholderIds.put(s.id(), id);
            added.put(CopyState.nameKey(s.name()), id);
        }
        for (StakeholderRow s : plan.theirs.stakeholders) {
            if (!plan.stakeholderIds.containsKey(s.id())) {
                Long id = added.get(CopyState.nameKey(s.name()));
                if (id != null) {
                    plan.stakeholderIds.put(s.id(), id);
                }
            }
        }
        for (var e : plan.stakeholderFills.entrySet()) {
            Map<String, Object> blanks = new LinkedHashMap<>();
            StakeholderRow fill = e.getValue();
            if (fill.groupId() != null && plan.groupIds.get(fill.groupId()) != null) {
                blanks.put("group_id", plan.groupIds.get(fill.groupId()));
            }
            if (fill.country() != null) {
                blanks.put("country", fill.country());
            }
            writer.fillStakeholder(e.getKey(), blanks);
        }
    }

    private void inputs() {
        int done = 0;
        for (InputRow in : plan.inputsToAdd) {
            Long stakeholder = in.stakeholderId() == null ? null : plan.stakeholderIds.get(in.stakeholderId());
            Long root = in.nearDuplicateOf() == null ? null : plan.inputIds.get(in.nearDuplicateOf());
            long id = writer.insertInput(in, stakeholder, root, theirs.inputText(in.id()));
            plan.inputIds.put(in.id(), id);
            if (++done % 50 == 0) {
                progress.step(Phrase.of("merge.step.inputsOf", done, plan.inputsToAdd.size()), 0.3);
            }
        }
        Map<Long, InputRow> mineById = new HashMap<>();
        plan.mine.inputs.forEach(i -> mineById.put(i.id(), i));
        for (var e : plan.inputFills.entrySet()) {
            InputRow m = mineById.get(e.getKey());
            InputRow t = e.getValue();
            Map<String, Object> blanks = new LinkedHashMap<>();
            if (m.stakeholderId() == null && t.stakeholderId() != null) {
                Long s = plan.stakeholderIds.get(t.stakeholderId());
                if (s != null) {
                    blanks.put("stakeholder_id", s);
                }
            }
            fill(blanks, "occasion", m.occasion(), t.occasion());
            fill(blanks, "date", m.date(), t.date());
            fill(blanks, "language", m.language(), t.language());
            writer.fillInput(e.getKey(), blanks);
        }
        for (InputTagRow it : plan.inputTagsToAdd) {
            Long input = plan.inputIds.get(it.inputId());
            Long tag = plan.tagIds.get(it.tagId());
            if (input != null && tag != null) {
                writer.tagInput(input, tag);
            }
        }
    }

    private static void fill(Map<String, Object> blanks, String column, String mine, String theirs) {
        if ((mine == null || mine.isBlank()) && theirs != null && !theirs.isBlank()) {
            blanks.put(column, theirs);
        }
    }

    private void draft() {
        for (SectionRow s : plan.draft.sectionInserts()) {
            writer.insertSection(s);
        }
        for (SectionRow s : plan.draft.sectionUpdates()) {
            writer.updateSection(s);
        }
        for (ParagraphRow p : plan.draft.inserts()) {
            writer.insertParagraph(p);
        }
        for (ParagraphRow p : plan.draft.updates()) {
            writer.updateParagraph(p);
        }
    }

    private void footnotes() {
        for (FootnoteRow f : plan.footnotes.inserts()) {
            writer.insertFootnote(f);
        }
        for (FootnoteRow f : plan.footnotes.updates()) {
            writer.updateFootnote(f);
        }
    }

    /** This file's id of an amendment of the other copy (its local id there), or null when it holds none. */
    private Long amendmentHere(Long theirId, Map<String, Long> added) {
        if (theirId == null) {
            return null;
        }
        if (theirId <= plan.theirs.sharedUpTo) {
            return theirId; // the history both share has the same ids in both
        }
        String uid = plan.theirs.amendmentUid.get(theirId);
        AmendmentKey mine = plan.mine.amendmentByUid.get(uid);
        return mine != null ? Long.valueOf(mine.id()) : added.get(uid);
    }

    /** Adopted texts in and out of the library, then the citations of them. */
    private void agreed(Map<String, Long> amendmentIds) {
        AgreedCopyWriter library = writer.agreed();
        for (long id : plan.agreedToRemove) {
            library.removeText(id);
        }
        for (MergePlan.AgreedToAdd a : plan.agreedToAdd) {
            plan.agreedParagraphIds.putAll(library.insertText(a.text(), a.paragraphs()));
        }
        for (CitationRow c : plan.citationsToAdd) {
            Long paragraph = plan.agreedParagraphIds.get(c.agreedParagraphId());
            if (paragraph != null) {
                library.insertCitation(c, paragraph, amendmentHere(c.amendmentId(), amendmentIds));
            }
        }
    }

    /** Copies the other copy's amendments in the order written there; returns uid to local id of those added. */
    private Map<String, Long> amendments() {
        Map<String, Long> added = new HashMap<>();
        int done = 0;
        for (AmendmentRow a : plan.amendments) {
            Long proposer = a.proposerId() == null ? null : plan.stakeholderIds.get(a.proposerId());
            Long proposal = amendmentHere(a.proposalId(), added);
            AmendmentRow mapped = new AmendmentRow(
                    0,
                    a.uid(),
                    a.paragraphId(),
                    a.sectionId(),
                    a.kind(),
                    a.before(),
                    a.after(),
                    a.author(),
                    a.team(),
                    a.createdAt(),
                    a.updatedAt(),
                    proposer,
                    a.status(),
                    a.rationale(),
                    proposal,
                    a.relatedParagraphId(),
                    a.detail(),
                    a.decidedAt(),
                    a.decidedBy(),
                    a.decisionSeq());
            added.put(a.uid(), writer.insertAmendment(mapped));
            if (++done % 200 == 0) {
                progress.step(Phrase.of("merge.step.amendmentsOf", done, plan.amendments.size()), 0.6);
            }
        }
        for (var e : plan.extended.entrySet()) {
            writer.extendAmendment(e.getKey(), e.getValue());
        }
        for (var e : plan.decisions.entrySet()) {
            writer.decide(e.getKey(), e.getValue());
        }
        return added;
    }

    private void links() {
        for (long id : plan.linksToRemove) {
            writer.removeLink(id);
        }
        for (LinkRow l : plan.linksToAdd) {
            Long input = plan.inputIds.get(l.inputId());
            if (input != null) {
                writer.insertLink(l, l.paragraphId(), input);
            }
        }
        for (var e : plan.linksToUpdate.entrySet()) {
            MergePlan.LinkUpdate u = e.getValue();
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("paragraph_id", u.paragraphId());
            v.put("note", u.note());
            v.put("note_seq", u.noteSeq());
            if (u.theirs() != null) {
                v.put("suspect", u.theirs().suspect() ? 1 : 0);
                v.put("paragraph_text", u.theirs().paragraphText());
            }
            writer.updateLink(e.getKey(), v);
        }
    }

    private void revisions() {
        Map<String, Long> ids = new HashMap<>();
        for (RevisionRow r : plan.mine.revisions) {
            ids.put(r.uid(), r.id());
        }
        for (MergePlan.RevisionToAdd r : plan.revisionsToAdd) {
            ids.put(r.revision().uid(), writer.insertRevision(r.revision(), r.name(), r.blocks(), r.footnotes()));
        }
        if (plan.frozenRevisionUid != null && ids.containsKey(plan.frozenRevisionUid)) {
            writer.putMeta(MetaStore.FROZEN_NUMBERING_REVISION, Long.toString(ids.get(plan.frozenRevisionUid)));
        }
    }
}
