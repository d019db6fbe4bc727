package org.penholder.ui.coverage;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.penholder.coverage.Coverage;
import org.penholder.coverage.CoverageScope;
import org.penholder.coverage.ParagraphSources;
import org.penholder.coverage.TransparencyReport;
import org.penholder.events.ProjectEvent;
import org.penholder.model.Input;
import org.penholder.model.InputCoverage;
import org.penholder.model.Uptake;
import org.penholder.ui.ProjectSession;

/**
 * What the coverage view shows, read on the project's thread: the figures of the chosen text, the
 * inputs not reflected (filtered by group, cluster and words), orphans and one-group paragraphs.
 * It follows the project's changes of links, paragraphs, inputs, stakeholders, lists and revisions:
 * while the view shows, each refreshes it; while hidden, it only remembers to refresh when shown again.
 */
public final class CoverageViewModel {

    /** The filter value that lets everything through. */
    public static final String ALL = "";

    private final ProjectSession session;
    private final ObservableList<CoverageScope> scopes = FXCollections.observableArrayList();
    private final ObjectProperty<CoverageScope> scope = new SimpleObjectProperty<>(CoverageScope.workingDraft());
    private final ReadOnlyObjectWrapper<Coverage> coverage = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ObservableList<InputCoverage> unreflected = FXCollections.observableArrayList();
    private final FilteredList<InputCoverage> shownUnreflected = new FilteredList<>(unreflected);
    private final ObservableList<ParagraphSources> orphans = FXCollections.observableArrayList();
    private final ObservableList<ParagraphSources> oneGroupOnly = FXCollections.observableArrayList();
    private final StringProperty groupFilter = new SimpleStringProperty(ALL);
    private final StringProperty clusterFilter = new SimpleStringProperty(ALL);
    private final StringProperty textFilter = new SimpleStringProperty("");

    private boolean showing;
    private boolean stale = true;
    private boolean inFlight;
    private boolean again;

    public CoverageViewModel(ProjectSession session) {
        this.session = session;
        scope.addListener((o, was, now) -> {
            if (now != null && !now.equals(was)) {
                refresh();
            }
        });
        session.subscribe(c -> {
            if (c.touches(
                    ProjectEvent.LinksChanged.class,
                    ProjectEvent.ParagraphsChanged.class,
                    ProjectEvent.InputsChanged.class,
                    ProjectEvent.StakeholdersChanged.class,
                    ProjectEvent.ListsChanged.class,
                    ProjectEvent.RevisionsChanged.class)) {
                changed();
            }
        });
        groupFilter.addListener((o, a, b) -> filter());
        clusterFilter.addListener((o, a, b) -> filter());
        textFilter.addListener((o, a, b) -> filter());
    }

    /** Whether the view is on screen; a hidden view refreshes when it is shown again. */
    public void setShowing(boolean showing) {
        this.showing = showing;
        if (showing && stale) {
            refresh();
        }
    }

    private void changed() {
        if (showing) {
            refresh();
        } else {
            stale = true;
        }
    }

    /**
     * Reads the list of texts and the coverage of the chosen one again. Refreshes asked for while
     * one is under way are folded into one more, so a burst of link changes costs two reads.
     */
    public CompletableFuture<Void> refresh() {
        if (inFlight) {
            again = true;
            return CompletableFuture.completedFuture(null);
        }
        inFlight = true;
        again = false;
        stale = false;
        loading.set(true);
        CoverageScope wanted = scope.get();
        CompletableFuture<Void> done = new CompletableFuture<>();
        session.read(() -> {
                    var service = session.project().coverage();
                    List<CoverageScope> all = service.scopes();
                    // a revision could have been made since; look the chosen text up again
                    CoverageScope current = all.stream()
                            .filter(s -> same(s, wanted))
                            .findFirst()
                            .orElse(CoverageScope.workingDraft());
                    return new Loaded(all, service.compute(current));
                })
                .whenComplete((loaded, error) -> session.onUi(() -> {
                    inFlight = false;
                    loading.set(false);
                    if (loaded != null) {
                        show(loaded);
                    }
                    if (again) {
                        refresh();
                    }
                    if (error != null) {
                        done.completeExceptionally(error);
                    } else {
                        done.complete(null);
                    }
                }));
        return done;
    }

