package org.penholder.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.penholder.model.Author;
import org.penholder.ui.common.DialogService;

/** Answers the window's questions without dialogs, and remembers the errors it was shown. */
public final class FakeDialogs implements DialogService {

    public Path toOpen;
    public Path toWrite;
    public NewProject newProject;
    public Author author;
    /** The answer to {@link #chooseOne}; null takes the initial choice. */
    public String choice;
    public final List<String> questions = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    public final List<String> informations = new ArrayList<>();

    @Override
    public Optional<Path> chooseProjectToOpen() {
        return Optional.ofNullable(toOpen);
    }

    @Override
    public Optional<Path> chooseFileToWrite(String title, String suggestedName, String extension) {
        return Optional.ofNullable(toWrite);
    }

    @Override
    public Optional<NewProject> askNewProject() {
        return Optional.ofNullable(newProject);
    }

    @Override
    public Optional<Author> editAuthor(Author current) {
        return Optional.ofNullable(author);
    }

    @Override
    public Optional<String> chooseOne(String title, String question, List<String> choices, String initial) {
        questions.add(question + " " + choices + " (" + initial + ")");
        return Optional.ofNullable(choice == null ? initial : choice);
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public void showInformation(String title, String message) {
        informations.add(title + ": " + message);
    }
}
