package org.penholder.ui.inputs;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.penholder.ui.main.MainWindow;
import org.penholder.ui.main.Workspace;

/**
 * Opens a project on the Inputs view for a screenshot (not a test): with a search typed
 * ({@code search QUERY}), with an input open in the reader ({@code reader TITLE}), or with the
 * report of an import of files ({@code import FILE...}).
 * Run under ../shared/look.sh with the test classes on the class path.
 */
public final class InputsScreenshot extends Application {

    /** Starts it (a class that is not an Application, so the launcher does not look for JavaFX modules). */
    public static final class Launch {
        public static void main(String[] args) {
            Application.launch(InputsScreenshot.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        var args = getParameters().getUnnamed();
        MainWindow window = org.penholder.ui.ShowcaseWindow.window(stage);
        stage.setWidth(1560);
        stage.setHeight(960);
        stage.show();
        window.open(Path.of(args.get(0)))
                .thenRun(() -> Platform.runLater(() -> {
                    Workspace ws = window.workspace();
                    ws.showView(Workspace.INPUTS);
                    InputsView inputs = ws.inputs();
                    if (args.get(1).equals("import")) {
                        // the files after "import": read at once, then the report of what was left out and why
                        inputs.viewModel()
                                .startImport(
                                        args.subList(2, args.size()).stream()
                                                .map(Path::of)
                                                .toList(),
                                        org.penholder.ingest.ImportDetails.NONE);
                    } else if (args.get(1).equals("search")) {
                        inputs.searchField().setText(args.get(2));
                        delay(4000, () -> inputs.table().getSelectionModel().select(0));
                    } else {
                        inputs.viewModel()
                                .refresh()
                                .thenRun(() -> Platform.runLater(() -> {
                                    for (int i = 0;
                                            i < inputs.table().getItems().size();
                                            i++) {
                                        if (inputs.table()
                                                .getItems()
                                                .get(i)
                                                .row()
                                                .input()
                                                .title()
                                                .equals(args.get(2))) {
                                            inputs.table().getSelectionModel().select(i);
                                            long id = inputs.table()
                                                    .getItems()
                                                    .get(i)
                                                    .id();
                                            delay(1200, () -> {
                                                var links = inputs.reader().links();
                                                if (!links.isEmpty()) {
                                                    ws.draft()
                                                            .currentParagraphProperty()
                                                            .set(links.getFirst()
                                                                    .paragraphId());
                                                    inputs.open(id, null);
                                                }
                                            });
                                        }
                                    }
                                }));
                    }
                }));
    }

    private static void delay(int ms, Runnable r) {
        javafx.animation.PauseTransition p = new javafx.animation.PauseTransition(javafx.util.Duration.millis(ms));
        p.setOnFinished(e -> r.run());
        p.play();
    }
}
