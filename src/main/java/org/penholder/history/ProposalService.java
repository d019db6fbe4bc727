package org.penholder.history;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.penholder.draft.CommandRefused;
import org.penholder.draft.Details;
import org.penholder.draft.DraftService;
import org.penholder.model.Amendment;
import org.penholder.model.AmendmentKind;
import org.penholder.model.AmendmentStatus;
import org.penholder.model.Author;
import org.penholder.model.Draft;
import org.penholder.model.Ids;
import org.penholder.model.Paragraph;
import org.penholder.model.ParagraphKind;
import org.penholder.model.ParagraphLabel;
import org.penholder.model.ParagraphStatus;
import org.penholder.model.Stakeholder;
import org.penholder.store.AmendmentStore;
import org.penholder.store.Database;
import org.penholder.store.DraftStore;
import org.penholder.store.MetaStore;
import org.penholder.store.StakeholderStore;
import org.penholder.store.StoreException;
import org.penholder.text.DocumentWords;
import org.penholder.text.Phrase;

/**
 * Amendments proposed by delegations rather than applied: recorded with their proposer, target and
 * rationale; listed with a redline and with conflicts between proposals that touch the same words;
 * accepted (carried out as an applied amendment that points to the proposal), rejected or withdrawn.
 * A text proposal remembers the words it changes, so it still applies after other edits to its paragraph.
 */
public final class ProposalService {

    private final Database db;
    private final DraftService draftService;
    private final DraftStore drafts;
    private final AmendmentStore amendments;
    private final StakeholderStore stakeholders;
    private final RevisionService revisions;
    private final MetaStore meta;

    public ProposalService(
            Database db,
            DraftService draftService,
            DraftStore drafts,
            AmendmentStore amendments,
            StakeholderStore stakeholders,
            RevisionService revisions,
            MetaStore meta) {
        this.db = db;
        this.draftService = draftService;
        this.drafts = drafts;
        this.amendments = amendments;
        this.stakeholders = stakeholders;
        this.revisions = revisions;
        this.meta = meta;
    }

    /** Which proposals to list; a null field means any. */
    public record Filter(Long proposerId, AmendmentStatus status, String paragraphId) {
        public static final Filter ALL = new Filter(null, null, null);

        boolean accepts(Amendment a) {
            return (proposerId == null || proposerId.equals(a.proposerId()))
                    && (status == null || status == a.status())
                    && (paragraphId == null
                            || paragraphId.equals(a.paragraphId())
                            || paragraphId.equals(a.relatedParagraphId()));
        }
    }

    /** Proposes replacing the characters [start, end) of a paragraph's current text by {@code text} (insert: start = end; delete: empty text). */
    public Amendment proposeText(
            String paragraphId, int start, int end, String text, long proposerId, String rationale, Author recordedBy) {
        return db.write(() -> {
            Paragraph p = draftService.paragraph(paragraphId);
            String base = p.text();
            if (start < 0 || end < start || end > base.length()) {
                throw new StoreException(
                        db.file() + ": the range " + start + "-" + end + " is outside the paragraph's text");
            }
            String words = text == null ? "" : text;
            if (start == end && words.isEmpty()) {
                throw new StoreException(db.file() + ": the proposal changes nothing");
            }
            String after = base.substring(0, start) + words + base.substring(end);
            AmendmentKind kind = start == end
                    ? AmendmentKind.INSERT_TEXT
                    : words.isEmpty() ? AmendmentKind.DELETE_TEXT : AmendmentKind.REPLACE_TEXT;
            return record(
                    paragraphId,
                    kind,
                    base,
                    after,
                    proposerId,
                    rationale,
                    recordedBy,
                    null,
                    detail("start", start, "end", end, "text", words));
        });
    }

    /** Proposes a new paragraph after {@code afterParagraphId}, of that paragraph's kind unless {@code kind} says otherwise. */
    public Amendment proposeNewParagraph(
            String afterParagraphId,
            ParagraphKind kind,
            String text,
            long proposerId,
            String rationale,
            Author recordedBy) {
        if (text == null || text.isBlank()) {
            throw refused(Phrase.of("refused.newParagraphNeedsText"), "a new paragraph needs text");
        }
        return db.write(() -> {
            Paragraph anchor = draftService.paragraph(afterParagraphId);
            ParagraphKind k = kind == null ? anchor.kind() : kind;
            return record(
                    null,
                    AmendmentKind.NEW_PARAGRAPH,
                    null,
                    text.strip(),
                    proposerId,
                    rationale,
                    recordedBy,
                    afterParagraphId,
                    detail("after", afterParagraphId, "kind", k.name()));
        });
    }

