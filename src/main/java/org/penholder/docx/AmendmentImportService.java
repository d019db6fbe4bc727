package org.penholder.docx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.penholder.draft.Details;
import org.penholder.draft.FootnoteService;
import org.penholder.history.CompareService;
import org.penholder.history.Comparison;
import org.penholder.history.DocumentVersion;
import org.penholder.history.ImportedProposal;
import org.penholder.history.ParagraphChange;
import org.penholder.history.ProposalImport;
import org.penholder.history.RevisionService;
import org.penholder.model.Amendment;
import org.penholder.model.AmendmentKind;
import org.penholder.model.Author;
import org.penholder.model.BlockKind;
import org.penholder.model.Draft;
import org.penholder.model.Footnote;
import org.penholder.model.Paragraph;
import org.penholder.model.ParagraphLabel;
import org.penholder.store.Database;
import org.penholder.store.DraftStore;
import org.penholder.store.MetaStore;
import org.penholder.store.StakeholderStore;
import org.penholder.text.DocumentWords;
import org.penholder.text.Phrase;

/**
 * A delegation's Word file with tracked changes (one of ours sent out, or any version of the draft)
 * read as proposals: one per change, or per run of changes by one author in a paragraph, cut down
 * to the words that differ, attributed to the change's author. Each is placed in the paragraph of
 * the draft it was made on, by the id Penholder embedded in the file, else by aligning the file's
 * paragraphs (as they were before the changes) with the draft; its words are then placed in the
 * draft's text as it now stands. Importing the same file twice records nothing twice.
 */
public final class AmendmentImportService {

    private final Database db;
    private final DraftStore drafts;
    private final RevisionService revisions;
    private final ProposalImport proposals;
    private final StakeholderStore stakeholders;
    private final DocxLimits limits;

    public AmendmentImportService(
            Database db,
            DraftStore drafts,
            RevisionService revisions,
            ProposalImport proposals,
            StakeholderStore stakeholders) {
        this.db = db;
        this.drafts = drafts;
        this.revisions = revisions;
        this.proposals = proposals;
        this.stakeholders = stakeholders;
        this.limits = DocxLimits.DEFAULT;
    }

    /** A Word file read for its tracked changes, not yet placed in a draft. */
    public static final class DelegationFile {
        private final Path file;
        private final String sha256;
        private final TrackedEdits.Result read;

        DelegationFile(Path file, String sha256, TrackedEdits.Result read) {
            this.file = file;
            this.sha256 = sha256;
            this.read = read;
        }

        public Path file() {
            return file;
        }

        /** Tracked changes found in the file's body. */
        public int trackedChanges() {
            return read.changes();
        }

        /** What was read as proposals (before any is placed in the draft). */
        public int edits() {
            return read.edits().size();
        }
    }

    /**
     * A proposal created.
     *
     * @param paragraph the label of the paragraph it changes; for a new paragraph, of the paragraph it follows
     * @param before    the words it replaces or deletes (a deleted or moved paragraph: its text)
     * @param after     the words it adds (a new paragraph: its text)
     */
    public record Imported(
            long id, String proposer, String paragraph, AmendmentKind kind, String before, String after) {}

    /**
     * What an import did.
     *
     * @param alreadyImported changes left out because the project holds them already (the same file imported before)
     * @param warnings        what could not be read as proposals, for the person to check (the window says them in its language)
     */
    public record ImportResult(
            Path file, List<Imported> created, int alreadyImported, int trackedChanges, List<Phrase> warnings) {

        public ImportResult {
            created = List.copyOf(created);
            warnings = List.copyOf(warnings);
        }
    }

    /** Reads a file's tracked changes; needs no project (run it off the project's thread). Refuses what is not a readable .docx. */
    public DelegationFile read(Path docx, Progress progress) {
        TrackedEdits.Result read = WordFile.read(docx, limits, progress, TrackedEdits::read);
        return new DelegationFile(docx, sha256(docx), read);
    }

