package org.penholder.ui.main;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.penholder.Version;
import org.penholder.project.Project;
import org.penholder.project.SampleProject;
import org.penholder.settings.UserSettings;
import org.penholder.ui.ProjectSession;
import org.penholder.ui.common.Actions;
import org.penholder.ui.common.Background;
import org.penholder.ui.common.DialogService;
import org.penholder.ui.common.StandardAction;
import org.penholder.ui.coverage.ReportExport;
import org.penholder.ui.draft.DraftState;

/** The main window: menus, the open project's workspace, the status bar. */
public final class MainWindow {

    private final Stage stage;
    private final UserSettings settings;
    private final DialogService dialogs;
    private final BorderPane root = new BorderPane();
    private final StatusBar statusBar;
    private final Menu recentMenu = new Menu("Open Recent");
    private final MenuItem undo = Actions.menuItem(StandardAction.UNDO, this::undo);
    private final MenuItem redo = Actions.menuItem(StandardAction.REDO, this::redo);
    private final MenuItem saveCopy = Actions.menuItem(StandardAction.SAVE_COPY, this::saveCopy);
    private final MenuItem exportReport = Actions.menuItem(StandardAction.EXPORT_TRANSPARENCY_REPORT, () -> exportReport(null));
    private final MenuItem close = Actions.menuItem(StandardAction.CLOSE_PROJECT, this::closeProject);
    private Workspace workspace;
    private Runnable onQuit = Platform::exit;

