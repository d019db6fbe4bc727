package org.penholder.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.penholder.model.AmendmentStatus;
import org.penholder.store.CopyReader;
import org.penholder.store.CopyRecords.AmendmentKey;
import org.penholder.store.CopyRecords.AmendmentRow;
import org.penholder.store.CopyRecords.BlockRow;
import org.penholder.store.CopyRecords.FootnoteRow;
import org.penholder.store.CopyRecords.InputRow;
import org.penholder.store.CopyRecords.InputTagRow;
import org.penholder.store.CopyRecords.LinkRow;
import org.penholder.store.CopyRecords.ListRow;
import org.penholder.store.CopyRecords.ParagraphRow;
import org.penholder.store.CopyRecords.RemovedRow;
import org.penholder.store.CopyRecords.RevisionFootnoteRow;
import org.penholder.store.CopyRecords.RevisionRow;
import org.penholder.store.CopyRecords.StakeholderRow;
import org.penholder.store.ProjectFileException;

/**
 * Works out what merging the other copy brings into this file (docs/adr/0140, 0141), reading both
 * and writing nothing. Records are matched by uid; inputs by their text's SHA-256; stakeholders and
 * list entries by name, ignoring case and spacing; links by paragraph and passage; revisions by
 * uid, then by name and content.
 */
final class MergePlanner {

    private final CopyReader mineReader;
    private final CopyReader theirReader;

    MergePlanner(CopyReader mineReader, CopyReader theirReader) {
        this.mineReader = mineReader;
        this.theirReader = theirReader;
    }

    MergePlan plan(CopyState mine, CopyState theirs) {
        if (!mine.projectId.equals(theirs.projectId)) {
            throw new ProjectFileException(
                    theirs.file,
                    "is a copy of another project, not of " + mine.file.getFileName()
                            + " (it was not made from it, nor it from this one); only copies of one project merge");
        }
        List<Long> theirNew = new ArrayList<>();
        List<Long> mineNew = new ArrayList<>();
        Map<Long, Long> theirExtended = new HashMap<>(); // their id -> my id
        for (AmendmentKey t : theirs.amendments) {
            AmendmentKey m = mine.amendmentByUid.get(t.uid());
            if (m == null) {
                theirNew.add(t.id());
            } else if (!t.updatedAt().equals(m.updatedAt()) && t.updated().isAfter(m.updated())) {
                theirExtended.put(t.id(), m.id());
            }
        }
        for (AmendmentKey m : mine.amendments) {
            AmendmentKey t = theirs.amendmentByUid.get(m.uid());
            if (t == null
                    || (!t.updatedAt().equals(m.updatedAt()) && m.updated().isAfter(t.updated()))) {
                mineNew.add(m.id());
            }
        }
        List<Long> theirIds = new ArrayList<>(theirNew);
        theirIds.addAll(theirExtended.keySet());
        List<AmendmentRow> theirChanges = theirReader.amendments(theirIds, true);
        List<AmendmentRow> mineChanges = mineReader.amendments(mineNew, false);
        validate(theirs, theirChanges);

        Touched mineTouched = Touched.by(mineChanges);
        Touched theirTouched = Touched.by(theirChanges);
        DraftMerge.Outcome draft = DraftMerge.merge(
                new DraftMerge.Side(mine.paragraphs, mine.sections, mineTouched, mine.title, mine.symbol),
                new DraftMerge.Side(theirs.paragraphs, theirs.sections, theirTouched, theirs.title, theirs.symbol));
        MergePlan plan = new MergePlan(mine, theirs, draft);
        plan.footnotes = FootnoteMerge.merge(
                new FootnoteMerge.Side(mine.footnotes, mine.paragraphs, mineTouched),
                new FootnoteMerge.Side(theirs.footnotes, theirs.paragraphs, theirTouched),
                merged(mine, draft),
                draft.fastForward());
        Set<Long> theirNewIds = new HashSet<>(theirNew);
        for (AmendmentRow a : theirChanges) {
            if (theirNewIds.contains(a.id())) {
                plan.amendments.add(a);
            } else {
                plan.extended.put(theirExtended.get(a.id()), a);
            }
        }
        decisions(plan);
        lists(plan);
        stakeholders(plan);
        inputs(plan);
        links(plan, mineTouched);
        revisions(plan);
        new AgreedPlanner(mineReader.agreed(), theirReader.agreed()).plan(plan);
        return plan;
    }

