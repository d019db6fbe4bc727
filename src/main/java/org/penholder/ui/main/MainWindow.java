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
import org.penholder.about.AboutInfo;
import org.penholder.project.Project;
import org.penholder.project.SampleProject;
import org.penholder.settings.UserSettings;
import org.penholder.ui.ProjectSession;
import org.penholder.ui.common.Actions;
import org.penholder.ui.common.Background;
import org.penholder.ui.common.DialogService;
import org.penholder.ui.common.InterfaceLanguage;
import org.penholder.ui.common.Messages;
import org.penholder.ui.common.StandardAction;
import org.penholder.ui.common.Styles;
import org.penholder.ui.common.Themes;
import org.penholder.ui.coverage.ReportExport;
import org.penholder.ui.docx.WordFileActions;
import org.penholder.ui.draft.DraftState;
import org.penholder.ui.guide.GuideWindow;
import org.penholder.ui.history.HistoryViews;
import org.penholder.ui.merge.MergeAction;
import org.penholder.ui.merge.MergePreviewDialog;

/** The main window: menus, the open project's workspace, the status bar. */
public final class MainWindow {

    private final Stage stage;
    private final UserSettings settings;
    private final DialogService dialogs;
    private final BorderPane root = new BorderPane();
    private final StatusBar statusBar;
    private final Menu recentMenu = new Menu(Messages.get("menu.openRecent"));
    private final MenuItem undo = Actions.menuItem(StandardAction.UNDO, this::undo);
    private final MenuItem redo = Actions.menuItem(StandardAction.REDO, this::redo);
    private final MenuItem saveCopy = Actions.menuItem(StandardAction.SAVE_COPY, () -> saveCopy(false));
    private final MenuItem close = Actions.menuItem(StandardAction.CLOSE_PROJECT, this::closeByChoice);
    private final MenuItem restoreBackup = Actions.menuItem(StandardAction.RESTORE_BACKUP, this::restoreFromBackup);
    private final MenuItem importInputs = Actions.menuItem(StandardAction.IMPORT_INPUTS, this::importInputs);
    private final MenuItem importStakeholders =
            Actions.menuItem(StandardAction.IMPORT_STAKEHOLDERS, this::importStakeholders);
    private final MenuItem linkSelection = Actions.menuItem(StandardAction.LINK_SELECTION, this::linkSelection);
    private final MenuItem insertFootnote = Actions.menuItem(StandardAction.INSERT_FOOTNOTE, this::insertFootnote);
    private final MenuItem exportDocx =
            Actions.menuItem(StandardAction.EXPORT_DOCX, () -> wordFiles().ifPresent(WordFileActions::export));
    private final MenuItem importDraft =
            Actions.menuItem(StandardAction.IMPORT_DRAFT, () -> wordFiles().ifPresent(WordFileActions::importDraft));
    private final MenuItem importProposals = Actions.menuItem(
            StandardAction.IMPORT_PROPOSALS, () -> wordFiles().ifPresent(w -> w.importProposals(this::showProposals)));
    private final MenuItem mergeCopy = Actions.menuItem(StandardAction.MERGE_COPY, this::mergeCopy);
    private final MenuItem exportReport =
            Actions.menuItem(StandardAction.EXPORT_TRANSPARENCY_REPORT, () -> exportReport(null));
    private final MenuItem documentLanguage = documentLanguageItem();
    private final MenusViewModel menus = new MenusViewModel();
    private Workspace workspace;
    private HistoryViews history;
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
        Scene scene =
                new Scene(root, Math.min(1360, screen.getWidth() * 0.92), Math.min(860, screen.getHeight() * 0.9));
        scene.getStylesheets().add(Styles.stylesheet());
        InterfaceLanguage.orient(scene);
        stage.setScene(scene);
        stage.titleProperty().unbind(); // a stage may come from a window that had a project open
        stage.setTitle(Messages.get("app.name"));
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

    /** The history views of the open project (compare, amendments, revisions), or null. */
    public HistoryViews history() {
        return history;
    }

    /** The open project's workspace, or null. */
    public Workspace workspace() {
        return workspace;
    }

