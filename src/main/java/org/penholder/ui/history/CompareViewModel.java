package org.penholder.ui.history;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.penholder.docx.DocumentFiles;
import org.penholder.events.ProjectEvent.RevisionsChanged;
import org.penholder.history.CompareService;
import org.penholder.history.Comparison;
import org.penholder.history.DocumentVersion;
import org.penholder.history.ParagraphChange;
import org.penholder.history.RevisionService;
import org.penholder.model.Revision;
import org.penholder.ui.Job;
import org.penholder.ui.ProjectSession;
import org.penholder.ui.common.DialogService;
import org.penholder.ui.common.Errors;
import org.penholder.ui.common.Messages;

/**
 * The Compare view's state: the versions there are (revisions and the working draft), the two
 * chosen, the changes of the last compare (all, or the changed ones only), how they are shown and a
 * summary; a compare runs as a {@link Job} with Cancel. It follows revisions frozen, imported or
 * taken back anywhere.
 */
public final class CompareViewModel {

    /** How the changes are shown. */
    public enum Mode {
        SIDE_BY_SIDE,
        INLINE
    }

    private final ProjectSession session;
    private final DialogService dialogs;
    private final ObservableList<String> versions = FXCollections.observableArrayList();
    private final StringProperty from = new SimpleStringProperty();
    private final StringProperty to = new SimpleStringProperty();
    private final ObservableList<ParagraphChange> changes = FXCollections.observableArrayList();
    private final FilteredList<ParagraphChange> shown = new FilteredList<>(changes);
    private final BooleanProperty changedOnly = new SimpleBooleanProperty();
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.SIDE_BY_SIDE);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(Messages.get("history.compare.choose"));
    private final ReadOnlyObjectWrapper<Job<Comparison>> running = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Comparison> comparison = new ReadOnlyObjectWrapper<>();

    public CompareViewModel(ProjectSession session, DialogService dialogs) {
        this.session = session;
        this.dialogs = dialogs;
        changedOnly.addListener((o, was, now) -> shown.setPredicate(now ? ParagraphChange::isChange : null));
        session.subscribe(c -> {
            if (c.touches(RevisionsChanged.class)) {
                refreshRevisions();
            }
        });
    }

    /** Reads the names of the revisions again; the choices stay where they were when they still exist. */
    public CompletableFuture<Void> refreshRevisions() {
        return session.read(() -> session.project().revisionService().revisions())
                .thenAccept(revs -> session.onUi(() -> {
                    List<String> names =
                            new ArrayList<>(revs.stream().map(Revision::name).toList());
                    names.add(RevisionService.CURRENT);
                    String f = from.get();
                    String t = to.get();
                    versions.setAll(names);
                    // "current" to "current" compares nothing: a revision that came since is the better start
                    boolean keep =
                            f != null && names.contains(f) && !(f.equals(RevisionService.CURRENT) && names.size() > 1);
                    from.set(keep ? f : names.size() > 1 ? names.get(names.size() - 2) : names.get(0));
                    to.set(t != null && names.contains(t) ? t : RevisionService.CURRENT);
                }));
    }

    /** Compares two revisions of the project (or one and "current"); completes on the UI thread with the result. */
    public CompletableFuture<Comparison> compareRevisions(String older, String newer) {
        from.set(older);
        to.set(newer);
        return run("Comparing " + older + " with " + newer + "…", progress -> {
            RevisionService revisions = session.project().revisionService();
            record Versions(DocumentVersion older, DocumentVersion newer) {}
            Versions v =
                    Job.await(session.read(() -> new Versions(revisions.version(older), revisions.version(newer))));
            progress.checkCancelled();
            return CompareService.compare(v.older(), v.newer());
        });
    }

    /**
     * Compares two files from outside the project (.docx, or Markdown and text); what changed that is
     * compared whole (a table, an image, a footnote) is said once the compare shows.
     */
    public CompletableFuture<Comparison> compareFiles(Path older, Path newer) {
        List<String> others = new java.util.concurrent.CopyOnWriteArrayList<>();
        CompletableFuture<Comparison> done = run(readingAndComparing(older, newer), progress -> {
            DocumentFiles.FileComparison c = DocumentFiles.compare(older, newer);
            c.otherChanges().forEach(o -> others.add(Messages.get(o)));
            return c.comparison();
        });
        done.thenRun(() -> {
            if (!others.isEmpty()) {
                dialogs.showInformation(
                        Messages.get("history.compareViewModel.alsoChanged"),
                        Messages.get("history.compareViewModel.comparedWhole", String.join("\n• ", others)));
            }
        });
        return done;
    }

    private static String readingAndComparing(Path older, Path newer) {
        return Messages.get(
                "history.compareViewModel.readingAndComparing",
                older.getFileName().toString(),
                newer.getFileName().toString());
    }

    /** Asks for two files and compares them. */
    public void chooseFiles() {
        List<String> kinds = List.of(".docx", ".md", ".txt");
        dialogs.chooseFileToOpen(Messages.get("history.compareViewModel.theOlderDocument"), kinds)
                .ifPresent(older -> dialogs.chooseFileToOpen(
                                Messages.get("history.compareViewModel.theNewerDocument"), kinds)
                        .ifPresent(newer -> compareFiles(older, newer)));
    }

    private CompletableFuture<Comparison> run(String what, Job.Work<Comparison> work) {
        cancel();
        Job<Comparison> job = session.job(what, work);
        running.set(job);
        CompletableFuture<Comparison> done = new CompletableFuture<>();
        job.result().whenComplete((c, error) -> {
            if (running.get() == job) {
                running.set(null);
            }
            if (c != null) {
                show(c);
                done.complete(c);
            } else if (job.isCancelled() || error instanceof java.util.concurrent.CancellationException) {
                summary.set(Messages.get("history.compareViewModel.compareCancelled"));
                done.cancel(false);
            } else {
                dialogs.showError(Messages.get("history.compareViewModel.couldNotCompare"), Errors.message(error));
                done.completeExceptionally(error);
            }
        });
        return done;
    }

    /** Stops the compare under way. */
    public void cancel() {
        Job<Comparison> job = running.get();
        if (job != null) {
            job.cancel();
        }
    }

    private void show(Comparison c) {
        changes.setAll(c.changes());
        Comparison.Summary s = c.summary();
        summary.set(Messages.get(
                "history.compareViewModel.summary",
                c.from(),
                c.to(),
                s.changed(),
                s.added(),
                s.deleted(),
                s.split(),
                s.merged(),
                s.moved(),
                s.unchanged()));
        comparison.set(c); // last: who follows the comparison finds its changes listed
    }

    /**
     * The first paragraph of a change that is still in the draft (empty for documents from outside,
     * or gone); completes on the UI thread.
     */
    public CompletableFuture<Optional<String>> paragraphInDraft(ParagraphChange c) {
        List<String> ids = new ArrayList<>(c.toIds());
        ids.addAll(c.fromIds());
        ids.removeIf(java.util.Objects::isNull);
        if (ids.isEmpty()) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        var draft = session.project().draftService();
        CompletableFuture<Optional<String>> found = new CompletableFuture<>();
        session.read(() -> ids.stream().filter(id -> draft.find(id).isPresent()).findFirst())
                .whenComplete((id, e) -> session.onUi(() -> found.complete(id == null ? Optional.empty() : id)));
        return found;
    }

    /** Says, in the summary line, that a change's paragraph is no longer in the draft. */
    public void sayGone() {
        summary.set(Messages.get("history.compareViewModel.thatParagraphIsNoLonger"));
    }

    /** The revisions and "current", oldest first. */
    public ObservableList<String> versions() {
        return versions;
    }

    public StringProperty fromProperty() {
        return from;
    }

    public StringProperty toProperty() {
        return to;
    }

    /** The changes shown: all, or the changed ones only. */
    public ObservableList<ParagraphChange> shown() {
        return shown;
    }

    public BooleanProperty changedOnlyProperty() {
        return changedOnly;
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The compare under way, or null. */
    public ReadOnlyObjectProperty<Job<Comparison>> runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The last comparison shown, or null. */
    public ReadOnlyObjectProperty<Comparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }
}