    /** Every paragraph as the merged draft leaves it, live or deleted. */
    private static Map<String, ParagraphRow> merged(CopyState mine, DraftMerge.Outcome draft) {
        Map<String, ParagraphRow> out = new HashMap<>(mine.paragraphs);
        draft.inserts().forEach(p -> out.put(p.id(), p));
        draft.updates().forEach(p -> out.put(p.id(), p));
        return out;
    }

    /** Refuses a copy whose rows point at what it does not hold: it was changed outside Penholder. */
    private static void validate(CopyState theirs, List<AmendmentRow> rows) {
        Set<String> sections = new HashSet<>();
        theirs.sections.forEach(s -> sections.add(s.id()));
        Set<Long> stakeholders = new HashSet<>();
        theirs.stakeholders.forEach(s -> stakeholders.add(s.id()));
        for (AmendmentRow a : rows) {
            boolean sound = (a.paragraphId() == null || theirs.paragraphs.containsKey(a.paragraphId()))
                    && (a.relatedParagraphId() == null || theirs.paragraphs.containsKey(a.relatedParagraphId()))
                    && (a.sectionId() == null || sections.contains(a.sectionId()))
                    && (a.proposerId() == null || stakeholders.contains(a.proposerId()))
                    && (a.proposalId() == null
                            || a.proposalId() <= theirs.sharedUpTo
                            || theirs.amendmentUid.containsKey(a.proposalId()))
                    && a.uid() != null;
            if (!sound) {
                throw new ProjectFileException(
                        theirs.file,
                        "was changed outside Penholder: amendment " + a.id() + " points at a record it does not hold");
            }
        }
        for (FootnoteRow f : theirs.footnotes.values()) {
            if (!theirs.paragraphs.containsKey(f.paragraphId()) || f.anchor() < 0 || f.text() == null) {
                throw new ProjectFileException(
                        theirs.file,
                        "was changed outside Penholder: footnote " + f.uid() + " is on a paragraph it does not hold");
            }
        }
        for (ParagraphRow p : theirs.paragraphs.values()) {
            if (p.sectionId() != null && !sections.contains(p.sectionId())) {
                throw new ProjectFileException(
                        theirs.file,
                        "was changed outside Penholder: paragraph " + p.id() + " is in a section it does not hold");
            }
        }
    }

    /**
     * A decision both copies hold differently: the one changed more often since the proposal was
     * made wins; at the same count an acceptance (its change is in the draft), then the later one.
     */
    private void decisions(MergePlan plan) {
        List<Long> theirIds = new ArrayList<>();
        Map<Long, Long> mineOf = new HashMap<>();
        for (AmendmentKey t : plan.theirs.amendments) {
            AmendmentKey m = plan.mine.amendmentByUid.get(t.uid());
            if (m != null
                    && (m.status() != t.status() || m.decisionSeq() != t.decisionSeq())
                    && t.status() != AmendmentStatus.APPLIED) {
                theirIds.add(t.id());
                mineOf.put(t.id(), m.id());
            }
        }
        if (theirIds.isEmpty()) {
            return;
        }
        Map<Long, AmendmentRow> mineRows = new HashMap<>();
        for (AmendmentRow m : mineReader.amendments(mineOf.values(), false)) {
            mineRows.put(m.id(), m);
        }
        for (AmendmentRow t : theirReader.amendments(theirIds, false)) {
            AmendmentRow m = mineRows.get(mineOf.get(t.id()));
            if (theirsWins(t, m)) {
                plan.decisions.put(m.id(), t);
            }
        }
    }

    static boolean theirsWins(AmendmentRow theirs, AmendmentRow mine) {
        if (theirs.status() == mine.status()) {
            return false;
        }
        if (theirs.decisionSeq() != mine.decisionSeq()) {
            return theirs.decisionSeq() > mine.decisionSeq();
        }
        if ((theirs.status() == AmendmentStatus.ACCEPTED) != (mine.status() == AmendmentStatus.ACCEPTED)) {
            return theirs.status() == AmendmentStatus.ACCEPTED;
        }
        int byTime = Objects.toString(theirs.decidedAt(), "").compareTo(Objects.toString(mine.decidedAt(), ""));
        return byTime != 0 ? byTime > 0 : theirs.status().compareTo(mine.status()) > 0;
    }

