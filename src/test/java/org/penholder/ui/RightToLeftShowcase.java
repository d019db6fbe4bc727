package org.penholder.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.penholder.history.RevisionService;
import org.penholder.ui.coverage.CoverageView;
import org.penholder.ui.history.CompareView;
import org.penholder.ui.history.CompareViewModel;
import org.penholder.ui.history.HistoryViews;
import org.penholder.ui.main.MainWindow;
import org.penholder.ui.main.Workspace;

/**
 * The window on a fresh {@link RightToLeftProject}, one view in front, for a screenshot
 * (../shared/look.sh): {@code draft}, {@code reader}, {@code search}, {@code coverage},
 * {@code amendments}, {@code log}, {@code stakeholders}, {@code compare}, {@code inline}, {@code history}, {@code revision}.
 * Not a test: a way to look at Arabic and Hebrew in the views.
 */
public final class RightToLeftShowcase {

    private RightToLeftShowcase() {}

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The window (a class of its own: the launcher refuses a main class that is an Application). */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            Path file = Files.createTempDirectory("rtl-showcase").resolve("rtl.penholder");
            RightToLeftProject made = new RightToLeftProject(file);
            made.project.close();
            MainWindow window = ShowcaseWindow.window(stage);
            stage.setWidth(1400);
            stage.setHeight(900);
            stage.show();
            String what = getParameters().getUnnamed().isEmpty()
                    ? "draft"
                    : getParameters().getUnnamed().get(0);
            window.open(file)
                    .thenRun(() -> Platform.runLater(() -> {
                        Workspace ws = window.workspace();
                        PauseTransition later = new PauseTransition(Duration.seconds(2));
                        later.setOnFinished(e -> show(what, window, ws, made));
                        later.play();
                    }));
        }

        private static void show(String what, MainWindow window, Workspace ws, RightToLeftProject made) {
            switch (what) {
                case "reader" -> {
                    ws.showParagraph(made.op1);
                    ws.showView(Workspace.INPUTS);
                    ws.inputs().open(made.egypt, null);
                }
                case "search" -> {
                    ws.showView(Workspace.INPUTS);
                    ws.inputs().searchField().setText("الاتصال");
                }
                case "coverage" -> {
                    ws.showView(CoverageView.NAME);
                    Platform.runLater(() -> {
                        var tabs = (javafx.scene.control.TabPane) ws.getScene().lookup("#coverage-tabs");
                        tabs.getSelectionModel().select(1);
                        Platform.runLater(() -> {
                            @SuppressWarnings("unchecked")
                            var table = (javafx.scene.control.TableView<org.penholder.model.InputCoverage>)
                                    ws.getScene().lookup("#unreflected-table");
                            table.getItems().stream()
                                    .filter(i -> i.id() == made.league)
                                    .findFirst()
                                    .ifPresent(i -> table.getSelectionModel().select(i));
                        });
                    });
                }
                case "report" -> {
                    ws.showView(CoverageView.NAME);
                    Platform.runLater(
                            () -> ((javafx.scene.control.TabPane) ws.getScene().lookup("#coverage-tabs"))
                                    .getSelectionModel()
                                    .select(3));
                }
                case "amendments" -> {
                    ws.showView(HistoryViews.AMENDMENTS);
                    PauseTransition p = new PauseTransition(Duration.seconds(1));
                    p.setOnFinished(e -> window.history()
                            .amendmentsView()
                            .table()
                            .getSelectionModel()
                            .selectFirst());
                    p.play();
                }
                case "stakeholders" -> ws.showView(org.penholder.ui.inputs.StakeholdersView.NAME);
                case "log" -> {
                    ws.showView(HistoryViews.AMENDMENTS);
                    Platform.runLater(
                            () -> ((javafx.scene.control.TabPane) ws.getScene().lookup("#amendments-view .tab-pane"))
                                    .getSelectionModel()
                                    .select(1));
                }
                case "compare", "inline" -> {
                    ws.showView(HistoryViews.COMPARE);
                    CompareView compare = window.history().compareView();
                    compare.compareRevisions(RightToLeftProject.ZERO_DRAFT, RevisionService.CURRENT);
                    if (what.equals("inline")) {
                        compare.modeProperty().set(CompareViewModel.Mode.INLINE);
                    }
                }
                case "history" -> {
                    ws.showParagraph(made.op1);
                    window.history().showHistory();
                }
                case "revision" -> window.history().openRevision(RightToLeftProject.ZERO_DRAFT);
                default -> ws.showParagraph(made.op1);
            }
        }
    }
}
