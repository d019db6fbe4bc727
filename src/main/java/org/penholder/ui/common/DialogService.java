package org.penholder.ui.common;

import java.nio.file.Path;
import java.util.Optional;
import org.penholder.model.Author;

/** The questions the window asks the person: files to open or write, details, errors. Tests answer them without dialogs. */
public interface DialogService {

    /** A project file to open. */
    Optional<Path> chooseProjectToOpen();

    /** Where to write a new file, with a suggested name; {@code extension} like ".penholder". */
    Optional<Path> chooseFileToWrite(String title, String suggestedName, String extension);

    /** The title (and file) of a new project. */
    Optional<NewProject> askNewProject();

    /** The person's name and team. */
    Optional<Author> editAuthor(Author current);

    /** One of a few choices (a revision to report on), {@code initial} chosen at first. */
    Optional<String> chooseOne(String title, String question, java.util.List<String> choices, String initial);

    void showError(String title, String message);

    void showInformation(String title, String message);

    /** What an error says to a person: the message of its cause, unwrapped from the layers of concurrency. */
    static String messageOf(Throwable e) {
        Throwable t = e;
        while ((t instanceof java.util.concurrent.CompletionException || t instanceof java.util.concurrent.ExecutionException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        return t == null ? "unknown reason" : t.getMessage() == null ? t.toString() : t.getMessage();
    }

    /** What a new project needs. */
    record NewProject(String title, String symbol, Path file) {
    }
}
