package org.penholder.ui.inputs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.penholder.draft.Command;
import org.penholder.events.Changes;
import org.penholder.events.ProjectEvent.InputsChanged;
import org.penholder.events.ProjectEvent.LinksChanged;
import org.penholder.events.ProjectEvent.ListsChanged;
import org.penholder.events.ProjectEvent.StakeholdersChanged;
import org.penholder.ingest.ImportDetails;
import org.penholder.ingest.ImportReport;
import org.penholder.ingest.InputLibrary;
import org.penholder.model.InputFilter;
import org.penholder.model.InputRow;
import org.penholder.model.SearchHit;
import org.penholder.model.SearchQuery;
import org.penholder.model.Tag;
import org.penholder.ui.Job;
import org.penholder.ui.ProjectSession;
import org.penholder.ui.Reload;
import org.penholder.ui.common.Messages;

/**
 * The library's state: the search typed, the filters chosen, the inputs they let through (read on
 * the project's thread; only the latest answer is shown) and the lists the filters offer. Imports
 * and new details of inputs are commands; an import runs as a {@link Job} with progress and Cancel.
 * It follows inputs, links, stakeholders and lists changed anywhere.
 */
public final class InputsViewModel {

    /** Results shown for a search at most; the best ones. */
    static final int SEARCH_LIMIT = 100;

    private final ProjectSession session;
    private final InputLibrary library;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<InputFilter> filter = new SimpleObjectProperty<>(InputFilter.ALL);
    private final ObservableList<LibraryRow> rows = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final ObservableList<String> groups = FXCollections.observableArrayList();
    private final ObservableList<Tag> tags = FXCollections.observableArrayList();
    private final ObservableList<String> occasions = FXCollections.observableArrayList();
    private final ObservableList<String> languages = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Job<ImportReport>> importing = new ReadOnlyObjectWrapper<>();
    private final Reload<Result> reload;
    private final Reload<InputLibrary.Choices> reloadChoices;
    private InputDialogs dialogs;

    public InputsViewModel(ProjectSession session, InputDialogs dialogs) {
        this.session = session;
        this.dialogs = dialogs;
        this.library = session.project().inputLibrary();
        this.reload = new Reload<>(
                session,
                () -> {
                    String typed = query.get();
                    InputFilter f = filter.get();
                    return () -> read(library, typed, f);
                },
                r -> {
                    rows.setAll(r.rows());
                    status.set(r.status());
                });
        this.reloadChoices = new Reload<>(session, () -> library::choices, this::showChoices);
        session.subscribe(this::follow);
    }

    private void follow(Changes c) {
        if (c.touches(InputsChanged.class, LinksChanged.class, StakeholdersChanged.class, ListsChanged.class)) {
            reload.run();
        }
        if (c.touches(InputsChanged.class, StakeholdersChanged.class, ListsChanged.class)) {
            reloadChoices.run();
        }
    }

    /** Answers the view's questions differently (tests). */
    public void setDialogs(InputDialogs dialogs) {
        this.dialogs = dialogs;
    }

    /** Whether the view shows: hidden, it reads again only once shown. */
    public void setShowing(boolean showing) {
        reload.setShowing(showing);
        reloadChoices.setShowing(showing);
    }

    /** Reads the inputs again for the current search and filters. */
    public CompletableFuture<Void> refresh() {
        return reload.run();
    }

    /** Reads the lists the filters offer (groups, tags, occasions, languages). */
    public CompletableFuture<Void> refreshChoices() {
        return reloadChoices.run();
    }

    private record Result(List<LibraryRow> rows, String status) {}

    private static Result read(InputLibrary library, String typed, InputFilter f) {
        SearchQuery q = SearchQuery.parse(typed);
        if (q.isEmpty()) {
            List<LibraryRow> out = new ArrayList<>();
            int inputs = 0;
            for (InputRow r : library.rows(f)) {
                out.add(new LibraryRow(r, null));
                inputs += 1 + (f.alikeOf() == null ? r.alike() : 0);
            }
            return new Result(
                    out,
                    Messages.get(inputs != out.size() ? "inputs.status.countAlike" : "inputs.status.count", inputs));
        }
        List<LibraryRow> out = new ArrayList<>();
        for (SearchHit h : library.search(q, f, SEARCH_LIMIT)) {
            library.row(h.input().id()).ifPresent(r -> out.add(new LibraryRow(r, h)));
        }
        return new Result(
                out,
                out.isEmpty()
                        ? Messages.get("inputs.status.nothing")
                        : out.size() == SEARCH_LIMIT
                                ? Messages.get("inputs.status.foundBest", out.size())
                                : Messages.get("inputs.status.found", out.size()));
    }

