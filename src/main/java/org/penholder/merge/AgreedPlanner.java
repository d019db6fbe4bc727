package org.penholder.merge;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.penholder.store.AgreedCopyReader;
import org.penholder.store.CopyRecords.AgreedParagraphRow;
import org.penholder.store.CopyRecords.AgreedTextRow;
import org.penholder.store.CopyRecords.CitationRow;
import org.penholder.store.CopyRecords.RemovedRow;
import org.penholder.store.ProjectFileException;

/**
 * Works out what the other copy brings into the library of adopted texts (docs/adr/0140). An
 * adopted text is known across copies by the SHA-256 of its paragraphs, as an input is by its
 * text's: one imported in both copies is one text, and its paragraphs are matched by their place
 * in it. A text removed from a copy is remembered with its content hash and the time of removal:
 * after a merge neither copy holds a text imported before its last removal in either, and a text
 * imported (again) after it stays in both. Citations are matched
 * by uid, then by the draft paragraph and the adopted paragraph they join.
 */
final class AgreedPlanner {

    /** The kind of {@code removed_record} an adopted text's removal is. */
    static final String REMOVED = "AGREED_TEXT";

    private final AgreedCopyReader mine;
    private final AgreedCopyReader theirs;

    AgreedPlanner(AgreedCopyReader mine, AgreedCopyReader theirs) {
        this.mine = mine;
        this.theirs = theirs;
    }

    void plan(MergePlan plan) {
        // when each text was last removed, by content, in either copy: both copies decide alike
        Map<String, Instant> removedAt = new HashMap<>();
        for (RemovedRow r : plan.mine.removed) {
            removal(removedAt, r);
        }
        for (RemovedRow r : plan.theirs.removed) {
            removal(removedAt, r);
        }
        Map<String, AgreedTextRow> mineBySha = new HashMap<>();
        for (AgreedTextRow here : plan.mine.agreedTexts) {
            Instant removed = removedAt.get(here.sha());
            if (removed != null && !time(here.importedAt()).isAfter(removed)) {
                plan.agreedToRemove.add(here.id()); // removed in the other copy after it was imported here
            } else {
                mineBySha.put(here.sha(), here);
            }
        }
        Map<Long, Long> textIds = new HashMap<>(); // theirs -> mine, for texts both hold
        List<AgreedTextRow> toAdd = new ArrayList<>();
        for (AgreedTextRow t : plan.theirs.agreedTexts) {
            AgreedTextRow m = mineBySha.get(t.sha());
            Instant removed = removedAt.get(t.sha());
            if (m != null) {
                textIds.put(t.id(), m.id());
            } else if (removed == null || time(t.importedAt()).isAfter(removed)) {
                toAdd.add(t); // unless a copy removed it after it was imported there
            }
        }
        if (!toAdd.isEmpty()) {
            Map<Long, List<AgreedParagraphRow>> paragraphs = new HashMap<>();
            for (AgreedParagraphRow p :
                    theirs.paragraphs(toAdd.stream().map(AgreedTextRow::id).toList(), true)) {
                paragraphs.computeIfAbsent(p.textId(), k -> new ArrayList<>()).add(p);
            }
            for (AgreedTextRow t : toAdd) {
                plan.agreedToAdd.add(new MergePlan.AgreedToAdd(t, paragraphs.getOrDefault(t.id(), List.of())));
            }
        }
        citations(plan, textIds);
    }

    private static void removal(Map<String, Instant> removedAt, RemovedRow r) {
        if (r.kind().equals(REMOVED) && r.naturalKey() != null) {
            removedAt.merge(r.naturalKey(), time(r.removedAt()), (a, b) -> a.isAfter(b) ? a : b);
        }
    }

    /** A time a copy wrote; one that does not read (a file changed outside Penholder) counts as long ago. */
    private static Instant time(String s) {
        try {
            return Instant.parse(s);
        } catch (RuntimeException e) {
            return Instant.EPOCH;
        }
    }

    /** The other copy's citations this file lacks, their adopted paragraphs mapped where both hold the text. */
    private void citations(MergePlan plan, Map<Long, Long> textIds) {
        Set<String> mineUids = new HashSet<>();
        Set<String> mineKeys = new HashSet<>();
        for (CitationRow c : plan.mine.citations) {
            mineUids.add(c.uid());
            mineKeys.add(c.paragraphId() + "|" + c.agreedParagraphId());
        }
        List<CitationRow> candidates = plan.theirs.citations.stream()
                .filter(c -> !mineUids.contains(c.uid()))
                .toList();
        if (candidates.isEmpty()) {
            return;
        }
        Map<Long, AgreedParagraphRow> cited = new HashMap<>();
        for (AgreedParagraphRow p : theirs.paragraphKeys(
                candidates.stream().map(CitationRow::agreedParagraphId).toList())) {
            cited.put(p.id(), p);
        }
        // this file's paragraphs of the texts both hold, by text and place
        Map<String, Long> mineAt = new HashMap<>();
        for (AgreedParagraphRow p : mine.paragraphs(textIds.values(), false)) {
            mineAt.put(p.textId() + "#" + p.ordinal(), p.id());
        }
        for (CitationRow c : candidates) {
            AgreedParagraphRow p = cited.get(c.agreedParagraphId());
            if (p == null || !plan.theirs.paragraphs.containsKey(c.paragraphId())) {
                throw new ProjectFileException(
                        plan.theirs.file,
                        "was changed outside Penholder: citation " + c.uid() + " points at a record it does not hold");
            }
            Long here =
                    textIds.containsKey(p.textId()) ? mineAt.get(textIds.get(p.textId()) + "#" + p.ordinal()) : null;
            if (here != null) {
                plan.agreedParagraphIds.put(p.id(), here);
                if (mineKeys.contains(c.paragraphId() + "|" + here)) {
                    continue; // the same citation, recorded in both copies
                }
            } else if (plan.agreedToAdd.stream().noneMatch(a -> a.text().id() == p.textId())) {
                continue; // its text was removed here: its citations went with it
            }
            plan.citationsToAdd.add(c);
        }
    }
}