    private static String listKey(ListRow r) {
        return r.kind() + "|" + CopyState.nameKey(r.name());
    }

    /** Stakeholder groups and tags: matched by uid, then by name; removals travel both ways. */
    private static void lists(MergePlan plan) {
        Map<String, ListRow> mineByUid = new HashMap<>();
        Map<String, ListRow> mineByName = new HashMap<>();
        for (ListRow r : plan.mine.lists) {
            mineByUid.put(r.uid(), r);
            mineByName.putIfAbsent(listKey(r), r);
        }
        Set<String> removedHere = new HashSet<>();
        plan.mine.removed.forEach(r -> removedHere.add(r.uid()));
        for (RemovedRow r : plan.theirs.removed) {
            if (!removedHere.contains(r.uid())) {
                plan.removalsToAdd.add(r);
                ListRow here = mineByUid.get(r.uid());
                if (here != null && !r.kind().equals("LINK")) {
                    boolean group = here.kind().equals(ListRow.GROUP);
                    boolean used = group
                            && plan.mine.stakeholders.stream().anyMatch(s -> Objects.equals(s.groupId(), here.id()));
                    if (!used) {
                        plan.entriesToRemove.add(Map.entry(group ? "stakeholder_group" : "tag", here.id()));
                    }
                }
            }
        }
        Set<String> addedNames = new HashSet<>();
        for (ListRow t : plan.theirs.lists) {
            ListRow m = mineByUid.get(t.uid());
            if (m == null) {
                m = mineByName.get(listKey(t));
            }
            Map<Long, Long> ids = t.kind().equals(ListRow.GROUP) ? plan.groupIds : plan.tagIds;
            if (m != null) {
                ids.put(t.id(), m.id());
            } else if (!removedHere.contains(t.uid()) && addedNames.add(listKey(t))) {
                (t.kind().equals(ListRow.GROUP) ? plan.groupsToAdd : plan.tagsToAdd).add(t);
            }
        }
    }

    /** Stakeholders: matched by uid, then by name; blanks (group, country) filled from the other copy. */
    private static void stakeholders(MergePlan plan) {
        Map<String, StakeholderRow> mineByUid = new HashMap<>();
        Map<String, StakeholderRow> mineByName = new HashMap<>();
        for (StakeholderRow s : plan.mine.stakeholders) {
            mineByUid.put(s.uid(), s);
            mineByName.putIfAbsent(CopyState.nameKey(s.name()), s);
        }
        Set<String> added = new HashSet<>();
        for (StakeholderRow t : plan.theirs.stakeholders) {
            StakeholderRow m = mineByUid.get(t.uid());
            if (m == null) {
                m = mineByName.get(CopyState.nameKey(t.name()));
            }
            if (m == null) {
                if (added.add(CopyState.nameKey(t.name()))) {
                    plan.stakeholdersToAdd.add(t);
                }
                continue;
            }
            plan.stakeholderIds.put(t.id(), m.id());
            boolean groupBlank = m.groupId() == null && t.groupId() != null;
            boolean countryBlank = (m.country() == null || m.country().isBlank())
                    && t.country() != null
                    && !t.country().isBlank();
            if (groupBlank || countryBlank) {
                plan.stakeholderFills.put(
                        m.id(),
                        new StakeholderRow(
                                m.id(),
                                m.uid(),
                                m.name(),
                                groupBlank ? t.groupId() : null,
                                countryBlank ? t.country() : null));
            }
        }
    }