    private void showChoices(InputLibrary.Choices c) {
        setIfChanged(groups, c.groups());
        setIfChanged(tags, c.tags());
        setIfChanged(occasions, c.occasions());
        setIfChanged(languages, c.languages());
    }

    private static <T> void setIfChanged(ObservableList<T> list, List<T> now) {
        if (!list.equals(now)) {
            list.setAll(now);
        }
    }

    /** Tells the person something (nothing to link, no paragraph chosen). */
    public void inform(String title, String message) {
        dialogs.showInformation(title, message);
    }

    /** Whether the project can be changed here (imports, details). */
    public boolean isWritable() {
        return !session.project().isReadOnly();
    }

    /** Asks for files and imports them. */
    public void importFiles() {
        List<Path> files = dialogs.chooseInputFiles();
        if (!files.isEmpty()) {
            importPaths(files);
        }
    }

    /** Asks for a folder and imports every input file in it. */
    public void importFolder() {
        dialogs.chooseInputFolder().ifPresent(f -> importPaths(List.of(f)));
    }

    /** Asks what the files are and imports them in the background. */
    public void importPaths(List<Path> paths) {
        if (importing.get() != null) {
            dialogs.showInformation(
                    Messages.get("inputs.inputsViewModel.anImportIsRunning"),
                    Messages.get("inputs.inputsViewModel.waitForItToFinish"));
            return;
        }
        String what = paths.size() == 1
                ? Messages.get(
                        "inputs.inputsViewModel.importOne", paths.getFirst().getFileName())
                : Messages.get("inputs.inputsViewModel.importMany", paths.size());
        session.read(library::choices)
                .thenAccept(ch -> session.onUi(() -> dialogs.askDetails(
                                what, Messages.get("inputs.inputsViewModel.import"), ch, ImportDetails.NONE)
                        .ifPresent(d -> startImport(paths, d))));
    }

    /**
     * Imports in the background: files are read on a small pool and written through the project's
     * thread in batches; once done the whole import is one command, and its report is shown.
     */
    public Job<ImportReport> startImport(List<Path> paths, ImportDetails details) {
        var commands = session.project().inputCommands();
        var importer = session.project().inputImporter();
        Job<ImportReport> job = session.job(Messages.get("inputs.inputsViewModel.lookingAtTheFiles"), progress -> {
            var before = Job.await(session.read(commands::beforeImport));
            ImportReport report = importer.importFiles(
                    paths,
                    details,
                    (done, total, file) -> progress.update(
                            done,
                            total,
                            Messages.get("inputs.inputsViewModel.imported", done, total, file.getFileName())),
                    progress::isCancelled,
                    write -> Job.await(session.submit(() -> {
                        write.run();
                        return null;
                    })));
            Job.await(session.execute(() -> commands.imported(report, details, before)));
            return report;
        });
        importing.set(job);
        job.result().whenComplete((report, error) -> {
            importing.set(null);
            if (report != null) {
                dialogs.showReport(report);
            } else if (error != null && !job.isCancelled()) {
                dialogs.showError(
                        Messages.get("inputs.inputsViewModel.theImportStopped"),
                        org.penholder.ui.common.DialogService.messageOf(error));
            }
        });
        return job;
    }

    /** The import under way, or null. */
    public ReadOnlyObjectProperty<Job<ImportReport>> importingProperty() {
        return importing.getReadOnlyProperty();
    }

    /** Asks for new details of inputs (stakeholder, occasion, date, language, tags) and sets them, as one command. */
    public CompletableFuture<Command> editDetails(List<Long> ids, String what) {
        if (ids.isEmpty() || !isWritable()) {
            return CompletableFuture.completedFuture(null);
        }
        record Asked(InputLibrary.Choices choices, ImportDetails details) {}
        CompletableFuture<Command> done = new CompletableFuture<>();
        session.read(() -> new Asked(
                        library.choices(), session.project().inputDetails().detailsOf(ids.getFirst())))
                .thenAccept(a -> session.onUi(() -> dialogs.askDetails(
                                what, Messages.get("inputs.inputsViewModel.save"), a.choices(), a.details())
                        .ifPresentOrElse(
                                d -> session.execute(() -> session.project()
                                                .inputCommands()
                                                .setDetails(ids, d))
                                        .whenComplete((c, e) -> done.complete(c)),
                                () -> done.complete(null))));
        return done;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<InputFilter> filterProperty() {
        return filter;
    }

    public ObservableList<LibraryRow> rows() {
        return rows;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ObservableList<String> groups() {
        return groups;
    }

    public ObservableList<Tag> tags() {
        return tags;
    }

    public ObservableList<String> occasions() {
        return occasions;
    }

    public ObservableList<String> languages() {
        return languages;
    }
}
