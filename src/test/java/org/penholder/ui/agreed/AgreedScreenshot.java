package org.penholder.ui.agreed;

import java.nio.file.Path;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.penholder.ui.main.MainWindow;

/**
 * Opens a project for a screenshot of agreed language (../shared/look.sh): {@code FILE draft LABEL}
 * selects a paragraph and shows the agreed wording apart ({@code FILE draft LABEL TEXT} then types
 * TEXT over it); {@code FILE texts} shows the Agreed Texts view. Not a test: a way to look at what the tests check.
 */
public final class AgreedScreenshot {

    private AgreedScreenshot() {}

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The window on the project, with the view asked for. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            MainWindow window = org.penholder.ui.ShowcaseWindow.window(stage);
            stage.setWidth(1560);
            stage.setHeight(960);
            stage.show();
            var args = getParameters().getUnnamed();
            window.open(Path.of(args.get(0)));
            PauseTransition later = new PauseTransition(Duration.seconds(3));
            later.setOnFinished(e -> {
                var ws = window.workspace();
                if (ws == null) {
                    later.playFromStart(); // still opening
                    return;
                }
                if (args.size() > 1 && args.get(1).equals("texts")) {
                    ws.showView(AgreedTextsView.NAME);
                    PauseTransition select = new PauseTransition(Duration.seconds(1.5));
                    select.setOnFinished(x -> {
                        ws.agreed().view().textList().getSelectionModel().select(0);
                    });
                    select.play();
                    return;
                }
                String label = args.size() > 2 ? args.get(2) : null;
                ws.draft().outline().stream()
                        .filter(r -> r.kind().isParagraph()
                                && r.label().replace(".", "").equals(label))
                        .findFirst()
                        .ifPresent(r -> ws.showParagraph(r.id()));
                ws.agreed().pane().showSpansToggle().setSelected(true);
                if (args.size() > 3) {
                    // an edit that takes the paragraph away from its source, typed into the editor
                    PauseTransition edit = new PauseTransition(Duration.seconds(2));
                    edit.setOnFinished(x -> {
                        var area = ws.editor().area();
                        int line = area.getCurrentParagraph();
                        area.replaceText(line, 0, line, area.getParagraphLength(line), args.get(3));
                    });
                    edit.play();
                }
            });
            later.play();
        }
    }
}