    /** Inputs by the SHA-256 of their text; their details fill blanks; tags are the union of both copies'. */
    private void inputs(MergePlan plan) {
        Map<String, InputRow> mineBySha = new HashMap<>();
        plan.mine.inputs.forEach(i -> mineBySha.put(i.sha(), i));
        List<Long> toAdd = new ArrayList<>();
        for (InputRow t : plan.theirs.inputs) {
            InputRow m = mineBySha.get(t.sha());
            if (m == null) {
                toAdd.add(t.id());
                continue;
            }
            plan.inputIds.put(t.id(), m.id());
            if ((m.stakeholderId() == null && t.stakeholderId() != null)
                    || (blank(m.occasion()) && !blank(t.occasion()))
                    || (blank(m.date()) && !blank(t.date()))
                    || (blank(m.language()) && !blank(t.language()))) {
                plan.inputFills.put(m.id(), t);
            }
        }
        plan.inputsToAdd.addAll(theirReader.inputs(toAdd)); // whole, in the order they were imported
        Set<String> mineTags = new HashSet<>();
        plan.mine.inputTags.forEach(it -> mineTags.add(it.inputId() + ":" + it.tagId()));
        for (InputTagRow it : plan.theirs.inputTags) {
            Long input = plan.inputIds.get(it.inputId());
            Long tag = plan.tagIds.get(it.tagId());
            if (input == null || tag == null || !mineTags.contains(input + ":" + tag)) {
                plan.inputTagsToAdd.add(it);
            }
        }
    }

    /**
     * Links: by uid, then by paragraph and passage. A link's paragraph follows the merged draft (a
     * split or join moves links with the text); of its note, the one changed more often wins, and
     * both are kept when both copies changed it as often. A link removed in one copy goes in the other.
     */
    private void links(MergePlan plan, Touched mineTouched) {
        Map<String, LinkRow> mineByUid = HashMap.newHashMap(plan.mine.links.size());
        for (LinkRow l : plan.mine.links) {
            mineByUid.put(l.uid(), l);
        }
        // by passage only when the other copy made links this file does not know by uid; then the
        // links both hold alike from before they parted count too
        Map<String, LinkRow> mineByPassage = new HashMap<>();
        if (plan.theirs.links.stream().anyMatch(t -> !mineByUid.containsKey(t.uid()))) {
            Map<Long, String> sha = new HashMap<>();
            plan.mine.inputs.forEach(i -> sha.put(i.id(), i.sha()));
            for (LinkRow l : mineReader.linkKeys(sha, 0)) {
                mineByPassage.putIfAbsent(l.passageKey(), l);
            }
        }
        Set<String> removedHere = new HashSet<>();
        plan.mine.removed.forEach(r -> removedHere.add(r.uid()));
        for (RemovedRow r : plan.removalsToAdd) {
            LinkRow here = r.kind().equals("LINK") ? mineByUid.get(r.uid()) : null;
            if (here != null) {
                plan.linksToRemove.add(here.id());
            }
        }
        Set<Long> removing = new HashSet<>(plan.linksToRemove);
        Set<String> liveAfter = liveAfter(plan);
        List<Long> toRead = new ArrayList<>();
        Map<Long, LinkRow> pending = new HashMap<>(); // their id -> my link
        for (LinkRow t : plan.theirs.links) {
            LinkRow m = mineByUid.get(t.uid());
            if (m == null) {
                m = removedHere.contains(t.uid()) ? null : mineByPassage.get(t.passageKey());
                if (m == null && !removedHere.contains(t.uid())) {
                    toRead.add(t.id());
                    continue;
                }
            }
            if (m == null || removing.contains(m.id())) {
                continue;
            }
            String paragraph = m.paragraphId();
            if (!t.paragraphId().equals(m.paragraphId())
                    && (plan.draft.fastForward()
                            || (liveAfter.contains(t.paragraphId()) && !mineTouched.touched(m.paragraphId())))) {
                paragraph = t.paragraphId();
            }
            String note = m.note();
            int seq = m.noteSeq();
            if (!Objects.equals(blankToNull(t.note()), blankToNull(m.note()))) {
                if (t.noteSeq() > m.noteSeq()) {
                    note = t.note();
                    seq = t.noteSeq();
                } else if (t.noteSeq() == m.noteSeq()) {
                    note = bothNotes(m.note(), t.note());
                    seq = m.noteSeq() + 1;
                }
            }
            boolean follows = paragraph.equals(t.paragraphId())
                    && (plan.draft.fastForward()
                            || !paragraph.equals(m.paragraphId())
                            || plan.draft.takenFromOther().contains(paragraph))
                    && t.suspect() != m.suspect();
            if (!paragraph.equals(m.paragraphId()) || !Objects.equals(note, m.note()) || follows) {
                plan.linksToUpdate.put(m.id(), new MergePlan.LinkUpdate(paragraph, note, seq, null));
                if (follows) {
                    toRead.add(t.id());
                    pending.put(t.id(), m);
                }
            }
        }
        for (LinkRow t : theirReader.links(toRead)) {
            LinkRow m = pending.get(t.id());
            if (m == null) {
                plan.linksToAdd.add(t);
            } else {
                MergePlan.LinkUpdate u = plan.linksToUpdate.get(m.id());
                plan.linksToUpdate.put(m.id(), new MergePlan.LinkUpdate(u.paragraphId(), u.note(), u.noteSeq(), t));
            }
        }
    }

