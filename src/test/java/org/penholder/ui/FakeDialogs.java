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
    public java.util.Deque<Path> filesToOpen = new java.util.ArrayDeque<>();
    public String chosen;
    public NewRevision newRevision;
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
    public Optional<Path> chooseFileToOpen(String title, List<String> extensions) {
        return Optional.ofNullable(filesToOpen.poll());
    }

    @Override
    public Optional<String> chooseOne(String title, String prompt, List<String> options) {
        // an option may carry details after its name ("Rev.1  (3 Oct 2025 ...)")
        return chosen == null ? Optional.empty()
                : options.stream().filter(o -> o.equals(chosen) || o.startsWith(chosen + "  ")).findFirst();
    }

    @Override
    public Optional<NewRevision> askNewRevision(String suggestedName) {
        return Optional.ofNullable(newRevision);
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
