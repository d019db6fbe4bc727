package org.penholder.merge;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.penholder.store.CopyReader;
import org.penholder.store.CopyRecords.AgreedTextRow;
import org.penholder.store.CopyRecords.AmendmentKey;
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
import org.penholder.store.MetaStore;
import org.penholder.store.ProjectFileException;

/** One copy as a merge compares it: everything but the large texts, read at one moment. */
final class CopyState {

    final Path file;
    final String projectId;
    final String title;
    final String symbol;
    final String frozenRevision;
    /**
     * The amendments both copies hold alike under the same local ids, the history they share from
     * before they parted: those up to this id are left out of {@link #amendments}.
     */
    final long sharedUpTo;
    /** Likewise for links: those up to this id both hold alike, and are left out of {@link #links}. */
    final long linksSharedUpTo;
    /** The amendments after {@link #sharedUpTo}. */
    final List<AmendmentKey> amendments;

    final Map<String, AmendmentKey> amendmentByUid;
    final Map<Long, String> amendmentUid;
    final Map<String, ParagraphRow> paragraphs = new LinkedHashMap<>();
    final List<SectionRow> sections;
    final List<LinkRow> links;
    final List<RemovedRow> removed;
    final List<InputRow> inputs;
    final List<StakeholderRow> stakeholders;
    final List<ListRow> lists;
    final List<InputTagRow> inputTags;
    final List<RevisionRow> revisions;
    /** Every footnote, live or removed, by uid, in the order written. */
    final Map<String, FootnoteRow> footnotes = new LinkedHashMap<>();

    final List<AgreedTextRow> agreedTexts;
    final List<CitationRow> citations;

    private CopyState(Path file, CopyReader r, long[] shared) {
        this.file = file;
        this.sharedUpTo = shared[0];
        this.linksSharedUpTo = shared[1];
        this.projectId = r.meta(MetaStore.PROJECT_ID)
                .orElseThrow(() -> new ProjectFileException(
                        file,
                        "has no project id; it was changed outside Penholder",
                        ProjectFileException.said("projectFile.noId", file)));
        this.title = r.meta(MetaStore.TITLE).orElse("");
        this.symbol = r.meta(MetaStore.SYMBOL).orElse("");
        this.frozenRevision = r.meta(MetaStore.FROZEN_NUMBERING_REVISION).orElse(null);
        this.amendments = r.amendmentKeys(sharedUpTo);
        this.amendmentByUid = HashMap.newHashMap(amendments.size());
        this.amendmentUid = HashMap.newHashMap(amendments.size());
        for (AmendmentKey k : amendments) {
            amendmentByUid.put(k.uid(), k);
            amendmentUid.put(k.id(), k.uid());
        }
        for (ParagraphRow p : r.paragraphs()) {
            paragraphs.put(p.id(), p);
        }
        this.sections = r.sections();
        this.inputs = r.inputKeys();
        Map<Long, String> sha = new HashMap<>();
        inputs.forEach(i -> sha.put(i.id(), i.sha()));
        this.links = r.linkKeys(sha, linksSharedUpTo);
        this.removed = r.removed();
        this.stakeholders = r.stakeholders();
        this.lists = r.lists();
        this.inputTags = r.inputTags();
        this.revisions = r.revisions();
        for (FootnoteRow f : r.footnotes()) {
            footnotes.put(f.uid(), f);
        }
        this.agreedTexts = r.agreed().texts();
        this.citations = r.agreed().citations();
    }

    /**
     * Reads a copy. A value that is not one Penholder writes (an unknown kind of amendment, a status
     * no paragraph can have) means the file was changed outside Penholder: it is refused.
     */
    static CopyState read(Path file, CopyReader r, long[] shared) {
        try {
            return new CopyState(file, r, shared);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ProjectFileException(
                    file, "holds values Penholder does not write; it was changed outside Penholder", e);
        }
    }

    /**
     * The last local id up to which two copies hold the same rows (amendments, links) under the same
     * ids: what they share from before they parted (later rows get ids of their own in each).
     * Found by the uids at a few ids, then confirmed by comparing all of them up to there; 0 when
     * nothing is shared that way (every amendment is then compared by uid).
     */
    static long sharedHistory(CopyReader mine, CopyReader theirs, CopyReader.Keyed t) {
        long lo = 0;
        long hi = Math.min(mine.lastId(t), theirs.lastId(t));
        while (lo < hi) {
            long mid = (lo + hi + 1) >>> 1;
            String m = mine.uidAt(t, mid);
            if (m != null && m.equals(theirs.uidAt(t, mid))) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo > 0 && mine.upTo(t, lo).equals(theirs.upTo(t, lo)) ? lo : 0;
    }

    /** A name as two people may type it: without case, with single spaces. */
    static String nameKey(String name) {
        if (name == null) {
            return "";
        }
        return Normalizer.normalize(name, Normalizer.Form.NFC)
                .strip()
                .replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }
}