    /** The paragraphs live once the merged draft is written. */
    private static Set<String> liveAfter(MergePlan plan) {
        Set<String> live = new HashSet<>();
        for (ParagraphRow p : plan.mine.paragraphs.values()) {
            if (!p.deleted()) {
                live.add(p.id());
            }
        }
        plan.draft.inserts().forEach(p -> {
            if (!p.deleted()) {
                live.add(p.id());
            }
        });
        plan.draft.updates().forEach(p -> {
            if (p.deleted()) {
                live.remove(p.id());
            } else {
                live.add(p.id());
            }
        });
        return live;
    }

    /** Two notes of one link written apart, both kept, in an order both copies agree on. */
    static String bothNotes(String a, String b) {
        if (blankToNull(a) == null) {
            return b;
        }
        if (blankToNull(b) == null) {
            return a;
        }
        return a.compareTo(b) <= 0 ? a + " / " + b : b + " / " + a;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /**
     * Revisions by uid; one of the same name and the same content is the same revision; one of the
     * same name and other content comes in with its maker's name added ("Rev.1 (Ben)").
     */
    private void revisions(MergePlan plan) {
        Set<String> mineUids = new HashSet<>();
        Map<String, RevisionRow> mineByName = new HashMap<>();
        for (RevisionRow r : plan.mine.revisions) {
            mineUids.add(r.uid());
            mineByName.put(CopyState.nameKey(r.name()), r);
        }
        Set<String> names = new HashSet<>(mineByName.keySet());
        for (RevisionRow t : plan.theirs.revisions) {
            if (mineUids.contains(t.uid())) {
                continue;
            }
            List<BlockRow> blocks = theirReader.blocks(t.id());
            List<RevisionFootnoteRow> footnotes = theirReader.revisionFootnotes(t.id());
            RevisionRow same = mineByName.get(CopyState.nameKey(t.name()));
            String name = t.name();
            if (same != null) {
                if (Objects.equals(same.title(), t.title())
                        && Objects.equals(same.symbol(), t.symbol())
                        && mineReader.blocks(same.id()).equals(blocks)
                        && mineReader.revisionFootnotes(same.id()).equals(footnotes)) {
                    continue;
                }
                String base = t.name() + " (" + makerName(t.createdBy()) + ")";
                name = base;
                for (int n = 2; names.contains(CopyState.nameKey(name)); n++) {
                    name = base + " " + n;
                }
            }
            names.add(CopyState.nameKey(name));
            plan.revisionsToAdd.add(new MergePlan.RevisionToAdd(t, name, blocks, footnotes));
        }
        if (plan.draft.fastForward() && plan.theirs.frozenRevision != null) {
            String uid = plan.theirs.revisions.stream()
                    .filter(r -> String.valueOf(r.id()).equals(plan.theirs.frozenRevision))
                    .map(RevisionRow::uid)
                    .findFirst()
                    .orElse(null);
            String mineUid = plan.mine.revisions.stream()
                    .filter(r -> String.valueOf(r.id()).equals(plan.mine.frozenRevision))
                    .map(RevisionRow::uid)
                    .findFirst()
                    .orElse(null);
            if (uid != null && !uid.equals(mineUid)) {
                plan.frozenRevisionUid = uid;
            }
        }
    }

    /** "Ben" of "Ben (Co-facilitators)": the person who made a revision. */
    static String makerName(String createdBy) {
        if (createdBy == null || createdBy.isBlank()) {
            return "other copy";
        }
        int team = createdBy.indexOf(" (");
        return (team > 0 ? createdBy.substring(0, team) : createdBy).strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