    /** Proposes deleting a paragraph. */
    public Amendment proposeDeleteParagraph(String paragraphId, long proposerId, String rationale, Author recordedBy) {
        return db.write(() -> {
            Paragraph p = draftService.paragraph(paragraphId);
            return record(
                    paragraphId,
                    AmendmentKind.DELETE_PARAGRAPH,
                    p.text(),
                    null,
                    proposerId,
                    rationale,
                    recordedBy,
                    null,
                    null);
        });
    }

    /** Proposes moving a paragraph to stand after another. */
    public Amendment proposeMove(
            String paragraphId, String afterParagraphId, long proposerId, String rationale, Author recordedBy) {
        if (paragraphId.equals(afterParagraphId)) {
            throw refused(Phrase.of("refused.moveAfterItself"), "a paragraph cannot move after itself");
        }
        return db.write(() -> {
            Paragraph p = draftService.paragraph(paragraphId);
            draftService.paragraph(afterParagraphId);
            return record(
                    paragraphId,
                    AmendmentKind.MOVE_PARAGRAPH,
                    p.text(),
                    p.text(),
                    proposerId,
                    rationale,
                    recordedBy,
                    afterParagraphId,
                    detail("after", afterParagraphId));
        });
    }

    /**
     * Records a proposal worded by labels and words, for a proposer named {@code proposerName}
     * (created, in {@code group}, when new); refuses words that are not in the paragraph, or that
     * appear more than once when no occurrence is given.
     */
    public Amendment propose(ProposalRequest r, String proposerName, String group, Author recordedBy) {
        if (proposerName == null || proposerName.isBlank()) {
            throw refused(Phrase.of("refused.proposalNeedsProposer"), "a proposal needs a proposer");
        }
        return db.write(() -> {
            long proposer =
                    stakeholders.findOrCreate(proposerName.strip(), group, null).id();
            if (r.kind() == AmendmentKind.NEW_PARAGRAPH) {
                return proposeNewParagraph(idOf(r.after()), r.newKind(), r.text(), proposer, r.rationale(), recordedBy);
            }
            String id = idOf(r.paragraph());
            String text = draftService.paragraph(id).text();
            return switch (r.kind()) {
                case DELETE_PARAGRAPH -> proposeDeleteParagraph(id, proposer, r.rationale(), recordedBy);
                case MOVE_PARAGRAPH -> proposeMove(id, idOf(r.after()), proposer, r.rationale(), recordedBy);
                case REPLACE_TEXT, DELETE_TEXT -> {
                    int at = find(r, text, r.words());
                    yield proposeText(
                            id,
                            at,
                            at + r.words().length(),
                            r.kind() == AmendmentKind.DELETE_TEXT ? "" : r.text(),
                            proposer,
                            r.rationale(),
                            recordedBy);
                }
                case INSERT_TEXT -> {
                    String words = r.text() == null ? "" : r.text().strip();
                    int at;
                    if (r.words() == null || r.words().isEmpty()) {
                        at = text.length();
                        words = (text.isEmpty() || text.endsWith(" ") ? "" : " ") + words;
                    } else if (r.before()) {
                        at = find(r, text, r.words());
                        words = words + " ";
                    } else {
                        at = find(r, text, r.words()) + r.words().length();
                        words = " " + words;
                    }
                    yield proposeText(id, at, at, words, proposer, r.rationale(), recordedBy);
                }
                default ->
                    throw new StoreException(db.file() + ": cannot propose a change of kind "
                            + r.kind().code());
            };
        });
    }

