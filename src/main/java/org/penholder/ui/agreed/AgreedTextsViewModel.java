package org.penholder.ui.agreed;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.penholder.adopted.AgreedLibrary;
import org.penholder.docx.Progress;
import org.penholder.model.AdoptedParagraph;
import org.penholder.model.AdoptedText;
import org.penholder.model.SearchQuery;
import org.penholder.ui.ProjectSession;
import org.penholder.ui.common.Messages;
import org.penholder.ui.common.ProgressTask;

/**
 * The state of the Agreed Texts view: the adopted texts of the library, the paragraphs of the one
 * read, and the paragraphs a search finds. Reads through the project's thread; no JavaFX nodes.
 */
public final class AgreedTextsViewModel {

    /** Hits shown for a search, at most. */
    static final int SEARCH_LIMIT = 100;

    private final ProjectSession session;
    private final ObservableList<AdoptedText> texts = FXCollections.observableArrayList();
    private final ObservableList<AdoptedParagraph> paragraphs = FXCollections.observableArrayList();
    private final ObservableList<AgreedLibrary.Hit> hits = FXCollections.observableArrayList();
    private long readRequest;
    private long searchRequest;
    private Runnable libraryChanged = () -> {};

    public AgreedTextsViewModel(ProjectSession session) {
        this.session = session;
    }

    public ObservableList<AdoptedText> texts() {
        return texts;
    }

    /** The paragraphs of the text being read. */
    public ObservableList<AdoptedParagraph> paragraphs() {
        return paragraphs;
    }

    /** What the search found, best first. */
    public ObservableList<AgreedLibrary.Hit> hits() {
        return hits;
    }

    /** What to do once texts were imported or removed (trace the draft again). */
    public void setOnLibraryChanged(Runnable action) {
        this.libraryChanged = action;
    }

    /** Reads the list of texts again. */
    public CompletableFuture<Void> refresh() {
        return session.read(() -> session.project().agreedLibrary().texts())
                .thenAccept(list -> session.onUi(() -> texts.setAll(list)));
    }

    /** Shows the paragraphs of a text (null: none). */
    public CompletableFuture<Void> read(AdoptedText text) {
        long mine = ++readRequest;
        if (text == null) {
            paragraphs.clear();
            return CompletableFuture.completedFuture(null);
        }
        return session.read(() -> session.project().agreedLibrary().paragraphs(text.id()))
                .thenAccept(list -> session.onUi(() -> {
                    if (mine == readRequest) {
                        paragraphs.setAll(list);
                    }
                }));
    }

    /** Searches the paragraphs of every adopted text: words, {@code prefix*}, {@code "phrases"}. */
    public CompletableFuture<Void> search(String typed) {
        long mine = ++searchRequest;
        SearchQuery query = SearchQuery.parse(typed);
        if (query.isEmpty()) {
            hits.clear();
            return CompletableFuture.completedFuture(null);
        }
        return session.read(() -> session.project().agreedLibrary().search(query, SEARCH_LIMIT))
                .thenAccept(found -> session.onUi(() -> {
                    if (mine == searchRequest) {
                        hits.setAll(found);
                    }
                }));
    }

    /** Takes a text out of the library (its citations go with it), as a command Undo takes back. */
    public CompletableFuture<Void> remove(AdoptedText text) {
        return session.execute(() -> session.project().agreedLibrary().remove(text))
                .thenCompose(x -> refresh())
                .thenRun(() -> session.onUi(libraryChanged));
    }

    /**
     * The import of files as a task of the window: read in the background, each text written on
     * the project's thread, with progress and Cancel.
     */
    public ProgressTask<AgreedLibrary.Report> importTask(List<Path> files, AgreedLibrary.Details details) {
        return ProgressTask.of(
                Messages.get("agreed.agreedTextsViewModel.reading", files.size()), p -> importFiles(files, details, p));
    }

    /**
     * Imports files off the UI thread (each text written on the project's thread), telling
     * {@code progress} and stopping when it is cancelled; then lists the texts again.
     */
    public AgreedLibrary.Report importFiles(List<Path> files, Progress progress) {
        return importFiles(files, detailsFromTheFiles(), progress);
    }

    /** An import by the session's author whose symbol, title and date are read from each file. */
    public AgreedLibrary.Details detailsFromTheFiles() {
        return new AgreedLibrary.Details(null, null, null, session.author().name());
    }

    /** Imports files as {@link #importFiles(List, Progress)} does, with the symbol, title and date given. */
    public AgreedLibrary.Report importFiles(List<Path> files, AgreedLibrary.Details details, Progress progress) {
        AgreedLibrary.Report report = session.project()
                .agreedLibrary()
                .importFiles(
                        files,
                        details,
                        (done, total, current) -> progress.update(
                                done, total, Messages.get("agreed.agreedTextsViewModel.read", current.getFileName())),
                        progress::isCancelled,
                        write -> ProgressTask.await(session.submit(() -> {
                            write.run();
                            return null;
                        })));
        // the whole import is one step of the Edit menu: Undo takes its texts out again
        ProgressTask.await(
                session.execute(() -> session.project().agreedLibrary().imported(report)));
        ProgressTask.await(refresh());
        session.onUi(libraryChanged);
        return report;
    }
}