    /** Places the file's changes in the draft and records them as proposals, each once, in one transaction. */
    public ImportResult importProposals(DelegationFile f, String proposer, Author recordedBy) {
        return db.write(() -> {
            Draft draft = drafts.load();
            if (draft.paragraphs().isEmpty() && !f.read.edits().isEmpty()) {
                String name = db.file().getFileName().toString();
                throw new DocxException(
                        f.file(),
                        Phrase.of("docx.refused.draftEmpty", name),
                        "has changes to paragraphs, but the working draft of " + name
                                + " is empty: import the draft first (import-draft --as-draft), or use import-draft --new",
                        null);
            }
            Map<String, ParagraphLabel> labels = revisions.labels(draft);
            Map<Integer, List<String>> anchors = anchors(f, draft, labels);
            Map<String, Paragraph> live = new HashMap<>();
            draft.paragraphs().forEach(p -> live.put(p.id(), p));
            List<Phrase> warnings = new ArrayList<>(f.read.warnings());
            // each proposal's rationale is kept in the project, read by the whole team: in the document's language
            DocumentWords words = DocumentWords.in(new MetaStore(db).documentLanguage());
            List<ImportedProposal> placed = new ArrayList<>();
            int unplaced = 0;
            for (TrackedEdit e : f.read.edits()) {
                ImportedProposal p = place(e, f, anchors, live, draft.footnotes(), words);
                if (p == null) {
                    unplaced++;
                } else {
                    placed.add(p);
                }
            }
            if (unplaced > 0) {
                warnings.add(Phrase.of("docx.reading.unplaced", unplaced));
            }
            if (placed.isEmpty() && unplaced > 0) {
                warnings.add(Phrase.of("docx.reading.noneInTheDraft"));
            }
            ProposalImport.Result r = proposals.record(placed, proposer, recordedBy);
            List<Imported> created = new ArrayList<>();
            for (Amendment a : r.created()) {
                created.add(describe(a, labels));
            }
            return new ImportResult(f.file(), created, r.alreadyThere(), f.trackedChanges(), warnings);
        });
    }

    /**
     * The draft paragraphs each paragraph of the file's original stands for: by the id Penholder
     * embedded, else by the compare's alignment of texts (a paragraph split since stands for its parts).
     */
    private static Map<Integer, List<String>> anchors(
            DelegationFile f, Draft draft, Map<String, ParagraphLabel> labels) {
        Set<String> liveIds = new HashSet<>();
        draft.paragraphs().forEach(p -> liveIds.add(p.id()));
        List<DocumentVersion.Block> blocks = new ArrayList<>();
        Map<String, ArrayDeque<Integer>> byKey = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (TrackedEdits.Original o : f.read.originals()) {
            if (!o.isBody()) {
                continue;
            }
            String id = o.embeddedId() != null && liveIds.contains(o.embeddedId()) && seen.add(o.embeddedId())
                    ? o.embeddedId()
                    : null;
            blocks.add(new DocumentVersion.Block(BlockKind.PP, id, "", TypedNumbers.strip(o.text())));
            byKey.computeIfAbsent(id + "\u0000" + TypedNumbers.strip(o.text()), k -> new ArrayDeque<>())
                    .add(o.index());
        }
        Comparison c = CompareService.compare(
                new DocumentVersion(f.file().getFileName().toString(), blocks),
                DocumentVersion.ofDraft(RevisionService.CURRENT, draft, labels));
        Map<Integer, List<String>> out = new HashMap<>();
        for (ParagraphChange change : c.changes()) {
            for (int k = 0; k < change.fromTexts().size(); k++) {
                ArrayDeque<Integer> same = byKey.get(
                        change.fromIds().get(k) + "\u0000" + change.fromTexts().get(k));
                Integer original = same == null ? null : same.poll();
                if (original != null && !change.toIds().isEmpty()) {
                    out.put(original, change.toIds());
                }
            }
        }
        return out;
    }

    /** The footnote of a paragraph a file's footnote stands for: the one of the same words, else the one in its place. */
    private static Footnote footnoteOf(List<Footnote> notes, TrackedEdit.FootnoteEdit n) {
        for (Footnote f : notes) {
            if (f.text().strip().equals(n.base().strip())) {
                return f;
            }
        }
        return n.note() < notes.size() ? notes.get(n.note()) : null;
    }