    private String idOf(String label) {
        if (label == null || label.isBlank()) {
            throw refused(
                    Phrase.of("refused.whichParagraph"), "which paragraph? (labels look like PP3, OP12, OP12bis)");
        }
        return revisions
                .paragraphByLabel(label)
                .orElseThrow(() -> refused(
                        Phrase.of("refused.noSuchParagraph", label.strip()),
                        "the draft has no paragraph " + label.strip() + " (labels look like PP3, OP12, OP12bis)"));
    }

    /** Where the words stand in the paragraph: their requested appearance, or their only one. */
    private int find(ProposalRequest r, String text, String words) {
        if (words == null || words.isEmpty()) {
            throw refused(Phrase.of("refused.whichWords", r.paragraph()), "which words of " + r.paragraph() + "?");
        }
        List<Integer> at = new ArrayList<>();
        for (int i = text.indexOf(words); i >= 0; i = text.indexOf(words, i + 1)) {
            at.add(i);
        }
        if (at.isEmpty()) {
            throw refused(
                    Phrase.of("refused.wordsNotFound", r.paragraph(), words),
                    r.paragraph() + " does not contain \"" + words + "\"");
        }
        if (r.occurrence() == 0 && at.size() > 1) {
            throw refused(
                    Phrase.of("refused.wordsAppearMoreThanOnce", words, at.size(), r.paragraph()),
                    "\"" + words + "\" appears " + at.size() + " times in " + r.paragraph() + "; say which appearance");
        }
        int n = Math.max(1, r.occurrence());
        if (n > at.size()) {
            throw refused(
                    Phrase.of("refused.wordsAppearFewer", words, at.size(), r.paragraph()),
                    "\"" + words + "\" appears only " + at.size() + " times in " + r.paragraph());
        }
        return at.get(n - 1);
    }

    Amendment record(
            String paragraphId,
            AmendmentKind kind,
            String before,
            String after,
            long proposerId,
            String rationale,
            Author recordedBy,
            String related,
            String detail) {
        Stakeholder proposer = stakeholders
                .byId(proposerId)
                .orElseThrow(() -> new StoreException(db.file() + ": no stakeholder with id " + proposerId));
        return amendments.append(new Amendment(
                0,
                paragraphId,
                null,
                kind,
                before,
                after,
                recordedBy.name(),
                recordedBy.team(),
                null,
                proposer.id(),
                AmendmentStatus.PROPOSED,
                blankToNull(rationale),
                null,
                related,
                detail));
    }

    /** A proposal by id, or an error naming it. */
    public Amendment proposal(long id) {
        return amendments
                .byId(id)
                .filter(a -> a.status() != AmendmentStatus.APPLIED)
                .orElseThrow(() -> new StoreException(db.file() + ": there is no proposal " + id));
    }

    /** The proposals the filter lets through, oldest first, each with its redline and conflicts. */
    public List<Proposal> list(Filter filter) {
        return db.read(() -> {
            Draft draft = drafts.load();
            Map<String, ParagraphLabel> labels = revisions.labels(draft);
            Map<String, Paragraph> live = new HashMap<>();
            draft.paragraphs().forEach(p -> live.put(p.id(), p));
            Map<Long, String> names = new HashMap<>();
            stakeholders.all().forEach(s -> names.put(s.id(), s.name()));
            List<Amendment> all = amendments.proposals();
            Map<Long, Optional<TextRange>> ranges = new HashMap<>();
            for (Amendment a : all) {
                if (a.status() == AmendmentStatus.PROPOSED) {
                    ranges.put(
                            a.id(),
                            ProposalAnchors.rangeNow(
                                    a, ProposalAnchors.textNow(a, live.get(a.paragraphId()), draft.footnotes())));
                }
            }
            List<Proposal> out = new ArrayList<>();
            for (Amendment a : all) {
                if (filter.accepts(a)) {
                    out.add(view(a, live, labels, names, ranges, all, draft.footnotes()));
                }
            }
            return out;
        });
    }

