package org.penholder.ui.coverage;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.penholder.ui.main.MainWindow;

/**
 * Opens a project with the coverage view in front, for a screenshot with {@code look.sh}:
 * {@code java -cp target/classes:target/test-classes:target/lib/* org.penholder.ui.coverage.CoverageScreenshot FILE [TAB]},
 * TAB being the index of the coverage view's tab (0 uptake, 1 not reflected, 2 paragraphs, 3 report).
 */
public final class CoverageScreenshot {

    private CoverageScreenshot() {}

    public static void main(String[] args) {
        // the main class must not be an Application, or the launcher asks for JavaFX modules
        Application.launch(App.class, args);
    }

    /** The window, with the coverage view in front. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            MainWindow window = org.penholder.ui.ShowcaseWindow.window(stage);
            stage.show();
            var args = getParameters().getUnnamed();
            int tab = args.size() > 1 ? Integer.parseInt(args.get(1)) : 0;
            window.open(Path.of(args.get(0)))
                    .thenRun(() -> Platform.runLater(() -> {
                        window.workspace().showView(CoverageView.NAME);
                        CoverageView view = window.workspace().coverage();
                        view.tabs().getSelectionModel().select(tab);
                        view.viewModel()
                                .coverageProperty()
                                .addListener((o, a, c) -> Platform.runLater(() -> view.unreflectedPane()
                                        .tableView()
                                        .getSelectionModel()
                                        .select(0)));
                    }));
        }
    }
}
