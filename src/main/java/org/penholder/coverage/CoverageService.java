package org.penholder.coverage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.penholder.agreed.AgreedTracer;
import org.penholder.agreed.AgreedTracing;
import org.penholder.agreed.ParagraphTrace;
import org.penholder.draft.CommandRefused;
import org.penholder.model.Draft;
import org.penholder.model.InputCoverage;
import org.penholder.model.LinkedPassage;
import org.penholder.model.ParagraphKind;
import org.penholder.model.ParagraphLabel;
import org.penholder.model.Revision;
import org.penholder.model.RevisionBlock;
import org.penholder.model.Uptake;
import org.penholder.store.CoverageStore;
import org.penholder.store.Database;
import org.penholder.store.DraftStore;
import org.penholder.store.RevisionStore;

/**
 * Coverage and transparency: which inputs the working draft or a revision reflects, by stakeholder
 * group and thematic cluster, and the balance of each paragraph's sources. Figures are aggregated
 * by the store; no input text is read.
 */
public final class CoverageService {

    private final Database db;
    private final CoverageStore store;
    private final DraftStore drafts;
    private final RevisionStore revisions;

    private final AgreedTracer agreed;

    public CoverageService(Database db, CoverageStore store, DraftStore drafts, RevisionStore revisions) {
        this(db, store, drafts, revisions, null);
    }

    /** A service whose transparency report also gives the share of agreed and new language ({@code agreed} may be null). */
    public CoverageService(
            Database db, CoverageStore store, DraftStore drafts, RevisionStore revisions, AgreedTracer agreed) {
        this.agreed = agreed;
        this.db = db;
        this.store = store;
        this.drafts = drafts;
        this.revisions = revisions;
    }

    /** The texts coverage can be looked at for: the working draft, then the revisions, newest first. */
    public List<CoverageScope> scopes() {
        List<CoverageScope> out = new ArrayList<>();
        out.add(CoverageScope.workingDraft());
        List<Revision> all = revisions.all();
        for (int i = all.size() - 1; i >= 0; i--) {
            out.add(CoverageScope.of(all.get(i)));
        }
        return out;
    }

    /** The revision of that name (case ignored), or the working draft when the name is null. */
    public CoverageScope scope(String revisionName) {
        if (revisionName == null) {
            return CoverageScope.workingDraft();
        }
        return revisions.byName(revisionName).map(CoverageScope::of).orElseThrow(() -> {
            List<String> names = revisions.all().stream().map(Revision::name).toList();
            return CommandRefused.noRevisionNamed(
                    revisionName.strip(),
                    names,
                    db.file() + ": there is no revision named \"" + revisionName.strip() + "\""
                            + (names.isEmpty()
                                    ? " (it has no revision yet)"
                                    : " (its revisions: " + String.join(", ", names) + ")"));
        });
    }

    /** Coverage of a text, read in one go. */
    public Coverage compute(CoverageScope scope) {
        return db.read(() -> {
            CoverageTally tally = new CoverageTally(store.groups(), store.groupOfEachInput(), paragraphs(scope));
            store.linkPairs(scope.revisionId()).forEach(tally::add);
            List<Uptake> clusters = new ArrayList<>();
            Map<Long, Set<Long>> clusterInputs = store.inputsOfEachCluster();
            Set<Long> withoutCluster = new HashSet<>(tally.inputs());
            for (CoverageStore.ListEntry cluster : store.clusters()) {
                Set<Long> inputs = clusterInputs.getOrDefault(cluster.id(), Set.of());
                clusters.add(tally.uptake(cluster.name(), inputs));
                withoutCluster.removeAll(inputs);
            }
            if (!withoutCluster.isEmpty()) {
                clusters.add(tally.uptake(Uptake.NO_CLUSTER, withoutCluster));
            }
            Set<Long> unreflected = new HashSet<>(tally.inputs());
            unreflected.removeAll(tally.paragraphsOfInput().keySet());
            return new Coverage(
                    scope,
                    tally.uptake("All inputs", tally.inputs()),
                    tally.groups(),
                    clusters,
                    unreflected.isEmpty() ? List.of() : store.describe(unreflected, Map.of()),
                    tally.paragraphSources(),
                    tally.sectionSources(),
                    tally.sourceGroups());
        });
    }