    private Proposal view(
            Amendment a,
            Map<String, Paragraph> live,
            Map<String, ParagraphLabel> labels,
            Map<Long, String> names,
            Map<Long, Optional<TextRange>> ranges,
            List<Amendment> all,
            Map<String, List<org.penholder.model.Footnote>> footnotes) {
        Paragraph target = a.paragraphId() == null ? null : live.get(a.paragraphId());
        String targetText = ProposalAnchors.textNow(a, target, footnotes);
        String footnote = ProposalAnchors.footnote(a);
        JsonNode d = parse(a.detail());
        String afterId = a.relatedParagraphId();
        String words = switch (a.kind()) {
            case INSERT_TEXT, REPLACE_TEXT -> d.path("text").asText();
            case DELETE_TEXT ->
                a.before().substring(d.path("start").asInt(), d.path("end").asInt());
            case NEW_PARAGRAPH -> a.after();
            case CHANGE_STATUS -> ParagraphStatus.parse(a.after()).displayName();
            case CHANGE_KIND -> ParagraphKind.valueOf(a.after()).displayName();
            default -> a.before();
        };
        boolean open = a.status() == AmendmentStatus.PROPOSED;
        List<WordDiff.Segment> redline;
        boolean outdated = false;
        if (!open) {
            redline = a.kind() == AmendmentKind.NEW_PARAGRAPH
                    ? List.of(new WordDiff.Segment(WordDiff.Op.INSERT, a.after()))
                    : WordDiff.diff(nullToEmpty(a.before()), nullToEmpty(a.after()));
        } else {
            Optional<String> proposedNow = ProposalAnchors.textWithProposal(a, targetText);
            outdated = proposedNow.isEmpty() || (afterId != null && !live.containsKey(afterId));
            String now = targetText == null ? nullToEmpty(a.before()) : targetText;
            redline = switch (a.kind()) {
                case NEW_PARAGRAPH -> List.of(new WordDiff.Segment(WordDiff.Op.INSERT, a.after()));
                case DELETE_PARAGRAPH -> List.of(new WordDiff.Segment(WordDiff.Op.DELETE, now));
                case MOVE_PARAGRAPH -> List.of(new WordDiff.Segment(WordDiff.Op.EQUAL, now));
                default ->
                    WordDiff.diff(
                            proposedNow.isPresent() ? now : nullToEmpty(a.before()),
                            proposedNow.orElse(nullToEmpty(a.after())));
            };
        }
        List<Long> conflicts = new ArrayList<>();
        if (open) {
            for (Amendment b : all) {
                if (b.id() != a.id()
                        && b.status() == AmendmentStatus.PROPOSED
                        && ProposalAnchors.conflict(a, b, ranges)) {
                    conflicts.add(b.id());
                }
            }
        }
        return new Proposal(
                a.id(),
                a.kind(),
                a.status(),
                a.proposerId(),
                a.proposerId() == null ? a.author() : names.getOrDefault(a.proposerId(), ""),
                a.paragraphId(),
                labelOf(a.paragraphId(), labels),
                afterId,
                labelOf(afterId, labels),
                words,
                a.rationale(),
                a.author(),
                a.createdAt(),
                redline,
                outdated,
                conflicts,
                footnote == null ? 0 : footnoteNumber(footnotes.getOrDefault(a.paragraphId(), List.of()), footnote),
                d.path("merge").path("file").asText(null));
    }

    /** Which footnote of its paragraph a footnote is, from 1; 0 when it is gone. */
    private static int footnoteNumber(List<org.penholder.model.Footnote> notes, String uid) {
        for (int k = 0; k < notes.size(); k++) {
            if (uid.equals(notes.get(k).uid())) {
                return k + 1;
            }
        }
        return 0;
    }

    private static String labelOf(String paragraphId, Map<String, ParagraphLabel> labels) {
        if (paragraphId == null) {
            return "";
        }
        ParagraphLabel l = labels.get(paragraphId);
        return l == null ? Proposal.deleted(paragraphId).english() : l.code();
    }

