package org.penholder.ui.main;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.penholder.ui.common.StandardAction;

/** What the window shows with no project open: the ways to open one, and recent projects. */
final class WelcomePane extends VBox {

    WelcomePane(List<Path> recent, Runnable openSample, Runnable newProject, Runnable open, Consumer<Path> openRecent) {
        setId("welcome");
        getStyleClass().add("welcome");
        setAlignment(Pos.CENTER);
        setSpacing(14);
        setPadding(new Insets(40));
        Label title = new Label("Penholder");
        title.getStyleClass().add("welcome-title");
        Label subtitle = new Label("A drafting desk for intergovernmental outcome documents");
        subtitle.getStyleClass().add("welcome-subtitle");
        HBox buttons = new HBox(10, button(StandardAction.OPEN_SAMPLE, openSample, "welcome-sample"),
                button(StandardAction.NEW_PROJECT, newProject, "welcome-new"),
                button(StandardAction.OPEN_PROJECT, open, "welcome-open"));
        buttons.setAlignment(Pos.CENTER);
        getChildren().addAll(title, subtitle, buttons);
        if (!recent.isEmpty()) {
            Label heading = new Label("Recent projects");
            heading.getStyleClass().add("panel-heading");
            VBox list = new VBox(2);
            list.setAlignment(Pos.CENTER);
            for (Path p : recent) {
                Hyperlink link = new Hyperlink(p.getFileName() + "   " + p.getParent());
                link.setOnAction(e -> openRecent.accept(p));
                list.getChildren().add(link);
            }
            getChildren().addAll(heading, list);
        }
    }

    /** A pane saying what is being opened. */
    static VBox busy(String what) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(48, 48);
        Label label = new Label(what);
        VBox box = new VBox(12, spinner, label);
        box.setAlignment(Pos.CENTER);
        box.setId("busy");
        return box;
    }

    private static Button button(StandardAction action, Runnable handler, String id) {
        Button b = new Button(action.text().replace("…", "").replace("Open the ", "Open the ").strip(), new FontIcon(action.icon()));
        b.setId(id);
        b.setOnAction(e -> handler.run());
        return b;
    }
}
