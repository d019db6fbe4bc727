package org.penholder.merge;

import java.nio.file.Path;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.penholder.store.CopyReader;
import org.penholder.store.CopyRecords.AmendmentKey;
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
    final List<AmendmentKey> amendments;
    final Map<String, AmendmentKey> amendmentByUid = new HashMap<>();
    final Map<Long, String> amendmentUid = new HashMap<>();
    final Map<String, ParagraphRow> paragraphs = new LinkedHashMap<>();
    final List<SectionRow> sections;
    final List<LinkRow> links;
    final List<RemovedRow> removed;
    final List<InputRow> inputs;
    final List<StakeholderRow> stakeholders;
    final List<ListRow> lists;
    final List<InputTagRow> inputTags;
    final List<RevisionRow> revisions;

    private CopyState(Path file, CopyReader r) throws SQLException {
        this.file = file;
        this.projectId = r.meta(MetaStore.PROJECT_ID)
                .orElseThrow(
                        () -> new ProjectFileException(file, "has no project id; it was changed outside Penholder"));
        this.title = r.meta(MetaStore.TITLE).orElse("");
        this.symbol = r.meta(MetaStore.SYMBOL).orElse("");
        this.frozenRevision = r.meta(MetaStore.FROZEN_NUMBERING_REVISION).orElse(null);
        this.amendments = r.amendmentKeys();
        for (AmendmentKey k : amendments) {
            amendmentByUid.put(k.uid(), k);
            amendmentUid.put(k.id(), k.uid());
        }
        for (ParagraphRow p : r.paragraphs()) {
            paragraphs.put(p.id(), p);
        }
        this.sections = r.sections();
        this.links = r.linkKeys();
        this.removed = r.removed();
        this.inputs = r.inputs();
        this.stakeholders = r.stakeholders();
        this.lists = r.lists();
        this.inputTags = r.inputTags();
        this.revisions = r.revisions();
    }

    /**
     * Reads a copy. A value that is not one Penholder writes (an unknown kind of amendment, a status
     * no paragraph can have) means the file was changed outside Penholder: it is refused.
     */
    static CopyState read(Path file, CopyReader r) throws SQLException {
        try {
            return new CopyState(file, r);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ProjectFileException(
                    file, "holds values Penholder does not write; it was changed outside Penholder", e);
        }
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