    private MenuBar menuBar() {
        Menu file = new Menu(Messages.get("menu.file"));
        file.setId("menu-file");
        file.setOnShowing(e -> fillRecent());
        file.getItems()
                .addAll(
                        Actions.menuItem(StandardAction.NEW_PROJECT, this::newProject),
                        Actions.menuItem(
                                StandardAction.NEW_FROM_WORD,
                                () -> WordFileActions.newProjectFromWord(dialogs, settings.author(), this::open)),
                        Actions.menuItem(StandardAction.OPEN_PROJECT, this::chooseAndOpen),
                        recentMenu,
                        Actions.menuItem(StandardAction.OPEN_SAMPLE, this::openSample),
                        new SeparatorMenuItem(),
                        importInputs,
                        importStakeholders,
                        importDraft,
                        importProposals,
                        mergeCopy,
                        exportDocx,
                        new SeparatorMenuItem(),
                        saveCopy,
                        restoreBackup,
                        exportReport,
                        documentLanguage,
                        close,
                        new SeparatorMenuItem(),
                        Actions.menuItem(StandardAction.QUIT, this::quit));
        Menu edit = new Menu(Messages.get("menu.edit"));
        edit.setId("menu-edit");
        edit.getItems()
                .addAll(
                        undo,
                        redo,
                        new SeparatorMenuItem(),
                        linkSelection,
                        insertFootnote,
                        new SeparatorMenuItem(),
                        Actions.menuItem(StandardAction.PREFERENCES, this::editPreferences));
        Menu help = new Menu(Messages.get("menu.help"));
        help.setId("menu-help");
        help.getItems()
                .addAll(
                        Actions.menuItem(
                                StandardAction.USER_GUIDE,
                                () -> GuideWindow.show(stage, workspace == null ? null : workspace.currentView())),
                        new SeparatorMenuItem(),
                        Actions.menuItem(StandardAction.ABOUT, this::showAbout));
        bindProjectItems();
        return new MenuBar(file, edit, HistoryViews.menu(() -> history), help);
    }

    private MenuItem documentLanguageItem() {
        MenuItem item = new MenuItem(Messages.get("documentLanguage.menu"));
        item.setId("document-language");
        item.setOnAction(e -> {
            if (workspace != null) {
                org.penholder.ui.docx.DocumentLanguageAction.choose(workspace.session(), dialogs);
            }
        });
        return item;
    }

    private void insertFootnote() {
        if (workspace != null) {
            workspace.footnotes().insertAtCaret();
        }
    }

    private java.util.Optional<WordFileActions> wordFiles() {
        Workspace ws = workspace;
        return ws == null
                ? java.util.Optional.empty()
                : java.util.Optional.of(new WordFileActions(
                        ws.session(), dialogs, ws::flush, () -> ws.draft().reload()));
    }

    /** Shows the Amendments view with what it lists read again (after proposals were imported). */
    private void showProposals() {
        if (history != null && workspace != null) {
            history.amendmentsView().refresh();
            workspace.showView(HistoryViews.AMENDMENTS);
        }
    }

    /** File > Merge from Another Copy…; afterwards the draft reads again and the conflicts show (ui.merge). */
    private void mergeCopy() {
        Workspace ws = workspace;
        if (ws != null) {
            new MergeAction(ws.session(), dialogs, ws::flush, r -> MergePreviewDialog.confirm(stage, r), r -> {
                        ws.draft().reload();
                        if (history != null && !r.conflicts().isEmpty()) {
                            history.amendmentsView().showMergeConflicts(true);
                            ws.showView(HistoryViews.AMENDMENTS);
                        }
                    })
                    .start();
        }
    }

