package org.penholder.ui.main;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.penholder.ui.common.Messages;
import org.penholder.ui.common.StandardAction;

/**
 * What the window shows with no project open (on first run, and after closing a project): the
 * ways to start (the sample project, a new project, a file) and the recent projects.
 */
final class WelcomePane extends ScrollPane {

    /** What the welcome pane can ask the window to do. */
    record Handlers(
            Runnable openSample,
            Runnable newProject,
            Runnable open,
            Consumer<Path> openRecent,
            Runnable editPreferences) {}

    WelcomePane(List<Path> recent, boolean askForName, Handlers actions) {
        setId("welcome");
        getStyleClass().add("welcome");
        setFitToWidth(true);
        setFitToHeight(true);

        VBox column = new VBox(22);
        column.getStyleClass().add("welcome-column");
        column.setMaxWidth(780);
        column.setPadding(new Insets(48, 32, 32, 32));
        column.getChildren().add(header());

        HBox tiles = new HBox(
                14,
                tile(StandardAction.OPEN_SAMPLE, "welcome.sample.caption", actions.openSample(), "welcome-sample"),
                tile(StandardAction.NEW_PROJECT, "welcome.new.caption", actions.newProject(), "welcome-new"),
                tile(StandardAction.OPEN_PROJECT, "welcome.open.caption", actions.open(), "welcome-open"));
        tiles.getChildren().get(0).getStyleClass().add("accent");
        column.getChildren().add(tiles);

        if (askForName) {
            column.getChildren().add(nameHint(actions.editPreferences()));
        }
        column.getChildren().addAll(recentProjects(recent, actions.openRecent()));

        VBox page = new VBox(column);
        page.setAlignment(Pos.TOP_CENTER);
        page.getStyleClass().add("welcome-page");
        setContent(page);
    }

    private static HBox header() {
        ImageView icon = new ImageView(new Image(
                WelcomePane.class
                        .getResource("/org/penholder/icons/penholder-128.png")
                        .toExternalForm(),
                72,
                72,
                true,
                true));
        Label title = new Label(Messages.get("app.name"));
        title.getStyleClass().add("welcome-title");
        Label subtitle = new Label(Messages.get("app.tagline"));
        subtitle.getStyleClass().add("welcome-subtitle");
        subtitle.setWrapText(true);
        VBox words = new VBox(2, title, subtitle);
        words.setAlignment(Pos.CENTER_LEFT);
        HBox header = new HBox(18, icon, words);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private static Button tile(StandardAction action, String captionKey, Runnable handler, String id) {
        Label name = new Label(action.text().replace("…", "").strip());
        name.getStyleClass().add("welcome-tile-name");
        name.setWrapText(true);
        Label caption = new Label(Messages.get(captionKey));
        caption.getStyleClass().add("welcome-tile-caption");
        caption.setWrapText(true);
        FontIcon icon = new FontIcon(action.icon());
        icon.getStyleClass().add("welcome-tile-icon");
        VBox content = new VBox(6, icon, name, caption);
        Button tile = new Button(null, content);
        // A button sizes its graphic without a width, which gave wrapped words the height of one line
        // each and cut them ("Открыть пример …"): at each width, the tile is as high as its words need.
        tile.widthProperty().addListener((o, before, width) -> {
            Insets in = tile.getInsets();
            tile.setMinHeight(in.getTop()
                    + content.prefHeight(width.doubleValue() - in.getLeft() - in.getRight())
                    + in.getBottom());
        });
        tile.setId(id);
        tile.getStyleClass().add("welcome-tile");
        tile.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        tile.setAlignment(Pos.TOP_LEFT);
        tile.setMaxWidth(Double.MAX_VALUE);
        // the tile's words stand in for its text, for screen readers
        tile.setAccessibleText(name.getText() + ". " + caption.getText());
        HBox.setHgrow(tile, Priority.ALWAYS);
        tile.setOnAction(e -> handler.run());
        return tile;
    }

    private static HBox nameHint(Runnable editPreferences) {
        FontIcon icon = new FontIcon(Material2AL.ACCOUNT_CIRCLE);
        Label text = new Label(Messages.get("welcome.author.prompt"));
        text.setWrapText(true);
        Hyperlink set = new Hyperlink(Messages.get("welcome.author.action"));
        set.setId("welcome-set-name");
        set.setOnAction(e -> editPreferences.run());
        // the prompt wraps, the link is never cut ("Указать свое и…")
        set.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox hint = new HBox(8, icon, text, set);
        hint.setAlignment(Pos.CENTER_LEFT);
        hint.getStyleClass().add("welcome-hint");
        return hint;
    }

    private static List<javafx.scene.Node> recentProjects(List<Path> recent, Consumer<Path> openRecent) {
        Label heading = new Label(Messages.get("welcome.recent"));
        heading.getStyleClass().add("panel-heading");
        VBox list = new VBox(2);
        list.setId("welcome-recent");
        if (recent.isEmpty()) {
            Label none = new Label(Messages.get("welcome.recent.none"));
            none.getStyleClass().add("welcome-muted");
            list.getChildren().add(none);
        }
        for (Path p : recent) {
            Label name = new Label(p.getFileName().toString());
            name.getStyleClass().add("recent-name");
            Label folder = new Label(p.getParent() == null ? "" : p.getParent().toString());
            folder.getStyleClass().add("welcome-muted");
            folder.setTextOverrun(javafx.scene.control.OverrunStyle.LEADING_ELLIPSIS);
            HBox row = new HBox(12, new FontIcon(Material2AL.DESCRIPTION), name, folder);
            row.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(folder, Priority.ALWAYS);
            Button entry = new Button(null, row);
            entry.getStyleClass().addAll("recent-project", "flat");
            entry.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            entry.setAlignment(Pos.CENTER_LEFT);
            entry.setMaxWidth(Double.MAX_VALUE);
            entry.setMnemonicParsing(false);
            entry.setAccessibleText(p.toString());
            entry.setTooltip(new Tooltip(p.toString()));
            entry.setOnAction(e -> openRecent.accept(p));
            list.getChildren().add(entry);
        }
        return List.of(heading, list);
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
}