    private record Loaded(List<CoverageScope> scopes, Coverage coverage) {}

    private static boolean same(CoverageScope a, CoverageScope b) {
        return b != null && java.util.Objects.equals(a.revisionId(), b.revisionId());
    }

    private void show(Loaded loaded) {
        if (!loaded.scopes().equals(scopes)) {
            scopes.setAll(loaded.scopes());
        }
        Coverage c = loaded.coverage();
        if (!c.scope().equals(scope.get())) {
            scope.set(c.scope());
        }
        unreflected.setAll(c.unreflected());
        orphans.setAll(c.orphans());
        oneGroupOnly.setAll(c.oneGroupOnly());
        coverage.set(c);
    }

    private void filter() {
        String group = groupFilter.get() == null ? ALL : groupFilter.get();
        String cluster = clusterFilter.get() == null ? ALL : clusterFilter.get();
        String words = textFilter.get() == null ? "" : textFilter.get().strip().toLowerCase(Locale.ROOT);
        shownUnreflected.setPredicate(in -> (group.isEmpty() || group.equals(groupOf(in)))
                && (cluster.isEmpty()
                        || (cluster.equals(Uptake.NO_CLUSTER)
                                ? in.clusters().isEmpty()
                                : in.clusters().contains(cluster)))
                && (words.isEmpty() || contains(in.title(), words) || contains(in.stakeholder(), words)));
    }

    private static boolean contains(String s, String words) {
        return s != null && s.toLowerCase(Locale.ROOT).contains(words);
    }

    /** The group an input is counted under ("No stakeholder group" when it has none). */
    public static String groupOf(InputCoverage in) {
        return in.group() == null ? Uptake.NO_GROUP : in.group();
    }

    /** The input with its text, for the preview beside the list of unreflected inputs; completes on the UI thread. */
    public CompletableFuture<InputPreview> preview(long inputId) {
        return onUi(session.read(() -> {
            var library = session.project().inputLibrary();
            Input input = library.input(inputId)
                    .orElseThrow(
                            () -> new IllegalStateException("the input " + inputId + " is no longer in the project"));
            return new InputPreview(input, library.text(inputId));
        }));
    }

    /** A future of the project's thread handed back on the UI thread. */
    private <T> CompletableFuture<T> onUi(CompletableFuture<T> read) {
        CompletableFuture<T> back = new CompletableFuture<>();
        read.whenComplete((v, e) -> session.onUi(() -> {
            if (e != null) {
                back.completeExceptionally(e);
            } else {
                back.complete(v);
            }
        }));
        return back;
    }

    /** An input and its full text. */
    public record InputPreview(Input input, String text) {}

    /** The transparency report of the chosen text (its sources, paragraph by paragraph); completes on the UI thread. */
    public CompletableFuture<TransparencyReport> report() {
        CoverageScope wanted = scope.get();
        return onUi(session.read(() -> session.project().coverage().report(wanted)));
    }

    public ObservableList<CoverageScope> scopes() {
        return scopes;
    }

    public ObjectProperty<CoverageScope> scopeProperty() {
        return scope;
    }

    public ReadOnlyObjectProperty<Coverage> coverageProperty() {
        return coverage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Inputs not reflected, as filtered. */
    public ObservableList<InputCoverage> unreflected() {
        return shownUnreflected;
    }

    /** All inputs not reflected, whatever the filters. */
    public ObservableList<InputCoverage> allUnreflected() {
        return unreflected;
    }

    public ObservableList<ParagraphSources> orphans() {
        return orphans;
    }

    public ObservableList<ParagraphSources> oneGroupOnly() {
        return oneGroupOnly;
    }

    /** The group the list of unreflected inputs is filtered by; {@link #ALL} for every group. */
    public StringProperty groupFilterProperty() {
        return groupFilter;
    }

    /** The cluster the list is filtered by ({@link Uptake#NO_CLUSTER} for inputs without one); {@link #ALL} for every cluster. */
    public StringProperty clusterFilterProperty() {
        return clusterFilter;
    }

    /** Words the stakeholder or title of a listed input contains. */
    public StringProperty textFilterProperty() {
        return textFilter;
    }
}
