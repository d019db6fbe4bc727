package org.penholder.ui.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongFunction;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.penholder.draft.Command;
import org.penholder.events.ProjectEvent.MetaChanged;
import org.penholder.events.ProjectEvent.ParagraphsChanged;
import org.penholder.events.ProjectEvent.ProposalsChanged;
import org.penholder.events.ProjectEvent.StakeholdersChanged;
import org.penholder.history.Proposal;
import org.penholder.history.ProposalCommands;
import org.penholder.history.ProposalService;
import org.penholder.history.WordDiff;
import org.penholder.model.Amendment;
import org.penholder.model.AmendmentStatus;
import org.penholder.model.ParagraphLabel;
import org.penholder.model.Stakeholder;
import org.penholder.project.Project;
import org.penholder.ui.ProjectSession;
import org.penholder.ui.Reload;

/**
 * The Amendments view's state: the filters (proposer, state, paragraph), the proposals they let
 * through, the log of amendments (newest first, each with its paragraph's label and the words it
 * changed, worked out on the project's thread), and the names the filters and the form offer.
 * Decisions on proposals are commands. It follows proposals, the draft and stakeholders changed
 * anywhere (undo, an import of proposals, typing).
 */
public final class AmendmentsViewModel {

    /** The filter value that lets everything through. */
    public static final String ANY = "All";

    /** How many log entries are listed at once; the log of a long negotiation holds tens of thousands. */
    static final int LOG_LIMIT = 2000;

    /** A line of the log: the amendment, its paragraph's label now, and the words it changed. */
    public record LogRow(Amendment amendment, String paragraph, String change) {}

    /** What one read brings. */
    private record Loaded(
            List<Proposal> proposals, List<LogRow> log, List<String> proposers, List<String> stakeholders) {}

    private final ProjectSession session;
    private final ProposalCommands commands;
    private final StringProperty proposerFilter = new SimpleStringProperty(ANY);
    private final StringProperty statusFilter = new SimpleStringProperty(ANY);
    private final StringProperty paragraphFilter = new SimpleStringProperty("");
    private final BooleanProperty mergeConflictsOnly = new SimpleBooleanProperty(false);
    private final ObservableList<Proposal> proposals = FXCollections.observableArrayList();
    private final ObservableList<LogRow> log = FXCollections.observableArrayList();
    private final ObservableList<String> proposers = FXCollections.observableArrayList(List.of(ANY));
    private final ObservableList<String> stakeholders = FXCollections.observableArrayList();
    private final Reload<Loaded> reload;

    public AmendmentsViewModel(ProjectSession session) {
        this.session = session;
        this.commands = new ProposalCommands(session.project().proposalService(), session::author);
        this.reload = new Reload<>(
                session,
                () -> {
                    String who = proposerFilter.get();
                    String state = statusFilter.get();
                    String where = paragraphFilter.get() == null
                            ? ""
                            : paragraphFilter.get().strip();
                    boolean onlyMergeConflicts = mergeConflictsOnly.get();
                    return () -> read(session.project(), who, state, where, onlyMergeConflicts);
                },
                this::show);
        session.subscribe(c -> {
            if (c.touches(
                    ProposalsChanged.class, ParagraphsChanged.class, MetaChanged.class, StakeholdersChanged.class)) {
                reload.run();
            }
        });
    }

