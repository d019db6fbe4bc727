package org.penholder.ui.main;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.penholder.model.Author;
import org.penholder.ui.ProjectSession;
import org.penholder.ui.common.Messages;

/** The foot of the window: whether everything is saved, and who is drafting. */
public final class StatusBar extends HBox {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private final Label saved = new Label();
    private final Hyperlink author = new Hyperlink();

    public StatusBar(Runnable editAuthor) {
        setId("status-bar");
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(12);
        setPadding(new Insets(3, 10, 3, 10));
        saved.setId("save-state");
        author.setId("author-link");
        author.setOnAction(e -> editAuthor.run());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        getChildren().addAll(saved, gap, author);
        showNoProject();
    }

    public void showNoProject() {
        saved.setText(Messages.get("status.noProject"));
        saved.setGraphic(null);
        saved.getStyleClass().setAll("label", "save-state");
    }

    /** Follows a session's save state. */
    public void follow(ProjectSession session) {
        Runnable update = () -> {
            switch (session.saveStateProperty().get()) {
                case SAVED -> {
                    var at = session.lastSavedProperty().get();
                    saved.setText(
                            session.project().isReadOnly()
                                    ? Messages.get("status.readOnly")
                                    : at == null
                                            ? Messages.get("status.saved")
                                            : Messages.get("status.savedAt", TIME.format(at)));
                    saved.setGraphic(new FontIcon(Material2AL.CHECK_CIRCLE_OUTLINE));
                    saved.getStyleClass().setAll("label", "save-state", "saved");
                }
                case SAVING -> {
                    saved.setText(Messages.get("status.saving"));
                    saved.setGraphic(new FontIcon(Material2MZ.SYNC));
                    saved.getStyleClass().setAll("label", "save-state", "saving");
                }
                case FAILED -> {
                    saved.setText(Messages.get("status.failed"));
                    saved.setGraphic(new FontIcon(Material2AL.ERROR_OUTLINE));
                    saved.getStyleClass().setAll("label", "save-state", "failed");
                }
            }
        };
        session.saveStateProperty().addListener((o, a, b) -> update.run());
        session.lastSavedProperty().addListener((o, a, b) -> update.run());
        update.run();
    }

    public void showAuthor(Author a, boolean chosen) {
        author.setText(
                chosen ? Messages.get("status.author", a.display()) : Messages.get("status.authorUnset", a.name()));
    }
}