    /** Accepts a proposal: carries it out as an applied amendment pointing to it; returns that amendment. */
    public Amendment accept(long proposalId, Author author) {
        return db.write(() -> {
            Amendment a = requireOpen(proposalId);
            // kept in the project and read by every teammate: in the document's language
            String because =
                    DocumentWords.in(meta.documentLanguage()).get("history.acceptedNote", Long.toString(proposalId));
            Amendment applied = switch (a.kind()) {
                case INSERT_TEXT, DELETE_TEXT, REPLACE_TEXT -> {
                    Paragraph target = liveTarget(a);
                    String footnote = ProposalAnchors.footnote(a);
                    String now =
                            ProposalAnchors.textNow(a, target, drafts.load().footnotes());
                    String text = ProposalAnchors.textWithProposal(a, now)
                            .orElseThrow(() -> refused(
                                    Phrase.of(
                                            "refused.proposalOutdated",
                                            String.valueOf(proposalId),
                                            footnote == null ? "paragraph" : "footnote"),
                                    "proposal " + proposalId
                                            + " cannot be applied: the words it changes are no longer in the "
                                            + (footnote == null ? "paragraph" : "footnote")
                                            + "; change the text by hand or reject it"));
                    if (footnote == null) {
                        yield draftService.setText(target.id(), text, author, because);
                    }
                    yield switch (ProposalAnchors.footnoteAction(a)) {
                        case "add" ->
                            draftService
                                    .footnotes()
                                    .add(
                                            target.id(),
                                            footnote,
                                            Math.clamp(
                                                    parse(a.detail())
                                                            .path("anchor")
                                                            .asInt(),
                                                    0,
                                                    target.text().length()),
                                            text,
                                            author);
                        case "remove" -> draftService.footnotes().remove(footnote, author);
                        default -> draftService.footnotes().edit(footnote, text, author, because);
                    };
                }
                case NEW_PARAGRAPH -> {
                    JsonNode d = parse(a.detail());
                    Paragraph anchor = a.relatedParagraphId() == null ? null : liveAnchor(a);
                    ParagraphKind kind = ParagraphKind.valueOf(d.path("kind")
                            .asText(
                                    anchor == null
                                            ? ParagraphKind.OP.name()
                                            : anchor.kind().name()));
                    // a merge conflict brings back the paragraph the other copy kept, under its own id
                    String id = d.hasNonNull("paragraph")
                                    && drafts.paragraphEvenDeleted(
                                                    d.path("paragraph").asText())
                                            .isPresent()
                                    && drafts.paragraph(d.path("paragraph").asText())
                                            .isEmpty()
                            ? d.path("paragraph").asText()
                            : Ids.newParagraphId();
                    yield anchor == null
                            ? draftService.insertParagraph(
                                    id, blankToNull(d.path("section").asText(null)), 0, kind, a.after(), author)
                            : draftService.insertParagraph(
                                    id, anchor.sectionId(), anchor.position() + 1, kind, a.after(), author);
                }
                case DELETE_PARAGRAPH ->
                    draftService.deleteParagraph(liveTarget(a).id(), author);
                case MOVE_PARAGRAPH -> {
                    Paragraph target = liveTarget(a);
                    if (a.relatedParagraphId() == null) {
                        yield draftService.moveParagraph(
                                target.id(),
                                blankToNull(parse(a.detail()).path("section").asText(null)),
                                0,
                                author);
                    }
                    Paragraph anchor = liveAnchor(a);
                    boolean sameSectionBefore = Objects.equals(target.sectionId(), anchor.sectionId())
                            && target.position() < anchor.position();
                    yield draftService.moveParagraph(
                            target.id(),
                            anchor.sectionId(),
                            sameSectionBefore ? anchor.position() : anchor.position() + 1,
                            author);
                }
                case CHANGE_STATUS ->
                    draftService.setStatus(liveTarget(a).id(), ParagraphStatus.parse(a.after()), author);
                case CHANGE_KIND -> draftService.setKind(liveTarget(a).id(), ParagraphKind.valueOf(a.after()), author);
                default ->
                    throw new StoreException(
                            db.file() + ": proposal " + proposalId + " is of a kind that cannot be accepted");
            };
            amendments.linkProposal(applied.id(), proposalId);
            amendments.decide(proposalId, AmendmentStatus.ACCEPTED, author.display());
            return amendments.byId(applied.id()).orElseThrow();
        });
    }

    /** Rejects a proposal. */
    public void reject(long proposalId, Author author) {
        decide(proposalId, AmendmentStatus.REJECTED, author);
    }

    /** Records that the proposer withdrew a proposal. */
    public void withdraw(long proposalId, Author author) {
        decide(proposalId, AmendmentStatus.WITHDRAWN, author);
    }