    /** The proposal an edit makes on the draft, or null when the draft has nowhere to put it. */
    private static ImportedProposal place(
            TrackedEdit e,
            DelegationFile f,
            Map<Integer, List<String>> anchors,
            Map<String, Paragraph> live,
            Map<String, List<Footnote>> notes,
            DocumentWords words) {
        String author = e.who().author();
        String file = String.valueOf(f.file().getFileName());
        String rationale = e.who().date() == null || e.who().date().length() < 10
                ? words.get("proposals.trackedChange", file)
                : words.get("proposals.trackedChangeOf", file, e.who().date().substring(0, 10));
        String change = Integer.toString(e.ordinal());
        return switch (e) {
            case TrackedEdit.TextEdit t -> {
                List<String> in = anchors.get(t.original());
                String original = f.read.originals().get(t.original()).text();
                if (in == null || TypedNumbers.renumbers(original, t.start(), t.end(), t.text())) {
                    yield null; // no paragraph of the draft; or a number typed before the text, changed
                }
                for (String id : in) {
                    TextPlacement.Placed at = TextPlacement.place(
                            original, t.start(), t.end(), t.text(), live.get(id).text());
                    if (at != null) {
                        yield ImportedProposal.text(
                                id,
                                live.get(id).text(),
                                at.start(),
                                at.end(),
                                at.text(),
                                author,
                                rationale,
                                f.sha256,
                                change);
                    }
                }
                // the words around the change read differently in the draft now: keep them as the file has them,
                // and the proposal finds them again by their words if it can (else it shows as outdated)
                yield ImportedProposal.text(
                        in.get(0), original, t.start(), t.end(), t.text(), author, rationale, f.sha256, change);
            }
            case TrackedEdit.FootnoteEdit n -> {
                List<String> in = anchors.get(n.original());
                if (in == null) {
                    yield null;
                }
                for (String id : in) {
                    Footnote there = footnoteOf(notes.getOrDefault(id, List.of()), n);
                    if (there == null) {
                        continue;
                    }
                    TextPlacement.Placed at = TextPlacement.place(n.base(), n.start(), n.end(), n.text(), there.text());
                    yield at != null
                            ? ImportedProposal.footnote(
                                    id,
                                    there.uid(),
                                    there.text(),
                                    at.start(),
                                    at.end(),
                                    at.text(),
                                    author,
                                    rationale,
                                    f.sha256,
                                    change)
                            : ImportedProposal.footnote(
                                    id,
                                    there.uid(),
                                    n.base(),
                                    n.start(),
                                    n.end(),
                                    n.text(),
                                    author,
                                    rationale,
                                    f.sha256,
                                    change);
                }
                yield null; // the draft's paragraph has no such footnote
            }
            case TrackedEdit.NewParagraph n -> {
                List<String> after = anchors.get(n.after());
                yield after == null
                        ? null
                        : ImportedProposal.newParagraph(
                                after.get(after.size() - 1),
                                n.kind(),
                                TypedNumbers.strip(n.text()),
                                author,
                                rationale,
                                f.sha256,
                                change);
            }
            case TrackedEdit.RemovedParagraph r -> {
                List<String> in = anchors.get(r.original());
                yield in == null
                        ? null
                        : ImportedProposal.deleteParagraph(in.get(0), author, rationale, f.sha256, change);
            }
            case TrackedEdit.MovedParagraph m -> {
                List<String> in = anchors.get(m.original());
                List<String> after = anchors.get(m.after());
                yield in == null || after == null || in.get(0).equals(after.get(after.size() - 1))
                        ? null
                        : ImportedProposal.move(
                                in.get(0), after.get(after.size() - 1), author, rationale, f.sha256, change);
            }
        };
    }

    private Imported describe(Amendment a, Map<String, ParagraphLabel> labels) {
        String proposer = stakeholders.byId(a.proposerId()).map(s -> s.name()).orElse("");
        var d = Details.parse(a.detail());
        String where = a.kind() == AmendmentKind.NEW_PARAGRAPH ? a.relatedParagraphId() : a.paragraphId();
        ParagraphLabel label = labels.get(where);
        String before = switch (a.kind()) {
            case INSERT_TEXT, DELETE_TEXT, REPLACE_TEXT ->
                a.before().substring(d.path("start").asInt(), d.path("end").asInt());
            case NEW_PARAGRAPH -> "";
            default -> a.before();
        };
        String after = switch (a.kind()) {
            case INSERT_TEXT, DELETE_TEXT, REPLACE_TEXT -> d.path("text").asText();
            case NEW_PARAGRAPH -> a.after();
            default -> "";
        };
        String paragraph = label == null ? where : label.code();
        return new Imported(
                a.id(),
                proposer,
                FootnoteService.isFootnoteChange(a) ? paragraph + ", footnote" : paragraph,
                a.kind(),
                before,
                after);
    }

    private static String sha256(Path file) {
        try (DigestInputStream in =
                new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return java.util.HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException e) {
            throw WordPackage.cannotRead(file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