    private void fillRecent() {
        recentMenu.getItems().clear();
        for (Path p : settings.recentProjects()) {
            MenuItem item = new MenuItem(Messages.get("menu.openRecent.item", p.getFileName(), p.getParent()));
            item.setMnemonicParsing(false);
            item.setOnAction(e -> open(p));
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    /** The items that need a project, or one that can be changed, follow the menus' view model. */
    private void bindProjectItems() {
        for (MenuItem item : new MenuItem[] {
            importInputs,
            importStakeholders,
            linkSelection,
            insertFootnote,
            importProposals,
            mergeCopy,
            documentLanguage
        }) {
            item.disableProperty().bind(menus.writableProperty().not());
        }
        for (MenuItem item : new MenuItem[] {saveCopy, restoreBackup, exportReport, close, exportDocx, importDraft}) {
            item.disableProperty().bind(menus.openProperty().not());
        }
        undo.textProperty().bind(menus.undoTextProperty());
        redo.textProperty().bind(menus.redoTextProperty());
        undo.disableProperty().bind(menus.canUndoProperty().not());
        redo.disableProperty().bind(menus.canRedoProperty().not());
    }

    /** What the menus offer. */
    public MenusViewModel menus() {
        return menus;
    }

    /** Opens a project file in the window (closing the one open). */
    public CompletableFuture<Void> open(Path file) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        closeProject()
                .thenRun(() -> Platform.runLater(() -> {
                    root.setCenter(WelcomePane.busy(Messages.get("busy.opening", file.getFileName())));
                    Background.run(
                            () -> {
                                Project p = Project.open(file, Project.Access.WRITE_IF_FREE);
                                try {
                                    return new Opened(p, DraftState.read(p), p.credit());
                                } catch (RuntimeException e) {
                                    p.close();
                                    throw e;
                                }
                            },
                            opened -> show(opened, done),
                            error -> {
                                showWelcome();
                                if (!UntrustedFileOffer.offer(error, dialogs, this::open)) {
                                    dialogs.showError(Messages.get("error.open"), message(error));
                                }
                                done.completeExceptionally(error);
                            });
                }));
        return done;
    }

    private record Opened(Project project, DraftState state, String credit) {}

    /**
     * Shows an opened project in two steps, a frame apart: the workspace is built, then put in the
     * window and styled. Each step is a first time for much of JavaFX's code, and the window draws
     * and answers in between instead of freezing for both (docs/adr/0105).
     */
    private void show(Opened o, CompletableFuture<Void> done) {
        ProjectSession session = new ProjectSession(o.project(), Platform::runLater, settings::author);
        session.setOnError(
                e -> dialogs.showError(Messages.get("error.save"), Messages.get("error.save.detail", message(e))));
        session.setOnReadError(
                e -> dialogs.showError(Messages.get("error.read"), Messages.get("error.read.detail", message(e))));
        session.setOnRefused(why -> dialogs.showInformation(Messages.get("refused.title"), why));
        workspace = new Workspace(session, o.state(), o.credit());
        workspace.setOnSaveCopy(() -> saveCopy(true));
        BackupSchedule.start(session);
        history = new HistoryViews(
                session,
                workspace.draft(),
                dialogs,
                workspace::addView,
                workspace::showView,
                workspace::showParagraph,
                stage);
        workspace.whenCoverageReady(v -> v.setOnExportReport(this::exportReport));
        Workspace built = workspace;
        Platform.runLater(() -> {
            if (workspace == built) {
                place(o);
            }
            done.complete(null);
        });
    }

    private void place(Opened o) {
        root.setCenter(workspace);
        statusBar.follow(workspace.session());
        menus.follow(workspace.session());
        String fileName = o.project().file().getFileName().toString();
        var draftTitle = workspace.draft().titleProperty();
        stage.titleProperty()
                .bind(Bindings.createStringBinding(
                        () -> Messages.get("window.title", draftTitle.get(), fileName), draftTitle));
        settings.addRecent(o.project().file());
        settings.setProjectToReopen(o.project().file());
        settings.save();
        // the cursor goes in the draft: the draft's tab has its content in the scene once the tabs have their skin
        workspace.applyCss();
        workspace.editor().area().requestFocus();
    }

    /** Opens the sample project, writing it first if this person has none yet. */
    public CompletableFuture<Void> openSample() {
        Path sample = settings.sampleProject();
        if (Files.exists(sample)) {
            return open(sample);
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        root.setCenter(WelcomePane.busy(Messages.get("busy.writingSample")));
        Background.run(
                () -> {
                    Files.createDirectories(sample.getParent());
                    SampleProject.create(sample).close();
                    return sample;
                },
                p -> open(p).whenComplete((v, e) -> done.complete(null)),
                error -> {
                    showWelcome();
                    dialogs.showError(Messages.get("error.sample"), message(error));
                    done.completeExceptionally(error);
                });
        return done;
    }

    private void chooseAndOpen() {
        dialogs.chooseProjectToOpen().ifPresent(this::open);
    }

    private void newProject() {
        dialogs.askNewProject()
                .ifPresent(np -> dialogs.chooseFileToWrite(
                                Messages.get("newProject.file"), np.suggestedFileName(), ".penholder")
                        .ifPresent(file -> Background.run(
                                () -> {
                                    Project.create(file, np.title(), np.symbol(), np.documentLanguage())
                                            .close();
                                    return file;
                                },
                                this::open,
                                error -> dialogs.showError(Messages.get("error.create"), message(error)))));
    }

    /** Saves a copy of the open project; {@code offerToOpen} asks to open it (from the read-only banner). */
    private void saveCopy(boolean offerToOpen) {
        if (workspace == null) {
            return;
        }
        ProjectSession session = workspace.session();
        String name = Messages.get(
                "saveCopy.suggestedName",
                session.project().file().getFileName().toString().replace(".penholder", ""));
        dialogs.chooseFileToWrite(Messages.get("saveCopy.title"), name, ".penholder")
                .ifPresent(target -> {
                    workspace.flush();
                    session.submit(() -> {
                                session.project().saveCopy(target);
                                return target;
                            })
                            .thenAccept(t -> session.onUi(() -> {
                                if (!offerToOpen) {
                                    dialogs.showInformation(
                                            Messages.get("saveCopy.done"), Messages.get("saveCopy.done.detail", t));
                                } else if (dialogs.confirm(
                                        Messages.get("saveCopy.done"),
                                        Messages.get("saveCopy.openIt", t),
                                        Messages.get("saveCopy.open"))) {
                                    open(t);
                                }
                            }));
                });
    }

    private void restoreFromBackup() {
        if (workspace != null) {
            RestoreFromBackup.start(workspace.session(), dialogs, this::open);
        }
    }

    /** Exports the transparency report of a revision ({@code preferred}, or the one chosen in the coverage view). */
    private void exportReport(org.penholder.coverage.CoverageScope preferred) {
        if (workspace != null) {
            new ReportExport(stage, workspace.session(), dialogs)
                    .start(preferred != null ? preferred : workspace.coverage().scope());
        }
    }

    /** Writes what waits, closes the open project (off the UI thread) and shows the welcome pane. */
    public CompletableFuture<Void> closeProject() {
        if (workspace == null) {
            return CompletableFuture.completedFuture(null);
        }
        Workspace closing = workspace;
        workspace = null;
        history = null;
        closing.flush();
        stage.titleProperty().unbind();
        stage.setTitle(Messages.get("app.name"));
        menus.clear();
        statusBar.showNoProject();
        root.setCenter(WelcomePane.busy(Messages.get("busy.closing")));
        CompletableFuture<Void> done = new CompletableFuture<>();
        Background.run(
                () -> {
                    closing.session().close();
                    return null;
                },
                v -> {
                    showWelcome();
                    done.complete(null);
                },
                e -> {
                    showWelcome();
                    done.complete(null);
                });
        return done;
    }

    private void quit() {
        closeProject()
                .thenRun(() -> Platform.runLater(() -> {
                    stage.hide();
                    onQuit.run();
                }));
    }

    private void importInputs() {
        if (workspace != null) {
            workspace.showView(Workspace.INPUTS);
            workspace.inputs().importFiles();
        }
    }

    private void importStakeholders() {
        if (workspace != null) {
            workspace.showView(org.penholder.ui.inputs.StakeholdersView.NAME);
            workspace.stakeholders().importCsv();
        }
    }

    private void linkSelection() {
        if (workspace != null) {
            workspace.inputs().linkSelection();
        }
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

    /** Close chosen by the person: the next start shows the welcome screen rather than this project. */
    private void closeByChoice() {
        settings.setProjectToReopen(null);
        settings.save();
        closeProject();
    }

    /** Edit > Preferences: a theme picked shows at once, and goes back if the person cancels. */
    public void editPreferences() {
        UserSettings.Theme before = settings.theme();
        dialogs.editPreferences(settings.preferences(), Themes::apply)
                .ifPresentOrElse(
                        p -> {
                            settings.setPreferences(p);
                            settings.save();
                            Themes.apply(p.theme());
                            statusBar.showAuthor(settings.author(), settings.hasAuthor());
                            showWelcome();
                        },
                        () -> Themes.apply(before));
    }

    /** Help > About. */
    public void showAbout() {
        dialogs.showAbout(AboutInfo.current(System.getProperty("javafx.runtime.version", "")));
    }

    private void showWelcome() {
        if (workspace == null) {
            root.setCenter(new WelcomePane(
                    settings.recentProjects(),
                    !settings.hasAuthor(),
                    new WelcomePane.Handlers(
                            this::openSample,
                            this::newProject,
                            this::chooseAndOpen,
                            this::open,
                            this::editPreferences)));
        }
    }

    static String message(Throwable e) {
        return DialogService.messageOf(e);
    }
}
