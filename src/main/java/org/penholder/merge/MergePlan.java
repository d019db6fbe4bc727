package org.penholder.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.penholder.store.CopyRecords.AgreedParagraphRow;
import org.penholder.store.CopyRecords.AgreedTextRow;
import org.penholder.store.CopyRecords.AmendmentRow;
import org.penholder.store.CopyRecords.BlockRow;
import org.penholder.store.CopyRecords.CitationRow;
import org.penholder.store.CopyRecords.InputRow;
import org.penholder.store.CopyRecords.InputTagRow;
import org.penholder.store.CopyRecords.LinkRow;
import org.penholder.store.CopyRecords.ListRow;
import org.penholder.store.CopyRecords.RemovedRow;
import org.penholder.store.CopyRecords.RevisionFootnoteRow;
import org.penholder.store.CopyRecords.RevisionRow;
import org.penholder.store.CopyRecords.StakeholderRow;

/**
 * What merging the other copy brings in, decided before anything is written: rows of the other copy
 * to add, rows of this file to change, and the conflicts. Local ids of the other copy are mapped to
 * this file's where both hold the record; the rest get theirs when written.
 */
final class MergePlan {

    final CopyState mine;
    final CopyState theirs;
    final DraftMerge.Outcome draft;

    /** The other copy's amendments this file lacks, whole, in the order written there. */
    final List<AmendmentRow> amendments = new ArrayList<>();
    /** Amendments of a burst of typing that went on in the other copy: this file's id, the other's row. */
    final Map<Long, AmendmentRow> extended = new LinkedHashMap<>();
    /** Decisions on proposals the other copy took later: this file's id, the other's row. */
    final Map<Long, AmendmentRow> decisions = new LinkedHashMap<>();

    /** The other copy's ids of groups, tags, stakeholders and inputs, to this file's. */
    final Map<Long, Long> groupIds = new HashMap<>();

    final Map<Long, Long> tagIds = new HashMap<>();
    final Map<Long, Long> stakeholderIds = new HashMap<>();
    final Map<Long, Long> inputIds = new HashMap<>();

    final List<ListRow> groupsToAdd = new ArrayList<>();
    final List<ListRow> tagsToAdd = new ArrayList<>();
    /** Entries this file holds that the other copy removed: table and local id. */
    final List<Map.Entry<String, Long>> entriesToRemove = new ArrayList<>();

    final List<StakeholderRow> stakeholdersToAdd = new ArrayList<>();
    /** This file's stakeholder id and the blanks the other copy fills (group id of the other copy, country). */
    final Map<Long, StakeholderRow> stakeholderFills = new LinkedHashMap<>();

    final List<InputRow> inputsToAdd = new ArrayList<>();
    /** This file's input id and the other copy's row, whose details fill this file's blanks. */
    final Map<Long, InputRow> inputFills = new LinkedHashMap<>();

    final List<InputTagRow> inputTagsToAdd = new ArrayList<>();

    /** The other copy's links this file lacks (whole rows). */
    final List<LinkRow> linksToAdd = new ArrayList<>();
    /** This file's links both copies hold, as the merge leaves them. */
    final Map<Long, LinkUpdate> linksToUpdate = new LinkedHashMap<>();

    final List<Long> linksToRemove = new ArrayList<>();
    final List<RemovedRow> removalsToAdd = new ArrayList<>();

    /** The other copy's revisions this file lacks, with the name each takes here and its blocks. */
    final List<RevisionToAdd> revisionsToAdd = new ArrayList<>();

    /** The footnotes of the merged draft: rows to add and to change, and the footnotes both changed. */
    FootnoteMerge.Outcome footnotes = FootnoteMerge.Outcome.NONE;

    /** The other copy's adopted texts this file lacks, with their paragraphs. */
    final List<AgreedToAdd> agreedToAdd = new ArrayList<>();
    /** The other copy's ids of adopted paragraphs this file holds (the same text, by content), to this file's. */
    final Map<Long, Long> agreedParagraphIds = new HashMap<>();
    /** Adopted texts of this file the other copy removed (local ids). */
    final List<Long> agreedToRemove = new ArrayList<>();
    /** The other copy's citations this file lacks. */
    final List<CitationRow> citationsToAdd = new ArrayList<>();
    /** The other copy's frozen numbering revision (its uid), to take when the draft fast-forwards; null for none. */
    String frozenRevisionUid;

    /** The labels of the other copy's live paragraphs, for conflicts on paragraphs this file has deleted. */
    Map<String, org.penholder.model.ParagraphLabel> theirLabels = Map.of();

    /**
     * A link both copies hold, as the merge leaves it: on the paragraph the merged draft gives it,
     * with the note changed more often (both, when both changed it as often), and, when it follows
     * the other copy's text, the other copy's suspicion of it ({@code theirs} non-null).
     */
    record LinkUpdate(String paragraphId, String note, int noteSeq, LinkRow theirs) {}

    record RevisionToAdd(
            RevisionRow revision, String name, List<BlockRow> blocks, List<RevisionFootnoteRow> footnotes) {}

    record AgreedToAdd(AgreedTextRow text, List<AgreedParagraphRow> paragraphs) {}

    /** Every conflict, the draft's then the footnotes', in the order their proposals are written. */
    int conflictCount() {
        return draft.conflicts().size() + footnotes.conflicts().size();
    }

    MergePlan(CopyState mine, CopyState theirs, DraftMerge.Outcome draft) {
        this.mine = mine;
        this.theirs = theirs;
        this.draft = draft;
    }

    /** What the plan brings in and changes, as counts. */
    MergeCounts counts() {
        int applied = (int) amendments.stream().filter(AmendmentRow::applied).count();
        return new MergeCounts(
                applied,
                draft.paragraphsAdded(),
                inputsToAdd.size(),
                linksToAdd.size(),
                amendments.size() - applied,
                stakeholdersToAdd.size(),
                revisionsToAdd.size(),
                footnotes.added(),
                agreedToAdd.size(),
                draft.paragraphsChanged(),
                footnotes.changed(),
                decisions.size(),
                linksToUpdate.size(),
                linksToRemove.size(),
                agreedToRemove.size(),
                draft.title() != null || draft.symbol() != null);
    }

    /** True when the other copy brings nothing this file lacks. */
    boolean isEmpty() {
        return amendments.isEmpty()
                && draft.conflicts().isEmpty()
                && extended.isEmpty()
                && decisions.isEmpty()
                && draft.inserts().isEmpty()
                && draft.updates().isEmpty()
                && draft.sectionInserts().isEmpty()
                && draft.sectionUpdates().isEmpty()
                && draft.title() == null
                && draft.symbol() == null
                && groupsToAdd.isEmpty()
                && tagsToAdd.isEmpty()
                && entriesToRemove.isEmpty()
                && stakeholdersToAdd.isEmpty()
                && stakeholderFills.isEmpty()
                && inputsToAdd.isEmpty()
                && inputFills.isEmpty()
                && inputTagsToAdd.isEmpty()
                && linksToAdd.isEmpty()
                && linksToUpdate.isEmpty()
                && linksToRemove.isEmpty()
                && removalsToAdd.isEmpty()
                && revisionsToAdd.isEmpty()
                && footnotes.inserts().isEmpty()
                && footnotes.updates().isEmpty()
                && footnotes.conflicts().isEmpty()
                && agreedToAdd.isEmpty()
                && agreedToRemove.isEmpty()
                && citationsToAdd.isEmpty()
                && frozenRevisionUid == null;
    }
}