    public MainWindow(Stage stage, UserSettings settings, DialogService dialogs) {
        this.stage = stage;
        this.settings = settings;
        this.dialogs = dialogs;
        this.statusBar = new StatusBar(this::editPreferences);
        root.setTop(menuBar());
        root.setBottom(statusBar);
        statusBar.showAuthor(settings.author(), settings.hasAuthor());
        showWelcome();
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1360, screen.getWidth() * 0.92), Math.min(860, screen.getHeight() * 0.9));
        scene.getStylesheets().add(MainWindow.class.getResource("/org/penholder/ui/penholder.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle("Penholder");
        stage.setOnCloseRequest(e -> {
            e.consume();
            quit();
        });
    }

    /** What happens once the window has closed its project on Quit (the application exits). */
    public void setOnQuit(Runnable onQuit) {
        this.onQuit = onQuit;
    }

    public Stage stage() {
        return stage;
    }

    /** The open project's workspace, or null. */
    public Workspace workspace() {
        return workspace;
    }

    private MenuBar menuBar() {
        Menu file = new Menu("File");
        file.setId("menu-file");
        file.setOnShowing(e -> fillRecent());
        file.getItems().addAll(Actions.menuItem(StandardAction.NEW_PROJECT, this::newProject),
                Actions.menuItem(StandardAction.OPEN_PROJECT, this::chooseAndOpen), recentMenu,
                Actions.menuItem(StandardAction.OPEN_SAMPLE, this::openSample), new SeparatorMenuItem(),
                saveCopy, exportReport, close, new SeparatorMenuItem(), Actions.menuItem(StandardAction.QUIT, this::quit));
        Menu edit = new Menu("Edit");
        edit.setId("menu-edit");
        edit.getItems().addAll(undo, redo, new SeparatorMenuItem(),
                Actions.menuItem(StandardAction.PREFERENCES, this::editPreferences));
        Menu help = new Menu("Help");
        help.getItems().add(Actions.menuItem(StandardAction.ABOUT, () -> dialogs.showInformation("About Penholder",
                "Penholder " + Version.current() + "\nA drafting desk for intergovernmental outcome documents.\n"
                        + "Java " + Runtime.version() + ", JavaFX " + System.getProperty("javafx.runtime.version", "?"))));
        enableProjectItems(false);
        return new MenuBar(file, edit, help);
    }

    private void fillRecent() {
        recentMenu.getItems().clear();
        for (Path p : settings.recentProjects()) {
            MenuItem item = new MenuItem(p.getFileName() + "  (" + p.getParent() + ")");
            item.setMnemonicParsing(false);
            item.setOnAction(e -> open(p));
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    private void enableProjectItems(boolean open) {
        saveCopy.setDisable(!open);
        exportReport.setDisable(!open);
        close.setDisable(!open);
        if (!open) {
            undo.textProperty().unbind();
            redo.textProperty().unbind();
            undo.disableProperty().unbind();
            redo.disableProperty().unbind();
            undo.setText("Undo");
            redo.setText("Redo");
            undo.setDisable(true);
            redo.setDisable(true);
        }
    }

    /** Opens a project file in the window (closing the one open). */
    public CompletableFuture<Void> open(Path file) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        closeProject().thenRun(() -> Platform.runLater(() -> {
            root.setCenter(WelcomePane.busy("Opening " + file.getFileName() + "…"));
            Background.run(() -> {
                Project p = Project.open(file, Project.Access.WRITE_IF_FREE);
                try {
                    return new Opened(p, DraftState.read(p), p.meta().get(org.penholder.store.MetaStore.CREDIT).orElse(""));
                } catch (RuntimeException e) {
                    p.close();
                    throw e;
                }
            }, opened -> {
                show(opened);
                done.complete(null);
            }, error -> {
                showWelcome();
                dialogs.showError("Could not open the project", message(error));
                done.completeExceptionally(error);
            });
        }));
        return done;
    }

    private record Opened(Project project, DraftState state, String credit) {
    }

    private void show(Opened o) {
        ProjectSession session = new ProjectSession(o.project(), Platform::runLater, settings::author);
        session.setOnError(e -> dialogs.showError("A change could not be saved", message(e)
                + "\n\nEverything saved before it is safe in the project file."));
        workspace = new Workspace(session, o.state(), o.credit());
        workspace.coverage().setOnExportReport(this::exportReport);
        root.setCenter(workspace);
        statusBar.follow(session);
        undo.textProperty().bind(Bindings.when(session.undoDescriptionProperty().isEmpty()).then("Undo")
                .otherwise(Bindings.concat("Undo ", session.undoDescriptionProperty())));
        redo.textProperty().bind(Bindings.when(session.redoDescriptionProperty().isEmpty()).then("Redo")
                .otherwise(Bindings.concat("Redo ", session.redoDescriptionProperty())));
        undo.disableProperty().bind(session.undoDescriptionProperty().isEmpty());
        redo.disableProperty().bind(session.redoDescriptionProperty().isEmpty());
        enableProjectItems(true);
        stage.titleProperty().bind(Bindings.concat(workspace.draft().titleProperty(), " — ",
                o.project().file().getFileName().toString(), " — Penholder"));
        settings.addRecent(o.project().file());
        settings.save();
        workspace.editor().area().requestFocus();
    }

    /** Opens the sample project, writing it first if this person has none yet. */
    public CompletableFuture<Void> openSample() {
        Path sample = settings.sampleProject();
        if (Files.exists(sample)) {
            return open(sample);
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        root.setCenter(WelcomePane.busy("Writing the sample project…"));
        Background.run(() -> {
            Files.createDirectories(sample.getParent());
            SampleProject.create(sample).close();
            return sample;
        }, p -> open(p).whenComplete((v, e) -> done.complete(null)), error -> {
            showWelcome();
            dialogs.showError("Could not write the sample project", message(error));
            done.completeExceptionally(error);
        });
        return done;
    }

    private void chooseAndOpen() {
        dialogs.chooseProjectToOpen().ifPresent(this::open);
    }

    private void newProject() {
        dialogs.askNewProject().ifPresent(np -> Background.run(() -> {
            Project.create(np.file(), np.title(), np.symbol()).close();
            return np.file();
        }, this::open, error -> dialogs.showError("Could not create the project", message(error))));
    }

    private void saveCopy() {
        if (workspace == null) {
            return;
        }
        ProjectSession session = workspace.session();
        String name = session.project().file().getFileName().toString().replace(".penholder", "") + " copy.penholder";
        dialogs.chooseFileToWrite("Save a copy of the project", name, ".penholder").ifPresent(target -> {
            workspace.flush();
            session.submit(() -> {
                session.project().saveCopy(target);
                return target;
            }).thenAccept(t -> session.onUi(() -> dialogs.showInformation("Copy saved",
                    "A copy of the project, as it stands now, is in " + t + ".")));
        });
    }

    /** Exports the transparency report of a revision ({@code preferred}, or the one chosen in the coverage view). */
    private void exportReport(org.penholder.coverage.CoverageScope preferred) {
        if (workspace != null) {
            new ReportExport(stage, workspace.session(), dialogs).start(preferred != null ? preferred : workspace.coverage().scope());
        }
    }

    /** Writes what waits, closes the open project (off the UI thread) and shows the welcome pane. */
    public CompletableFuture<Void> closeProject() {
        if (workspace == null) {
            return CompletableFuture.completedFuture(null);
        }
        Workspace closing = workspace;
        workspace = null;
        closing.flush();
        stage.titleProperty().unbind();
        stage.setTitle("Penholder");
        enableProjectItems(false);
        statusBar.showNoProject();
        root.setCenter(WelcomePane.busy("Closing…"));
        CompletableFuture<Void> done = new CompletableFuture<>();
        Background.run(() -> {
            closing.session().close();
            return null;
        }, v -> {
            showWelcome();
            done.complete(null);
        }, e -> {
            showWelcome();
            done.complete(null);
        });
        return done;
    }

    private void quit() {
        closeProject().thenRun(() -> Platform.runLater(() -> {
            stage.hide();
            onQuit.run();
        }));
    }

    private void undo() {
        if (workspace != null) {
            workspace.draft().undo();
        }
    }

    private void redo() {
        if (workspace != null) {
            workspace.draft().redo();
        }
    }

    private void editPreferences() {
        dialogs.editAuthor(settings.author()).ifPresent(a -> {
            settings.setAuthor(a);
            settings.save();
            statusBar.showAuthor(settings.author(), settings.hasAuthor());
        });
    }

    private void showWelcome() {
        if (workspace == null) {
            root.setCenter(new WelcomePane(settings.recentProjects(), this::openSample, this::newProject,
                    this::chooseAndOpen, this::open));
        }
    }

    static String message(Throwable e) {
        return DialogService.messageOf(e);
    }
}
