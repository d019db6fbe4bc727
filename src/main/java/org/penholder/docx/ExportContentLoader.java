package org.penholder.docx;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.penholder.agreed.AgreedSource;
import org.penholder.agreed.AgreedTracer;
import org.penholder.agreed.AgreedTracing;
import org.penholder.draft.CommandRefused;
import org.penholder.history.CirculatedNumbering;
import org.penholder.history.CompareService;
import org.penholder.history.DocumentVersion;
import org.penholder.history.Redline;
import org.penholder.history.RevisionService;
import org.penholder.model.Amendment;
import org.penholder.model.AmendmentStatus;
import org.penholder.model.Draft;
import org.penholder.model.LinkedPassage;
import org.penholder.model.Revision;
import org.penholder.model.RevisionBlock;
import org.penholder.model.Stakeholder;
import org.penholder.store.AmendmentStore;
import org.penholder.store.Database;
import org.penholder.store.DraftStore;
import org.penholder.store.LinkStore;
import org.penholder.store.RevisionStore;
import org.penholder.store.StakeholderStore;

/** Reads from the project what an export writes: the text, its sources, the proposals on it. */
final class ExportContentLoader {

    private final Database db;
    private final DraftStore drafts;
    private final RevisionStore revisions;
    private final LinkStore links;
    private final AmendmentStore amendments;
    private final StakeholderStore stakeholders;
    private final CirculatedNumbering numbering;
    private final AgreedTracer agreed;

    ExportContentLoader(
            Database db,
            DraftStore drafts,
            RevisionStore revisions,
            LinkStore links,
            AmendmentStore amendments,
            StakeholderStore stakeholders,
            CirculatedNumbering numbering,
            AgreedTracer agreed) {
        this.agreed = agreed;
        this.db = db;
        this.drafts = drafts;
        this.revisions = revisions;
        this.links = links;
        this.amendments = amendments;
        this.stakeholders = stakeholders;
        this.numbering = numbering;
    }

    /** Everything the export needs, read under one hold of the project file. */
    ExportContent load(ExportOptions options) {
        return db.read(() -> {
            CirculatedText text = options.revision() == null ? current() : revision(options.revision());
            Map<String, List<LinkedPassage>> sources = new HashMap<>();
            if (options.sources() != ExportOptions.Sources.NONE) {
                for (RevisionBlock b : text.paragraphs()) {
                    List<LinkedPassage> passages = links.passagesOf(b.id());
                    if (!passages.isEmpty()) {
                        sources.put(b.id(), passages);
                    }
                }
            }
            List<CompiledProposal> proposals =
                    options.kind() == ExportOptions.Kind.COMPILATION ? proposals() : List.of();
            RedlineContent redline = options.kind() == ExportOptions.Kind.REDLINE
                    ? redline(revision(options.redlineFrom()), text, options.revision())
                    : null;
            Map<String, List<AgreedSource>> reused = new HashMap<>();
            if (options.agreed() != ExportOptions.Sources.NONE && agreed != null) {
                AgreedTracing tracing = agreed.tracing();
                for (RevisionBlock b : text.paragraphs()) {
                    List<AgreedSource> found =
                            tracing.trace(b.id(), b.label(), b.text()).sources();
                    if (!found.isEmpty()) {
                        reused.put(b.id(), found);
                    }
                }
            }
            return new ExportContent(text, sources, proposals, redline, reused);
        });
    }

    /** The text of the draft as it stands, numbered as it is circulated. */
    CirculatedText current() {
        Draft draft = drafts.load();
        return new CirculatedText(
                draft.title(),
                draft.symbol(),
                CirculatedText.CURRENT_DRAFT,
                LocalDate.now(ZoneId.systemDefault()),
                RevisionService.snapshot(draft, numbering.labels(draft)));
    }

    /** The text of a named revision. */
    CirculatedText revision(String name) {
        Revision r = revisions.byName(name).orElseThrow(() -> noRevisionNamed(name));
        return new CirculatedText(
                revisions.title(r.id()),
                revisions.symbol(r.id()),
                r.name(),
                r.createdAt() == null ? null : LocalDate.ofInstant(r.createdAt(), ZoneId.systemDefault()),
                revisions.blocks(r.id()));
    }

    /** The older text merged with the newer, and who made each change between them. */
    private RedlineContent redline(CirculatedText older, CirculatedText newer, String newerRevision) {
        Revision from = revisions.byName(older.versionName()).orElseThrow();
        Revision to =
                newerRevision == null ? null : revisions.byName(newerRevision).orElseThrow();
        DocumentVersion a = DocumentVersion.ofRevision(older.versionName(), older.blocks());
        DocumentVersion b = DocumentVersion.ofRevision(newer.versionName(), newer.blocks());
        Redline redline = Redline.of(a, b, CompareService.compare(a, b));
        Instant until = to == null ? Instant.now() : to.createdAt();
        Map<String, AmendmentStore.LastChange> last = amendments.lastChanges(from.createdAt(), until);
        if (to != null) {
            return new RedlineContent(older, redline, last, to.createdBy(), to.createdAt());
        }
        // the draft as it stands has no maker of its own: the last person who changed it stands in
        Optional<Amendment> latest = amendments.latest(50).stream()
                .filter(x -> x.status() == AmendmentStatus.APPLIED)
                .findFirst();
        return new RedlineContent(
                older,
                redline,
                last,
                latest.map(Amendment::author).orElse(null),
                latest.map(Amendment::createdAt).orElse(until));
    }

    private CommandRefused noRevisionNamed(String name) {
        List<String> names = revisions.all().stream().map(Revision::name).toList();
        return CommandRefused.noRevisionNamed(
                name,
                names,
                db.file() + ": there is no revision named \"" + name + "\""
                        + (names.isEmpty()
                                ? " (it has no revisions yet)"
                                : " (its revisions: " + String.join(", ", names) + ")"));
    }

    /** Delegations' proposals in every state but applied, oldest first. */
    private List<CompiledProposal> proposals() {
        List<Amendment> all = new ArrayList<>();
        for (AmendmentStatus s : AmendmentStatus.values()) {
            if (s != AmendmentStatus.APPLIED) {
                all.addAll(amendments.withStatus(s).stream()
                        .filter(a -> a.proposerId() != null)
                        .toList());
            }
        }
        all.sort(Comparator.comparingLong(Amendment::id));
        Map<Long, Optional<Stakeholder>> proposers = new LinkedHashMap<>();
        List<CompiledProposal> out = new ArrayList<>();
        for (Amendment a : all) {
            Optional<Stakeholder> s = proposers.computeIfAbsent(a.proposerId(), stakeholders::byId);
            out.add(new CompiledProposal(
                    a,
                    s.map(Stakeholder::name).orElse(null),
                    s.map(Stakeholder::group).orElse(null)));
        }
        return out;
    }
}