    /** What the transparency report of a text says, read in one go. */
    public TransparencyReport report(CoverageScope scope) {
        return db.read(() -> {
            Coverage coverage = compute(scope);
            CoverageStore.Heading heading = store.heading(scope.revisionId());
            Map<String, List<LinkedPassage>> passages = store.passages(scope.revisionId());
            Map<Long, Set<String>> where = new HashMap<>();
            for (ParagraphSources p : coverage.paragraphs()) {
                for (LinkedPassage passage : passages.getOrDefault(p.paragraph().id(), List.of())) {
                    where.computeIfAbsent(passage.link().inputId(), k -> new LinkedHashSet<>())
                            .add(p.paragraph().code());
                }
            }
            Map<Long, Integer> paragraphsOfInput = new HashMap<>();
            where.forEach((input, labels) -> paragraphsOfInput.put(input, labels.size()));
            List<TransparencyReport.ReflectedInput> reflected = new ArrayList<>();
            for (InputCoverage input : store.describe(where.keySet(), paragraphsOfInput)) {
                reflected.add(new TransparencyReport.ReflectedInput(input, List.copyOf(where.get(input.id()))));
            }
            Map<String, ParagraphTrace> traces = new HashMap<>();
            if (agreed != null && !agreed.libraryIsEmpty()) {
                AgreedTracing tracing = agreed.tracing();
                for (ParagraphSources p : coverage.paragraphs()) {
                    ScopeParagraph sp = p.paragraph();
                    traces.put(sp.id(), tracing.trace(sp.id(), sp.code(), sp.text()));
                }
            }
            return new TransparencyReport(
                    heading.title(), heading.symbol(), scope, Instant.now(), coverage, passages, reflected, traces);
        });
    }

    /** The paragraphs of a text in reading order, labelled as they read there. */
    public List<ScopeParagraph> paragraphs(CoverageScope scope) {
        List<ScopeParagraph> out = new ArrayList<>();
        String sectionId = "";
        String sectionTitle = ScopeParagraph.PREAMBLE;
        if (!scope.isRevision()) {
            Draft draft = drafts.load();
            Map<String, ParagraphLabel> labels = draft.labels();
            for (Draft.Block b : draft.blocks()) {
                switch (b.kind()) {
                    case TITLE -> {
                        /* not a paragraph */
                    }
                    case HEADING -> {
                        sectionId = b.id();
                        sectionTitle = b.text();
                    }
                    case PP, OP -> {
                        ParagraphLabel label = labels.get(b.id());
                        out.add(new ScopeParagraph(
                                b.id(),
                                label.code(),
                                label.display(),
                                ParagraphKind.valueOf(b.kind().name()),
                                sectionId,
                                sectionTitle,
                                b.text(),
                                true));
                    }
                }
            }
            return out;
        }
        Set<String> live = store.liveParagraphIds();
        for (RevisionBlock b : revisions.blocks(scope.revisionId())) {
            switch (b.kind()) {
                case TITLE -> {
                    /* revisions keep their title apart */
                }
                case HEADING -> {
                    sectionId = b.id();
                    sectionTitle = b.text();
                }
                case PP, OP -> {
                    String code = b.label() == null ? "" : b.label();
                    String display = ParagraphLabel.parse(code)
                            .map(ParagraphLabel::display)
                            .orElse(code);
                    out.add(new ScopeParagraph(
                            b.id(),
                            code,
                            display,
                            ParagraphKind.valueOf(b.kind().name()),
                            sectionId,
                            sectionTitle,
                            b.text(),
                            live.contains(b.id())));
                }
            }
        }
        return out;
    }
}