    private static Loaded read(Project project, String who, String state, String where, boolean onlyMergeConflicts) {
        List<Stakeholder> all = project.stakeholderCommands().all();
        Long proposerId = who == null || ANY.equals(who)
                ? null
                : all.stream()
                        .filter(s -> s.name().equals(who))
                        .map(Stakeholder::id)
                        .findFirst()
                        .orElse(-1L);
        AmendmentStatus st = state == null || ANY.equals(state) ? null : AmendmentStatus.parse(state);
        String id = where.isEmpty()
                ? null
                : project.revisionService().paragraphByLabel(where).orElse("-");
        List<Proposal> list = project.proposalService().list(new ProposalService.Filter(proposerId, st, id)).stream()
                .filter(p -> !onlyMergeConflicts || p.mergeConflict())
                .toList();
        List<Amendment> latest = id == null
                ? project.paragraphHistory().latest(LOG_LIMIT)
                : project.paragraphHistory().logOf(id);
        Map<String, String> labelOf = new HashMap<>();
        for (Map.Entry<String, ParagraphLabel> e :
                project.revisionService().labels(project.draftService().draft()).entrySet()) {
            labelOf.put(e.getKey(), e.getValue().display());
        }
        List<LogRow> rows = new ArrayList<>();
        for (Amendment a : latest) {
            rows.add(new LogRow(
                    a,
                    a.paragraphId() == null ? "" : labelOf.getOrDefault(a.paragraphId(), "(deleted)"),
                    changeText(a)));
        }
        List<String> names = new ArrayList<>(List.of(ANY));
        project.proposalService().list(ProposalService.Filter.ALL).stream()
                .map(Proposal::proposer)
                .distinct()
                .sorted()
                .forEach(names::add);
        return new Loaded(list, rows, names, all.stream().map(Stakeholder::name).toList());
    }

    private void show(Loaded l) {
        proposals.setAll(l.proposals());
        log.setAll(l.log());
        if (!stakeholders.equals(l.stakeholders())) {
            stakeholders.setAll(l.stakeholders());
        }
        if (!proposers.equals(l.proposers())) {
            String keep = proposerFilter.get();
            proposers.setAll(l.proposers());
            proposerFilter.set(l.proposers().contains(keep) ? keep : ANY);
        }
    }

    /** The words an amendment changed, as "[-old-]{+new+}" around a little context. */
    static String changeText(Amendment a) {
        if (a.before() == null && a.after() == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (WordDiff.Segment s :
                WordDiff.diff(a.before() == null ? "" : a.before(), a.after() == null ? "" : a.after())) {
            switch (s.op()) {
                case EQUAL -> b.append(s.text().length() > 30 ? "… " : s.text());
                case DELETE -> b.append("[-").append(s.text()).append("-]");
                case INSERT -> b.append("{+").append(s.text()).append("+}");
            }
        }
        return b.toString();
    }

    /** Reads proposals and the log again, with the filters as set. */
    public CompletableFuture<Void> refresh() {
        return reload.run();
    }

    public void setShowing(boolean showing) {
        reload.setShowing(showing);
    }

    public CompletableFuture<Command> accept(Proposal p) {
        return decide(p, commands::accept);
    }

    public CompletableFuture<Command> reject(Proposal p) {
        return decide(p, commands::reject);
    }

    public CompletableFuture<Command> withdraw(Proposal p) {
        return decide(p, commands::withdraw);
    }

    private CompletableFuture<Command> decide(Proposal p, LongFunction<Command> decision) {
        if (p == null) {
            return CompletableFuture.completedFuture(null);
        }
        return session.execute(() -> decision.apply(p.id()));
    }

    /** Whether a proposal can still be decided (open), and accepted (its words are still there). */
    public static boolean canDecide(Proposal p) {
        return p != null && p.status() == AmendmentStatus.PROPOSED;
    }

    public StringProperty proposerFilterProperty() {
        return proposerFilter;
    }

    public StringProperty statusFilterProperty() {
        return statusFilter;
    }

    public StringProperty paragraphFilterProperty() {
        return paragraphFilter;
    }

    /** Whether only the proposals a merge of another copy made are listed. */
    public BooleanProperty mergeConflictsOnlyProperty() {
        return mergeConflictsOnly;
    }

    public ObservableList<Proposal> proposals() {
        return proposals;
    }

    public ObservableList<LogRow> log() {
        return log;
    }

    /** "All" and every proposer with a proposal, for the filter. */
    public ObservableList<String> proposers() {
        return proposers;
    }

    /** Every stakeholder's name, for the form's proposer. */
    public ObservableList<String> stakeholders() {
        return stakeholders;
    }

    ProposalCommands commands() {
        return commands;
    }
}
