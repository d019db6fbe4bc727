package org.penholder.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import org.penholder.about.AboutInfo;
import org.penholder.docx.ExportOptions;
import org.penholder.settings.Preferences;
import org.penholder.settings.UserSettings;

/** The questions the window asks the person: files to open or write, details, errors. Tests answer them without dialogs. */
public interface DialogService {

    /** A project file to open. */
    Optional<Path> chooseProjectToOpen();

    /** Where to write a new file, with a suggested name; {@code extension} like ".penholder". */
    Optional<Path> chooseFileToWrite(String title, String suggestedName, String extension);

    /** The title, symbol and document language of a new project. */
    Optional<NewProject> askNewProject();

    /**
     * The Preferences dialog: name and team, theme, language. {@code previewTheme} is called as the
     * person picks a theme, so that it shows at once; empty when they cancel.
     */
    Optional<Preferences> editPreferences(Preferences current, Consumer<UserSettings.Theme> previewTheme);

    /** The About box. */
    void showAbout(AboutInfo about);

    /** A file to read, of the given extensions (".docx", ".md"). */
    Optional<Path> chooseFileToOpen(String title, java.util.List<String> extensions);

    /** One of a list of names (a revision to open, a stakeholder), or nothing. */
    default Optional<String> chooseOne(String title, String prompt, java.util.List<String> options) {
        return options.isEmpty()
                ? Optional.empty()
                : chooseOne(title, prompt, options, options.get(options.size() - 1));
    }

    /** Name, note and whether to freeze numbering, for a new revision. */
    Optional<NewRevision> askNewRevision(String suggestedName);

    /** A file to read: {@code patterns} like "*.docx", described as {@code description}. */
    Optional<Path> chooseFileToOpen(String title, String description, String... patterns);

    /** What to write to a Word file: clean text or compilation, which version, how sources show. */
    Optional<ExportOptions> askExport(List<String> revisions);

    /** A short text, such as a name; {@code suggestion} is filled in. */
    Optional<String> askText(String title, String header, String label, String suggestion);

    /** Shows a task's message and progress, with Cancel, until the task ends. */
    void showProgress(String title, Task<?> task);

    /** Shows a job's message and progress, with Cancel, until the job ends. */
    void showProgress(String title, org.penholder.ui.Job<?> job);

    /** One of a few choices (a revision to report on), {@code initial} chosen at first. */
    Optional<String> chooseOne(String title, String question, java.util.List<String> choices, String initial);

    void showError(String title, String message);

    /**
     * Asks whether to go ahead: {@code action} names the button that does ("Open a Cleaned Copy"),
     * the other button cancels. True when the person chose the action.
     */
    default boolean confirm(String title, String message, String action) {
        return false;
    }

    void showInformation(String title, String message);

    /** What a new revision needs. */
    record NewRevision(String name, String note, boolean freezeNumbering) {}

    /** What an error says to a person: the message of its cause, unwrapped from the layers of concurrency. */
    static String messageOf(Throwable e) {
        return e == null ? Messages.get("error.noReason") : Errors.message(e);
    }

    /** A new project asked for: its title, symbol and document language (a tag); its file is chosen next. */
    record NewProject(String title, String symbol, String documentLanguage) {

        /** The file name suggested for it: its title's letters and digits, spaces made hyphens. */
        public String suggestedFileName() {
            String name = title.strip().replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
            return (name.isEmpty() ? "draft" : name) + ".penholder";
        }
    }
}
