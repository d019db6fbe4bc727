package org.penholder.history;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.penholder.draft.Details;
import org.penholder.draft.DraftService;
import org.penholder.draft.FootnoteService;
import org.penholder.model.Amendment;
import org.penholder.model.AmendmentKind;
import org.penholder.model.AmendmentStatus;
import org.penholder.model.Author;
import org.penholder.store.AmendmentStore;
import org.penholder.store.Database;
import org.penholder.store.StakeholderStore;

/**
 * Records proposals read from a delegation's file, each once. Every proposal keeps its source in its
 * detail (the file's SHA-256 and the change's number in it), so importing the same file again
 * records nothing twice; a proposal an open one already makes (same proposer, paragraph and words),
 * as from a copy of the file saved again, is not recorded either. The proposer is the author the
 * file names, or the one given for the whole file, found or created by name (new ones get no group).
 */
public final class ProposalImport {

    /** Who a file names no author for: the proposer kept in the project, said in the reader's language where shown. */
    public static final String UNKNOWN_AUTHOR = Author.UNKNOWN_NAME;

    private final Database db;
    private final ProposalService proposals;
    private final DraftService drafts;
    private final AmendmentStore amendments;
    private final StakeholderStore stakeholders;

    public ProposalImport(
            Database db,
            ProposalService proposals,
            DraftService drafts,
            AmendmentStore amendments,
            StakeholderStore stakeholders) {
        this.db = db;
        this.proposals = proposals;
        this.drafts = drafts;
        this.amendments = amendments;
        this.stakeholders = stakeholders;
    }

    /**
     * What was recorded.
     *
     * @param created          the proposals recorded, in the order given
     * @param alreadyThere     proposals left out because the project holds them already
     */
    public record Result(List<Amendment> created, int alreadyThere) {

        public Result {
            created = List.copyOf(created);
        }
    }

    /** Records the proposals not yet in the project, in one transaction; {@code proposer} (may be null) stands for every author. */
    public Result record(List<ImportedProposal> read, String proposer, Author recordedBy) {
        return db.write(() -> {
            Set<String> sources = new HashSet<>();
            Set<String> open = new HashSet<>();
            for (Amendment a : amendments.proposals()) {
                JsonNode source = Details.parse(a.detail()).path("source");
                if (!source.isMissingNode()) {
                    sources.add(source.path("file").asText() + "#"
                            + source.path("change").asText());
                }
                if (a.status() == AmendmentStatus.PROPOSED) {
                    open.add(sameness(a));
                }
            }
            List<Amendment> created = new ArrayList<>();
            int there = 0;
            for (ImportedProposal p : read) {
                if (!sources.add(p.sourceFile() + "#" + p.sourceChange())) {
                    there++;
                    continue;
                }
                String name = proposer != null && !proposer.isBlank()
                        ? proposer
                        : p.proposer() == null || p.proposer().isBlank() ? UNKNOWN_AUTHOR : p.proposer();
                long proposerId =
                        stakeholders.findOrCreate(name.strip(), null, null).id();
                boolean text = ProposalAnchors.isText(p.kind());
                if (!open.add(sameness(
                        proposerId,
                        p.footnoteUid() == null ? p.paragraphId() : p.paragraphId() + "#" + p.footnoteUid(),
                        p.kind(),
                        p.afterId(),
                        p.words(),
                        text || p.kind() == AmendmentKind.NEW_PARAGRAPH ? p.text() : ""))) {
                    there++;
                    continue;
                }
                created.add(recordOne(p, proposerId, recordedBy));
            }
            return new Result(created, there);
        });
    }

    private Amendment recordOne(ImportedProposal p, long proposerId, Author recordedBy) {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("file", p.sourceFile());
        source.put("change", p.sourceChange());
        return switch (p.kind()) {
            case INSERT_TEXT, DELETE_TEXT, REPLACE_TEXT -> {
                String after =
                        p.base().substring(0, p.start()) + p.text() + p.base().substring(p.end());
                yield proposals.record(
                        p.paragraphId(),
                        p.kind(),
                        p.base(),
                        after,
                        proposerId,
                        p.rationale(),
                        recordedBy,
                        null,
                        p.footnoteUid() == null
                                ? Details.of("start", p.start(), "end", p.end(), "text", p.text(), "source", source)
                                : Details.of(
                                        "start",
                                        p.start(),
                                        "end",
                                        p.end(),
                                        "text",
                                        p.text(),
                                        FootnoteService.DETAIL_KEY,
                                        p.footnoteUid(),
                                        "source",
                                        source));
            }
            case NEW_PARAGRAPH ->
                proposals.record(
                        null,
                        AmendmentKind.NEW_PARAGRAPH,
                        null,
                        p.text(),
                        proposerId,
                        p.rationale(),
                        recordedBy,
                        p.afterId(),
                        Details.of(
                                "after",
                                p.afterId(),
                                "kind",
                                p.newKind() == null
                                        ? drafts.paragraph(p.afterId()).kind().name()
                                        : p.newKind().name(),
                                "source",
                                source));
            case DELETE_PARAGRAPH ->
                proposals.record(
                        p.paragraphId(),
                        AmendmentKind.DELETE_PARAGRAPH,
                        drafts.paragraph(p.paragraphId()).text(),
                        null,
                        proposerId,
                        p.rationale(),
                        recordedBy,
                        null,
                        Details.of("source", source));
            case MOVE_PARAGRAPH -> {
                String text = drafts.paragraph(p.paragraphId()).text();
                yield proposals.record(
                        p.paragraphId(),
                        AmendmentKind.MOVE_PARAGRAPH,
                        text,
                        text,
                        proposerId,
                        p.rationale(),
                        recordedBy,
                        p.afterId(),
                        Details.of("after", p.afterId(), "source", source));
            }
            default ->
                throw new IllegalArgumentException(
                        "a file cannot propose a change of kind " + p.kind().code());
        };
    }

    /** What makes two proposals the same: proposer, paragraph, kind, where it goes, the words it removes and adds. */
    private static String sameness(Amendment a) {
        JsonNode d = Details.parse(a.detail());
        String words = "";
        String text = "";
        if (ProposalAnchors.isText(a.kind()) && a.before() != null) {
            int start = Math.clamp(d.path("start").asInt(), 0, a.before().length());
            words = a.before()
                    .substring(
                            start,
                            Math.clamp(d.path("end").asInt(), start, a.before().length()));
            text = d.path("text").asText();
        } else if (a.kind() == AmendmentKind.NEW_PARAGRAPH) {
            text = Objects.toString(a.after(), "");
        }
        String footnote = d.path(FootnoteService.DETAIL_KEY).asText(null);
        return sameness(
                a.proposerId(),
                footnote == null ? a.paragraphId() : a.paragraphId() + "#" + footnote,
                a.kind(),
                a.relatedParagraphId(),
                words,
                text);
    }

    private static String sameness(
            Long proposerId, String paragraphId, AmendmentKind kind, String related, String words, String text) {
        return String.join(
                "\u0000",
                String.valueOf(proposerId),
                String.valueOf(paragraphId),
                kind.name(),
                String.valueOf(related),
                words,
                text);
    }
}