    private void decide(long proposalId, AmendmentStatus status, Author author) {
        db.run(() -> {
            requireOpen(proposalId);
            amendments.decide(proposalId, status, author.display());
        });
    }

    /**
     * Takes a decision back (undo): an accepted proposal's change is reversed by a new amendment, and
     * the proposal is open again.
     */
    public void reopen(long proposalId, Author author) {
        db.run(() -> {
            Amendment a = proposal(proposalId);
            if (a.status() == AmendmentStatus.ACCEPTED) {
                List<Amendment> applying = amendments.applying(proposalId);
                if (!applying.isEmpty()) {
                    reverse(applying.get(applying.size() - 1), author);
                }
            }
            amendments.reopen(proposalId);
        });
    }

    private void reverse(Amendment applied, Author author) {
        JsonNode d = parse(applied.detail());
        switch (applied.kind()) {
            case NEW_PARAGRAPH -> draftService.deleteParagraph(applied.paragraphId(), author);
            case DELETE_PARAGRAPH -> {
                Paragraph p = drafts.paragraphEvenDeleted(applied.paragraphId()).orElseThrow();
                draftService.insertParagraph(
                        p.id(),
                        blankToNull(d.path("section").asText(null)),
                        d.path("position").asInt(),
                        p.kind(),
                        applied.before(),
                        author);
            }
            case MOVE_PARAGRAPH ->
                draftService.moveParagraph(
                        applied.paragraphId(),
                        blankToNull(d.path("fromSection").asText(null)),
                        d.path("fromPosition").asInt(),
                        author);
            case CHANGE_STATUS ->
                draftService.setStatus(applied.paragraphId(), ParagraphStatus.parse(applied.before()), author);
            case CHANGE_KIND ->
                draftService.setKind(applied.paragraphId(), ParagraphKind.valueOf(applied.before()), author);
            default -> {
                String footnote =
                        d.path(org.penholder.draft.FootnoteService.DETAIL_KEY).asText(null);
                String action = d.path("action").asText("");
                if (footnote != null && action.equals("add")) {
                    draftService.footnotes().remove(footnote, author);
                } else if (footnote != null && action.equals("remove")) {
                    Paragraph p = drafts.paragraph(applied.paragraphId()).orElseThrow();
                    draftService
                            .footnotes()
                            .add(
                                    p.id(),
                                    footnote,
                                    Math.clamp(
                                            d.path("anchor").asInt(),
                                            0,
                                            p.text().length()),
                                    applied.before(),
                                    author);
                } else if (footnote != null) {
                    draftService.footnotes().edit(footnote, applied.before(), author, draftService.undoNote());
                } else {
                    draftService.setText(applied.paragraphId(), applied.before(), author, draftService.undoNote());
                }
            }
        }
    }

    private Amendment requireOpen(long proposalId) {
        Amendment a = proposal(proposalId);
        if (a.status() != AmendmentStatus.PROPOSED) {
            throw refused(
                    Phrase.of(
                            "refused.proposalDecided",
                            String.valueOf(proposalId),
                            a.status().name()),
                    "proposal " + proposalId + " is already " + a.status().code());
        }
        return a;
    }

    private Paragraph liveTarget(Amendment a) {
        return drafts.paragraph(a.paragraphId())
                .orElseThrow(() -> refused(
                        Phrase.of("refused.proposalParagraphDeleted", String.valueOf(a.id())),
                        "proposal " + a.id() + " cannot be applied: its paragraph has been deleted"));
    }

    private Paragraph liveAnchor(Amendment a) {
        return drafts.paragraph(a.relatedParagraphId())
                .orElseThrow(() -> refused(
                        Phrase.of("refused.proposalAnchorDeleted", String.valueOf(a.id())),
                        "proposal " + a.id() + " cannot be applied: the paragraph it goes after has been deleted"));
    }

    /** A person's mistake or a decision that cannot be taken: said in the window's language, on the command line as before. */
    private CommandRefused refused(Phrase reason, String english) {
        return new CommandRefused(reason, db.file() + ": " + english);
    }

    private static JsonNode parse(String detail) {
        return Details.parse(detail);
    }

    private static String detail(Object... keyValues) {
        return Details.of(keyValues);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
