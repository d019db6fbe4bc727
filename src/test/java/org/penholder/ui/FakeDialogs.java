package org.penholder.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import org.penholder.about.AboutInfo;
import org.penholder.docx.ExportOptions;
import org.penholder.settings.Preferences;
import org.penholder.settings.UserSettings;
import org.penholder.ui.common.DialogService;

/** Answers the window's questions without dialogs, and remembers the errors it was shown. */
public final class FakeDialogs implements DialogService {

    public Path toOpen;
    public Path toWrite;
    public NewProject newProject;
    public java.util.Deque<Path> filesToOpen = new java.util.ArrayDeque<>();
    public String chosen;
    public NewRevision newRevision;
    /** The name the window suggested when it last asked for a new revision. */
    public String suggestedRevisionName;
    /** What Preferences answers (null: Cancel), after picking each theme of {@code previewed} in turn. */
    public Preferences preferences;

    public final List<UserSettings.Theme> previewed = new ArrayList<>();
    /** The application's stylesheet right after each theme of {@code previewed} was picked. */
    public final List<String> stylesheetsWhilePreviewing = new ArrayList<>();

    public AboutInfo about;
    public Path toRead;
    public ExportOptions exportChoice;
    public List<String> revisionsOffered;
    public String text;
    /** Press Cancel as soon as a task shows progress. */
    public boolean cancelProgress;
    /**
     * Press Cancel the moment a job's progress window opens, before its work can finish: work that
     * is short (the sample's export) may end before a Cancel pressed at its first progress arrives.
     */
    public boolean cancelAtOnce;

    /** Every task and job whose progress was shown, in order. */
    public final List<Shown> tasks = new CopyOnWriteArrayList<>();

    /** A task or a job whose progress was shown, and how it ended. */
    public interface Shown {
        boolean isDone();

        /** SUCCEEDED, FAILED or CANCELLED once done (read on the FX thread for a task). */
        javafx.concurrent.Worker.State state();

        Throwable error();

        /** How far the bar came, 0 to 1 (read on the FX thread). */
        double getProgress();
    }
    /** The answer to {@link #chooseOne}; null takes the initial choice. */
    public String choice;

    public final List<String> questions = new ArrayList<>();
    /** What {@link #confirm} answers; every question asked is kept in {@code confirmations}. */
    public boolean confirmAnswer;

    public final List<String> confirmations = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    public final List<String> informations = new ArrayList<>();

    @Override
    public boolean confirm(String title, String message, String action) {
        confirmations.add(title + "\n" + message + "\n[" + action + "]");
        return confirmAnswer;
    }

    @Override
    public Optional<Path> chooseProjectToOpen() {
        return Optional.ofNullable(toOpen);
    }

    @Override
    public Optional<Path> chooseFileToWrite(String title, String suggestedName, String extension) {
        this.suggestedFileName = suggestedName;
        return Optional.ofNullable(toWrite);
    }

    @Override
    public Optional<NewProject> askNewProject() {
        return Optional.ofNullable(newProject);
    }

    @Override
    public Optional<Preferences> editPreferences(Preferences current, Consumer<UserSettings.Theme> previewTheme) {
        for (UserSettings.Theme t : previewed) {
            previewTheme.accept(t);
            stylesheetsWhilePreviewing.add(javafx.application.Application.getUserAgentStylesheet());
        }
        return Optional.ofNullable(preferences);
    }

    @Override
    public void showAbout(AboutInfo info) {
        about = info;
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, List<String> extensions) {
        return Optional.ofNullable(filesToOpen.poll());
    }

    /** The file name the last file chooser for writing suggested. */
    public String suggestedFileName;

    @Override
    public Optional<NewRevision> askNewRevision(String suggestedName) {
        this.suggestedRevisionName = suggestedName;
        return Optional.ofNullable(newRevision);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String description, String... patterns) {
        return Optional.ofNullable(toRead);
    }

    @Override
    public Optional<ExportOptions> askExport(List<String> revisions) {
        revisionsOffered = revisions;
        return Optional.ofNullable(exportChoice);
    }

    @Override
    public Optional<String> askText(String title, String header, String label, String suggestion) {
        return Optional.ofNullable(text);
    }

    @Override
    public void showProgress(String title, Task<?> task) {
        tasks.add(new Shown() {
            @Override
            public boolean isDone() {
                return task.isDone();
            }

            @Override
            public javafx.concurrent.Worker.State state() {
                return task.getState();
            }

            @Override
            public Throwable error() {
                return task.getException();
            }

            @Override
            public double getProgress() {
                return task.getProgress();
            }
        });
        if (cancelProgress) {
            task.progressProperty().addListener((o, old, now) -> {
                if (now.doubleValue() > 0) {
                    task.cancel();
                }
            });
        }
    }

    @Override
    public void showProgress(String title, org.penholder.ui.Job<?> job) {
        tasks.add(new Shown() {
            @Override
            public boolean isDone() {
                return job.result().isDone();
            }

            @Override
            public javafx.concurrent.Worker.State state() {
                var r = job.result();
                return !r.isDone()
                        ? javafx.concurrent.Worker.State.RUNNING
                        : r.isCancelled()
                                ? javafx.concurrent.Worker.State.CANCELLED
                                : r.isCompletedExceptionally()
                                        ? javafx.concurrent.Worker.State.FAILED
                                        : javafx.concurrent.Worker.State.SUCCEEDED;
            }

            @Override
            public Throwable error() {
                var r = job.result();
                return r.isCompletedExceptionally() && !r.isCancelled() ? r.exceptionNow() : null;
            }

            @Override
            public double getProgress() {
                return job.progressProperty().get();
            }
        });
        if (cancelAtOnce) {
            job.cancel();
        }
        if (cancelProgress) {
            job.progressProperty().addListener((o, old, now) -> {
                if (now.doubleValue() > 0) {
                    job.cancel();
                }
            });
        }
    }

    @Override
    public Optional<String> chooseOne(String title, String question, List<String> choices, String initial) {
        questions.add(question + " " + choices + " (" + initial + ")");
        if (chosen != null) {
            // an option may carry details after its name ("Rev.1  (3 Oct 2025 ...)")
            return choices.stream()
                    .filter(o -> o.equals(chosen) || o.startsWith(chosen + "  "))
                    .findFirst();
        }
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
