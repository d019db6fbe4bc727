package org.penholder.ui.main;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import org.penholder.ui.ProjectSession;

/**
 * The window's share of automatic backups: one at open when the last is over an hour old, then a
 * look every few minutes for an hourly one while the project changes. Each runs on the project's
 * own thread (a backup reads the project; typing written meanwhile waits its turn there, the UI
 * thread never does) and stops when the project is closed.
 */
final class BackupSchedule {

    /** How often the window asks whether an hourly backup is due. */
    static final Duration LOOK_EVERY = Duration.minutes(5);

    private BackupSchedule() {}

    static void start(ProjectSession session) {
        session.read(() -> session.project().backups().atOpen());
        Timeline timeline = new Timeline();
        timeline.getKeyFrames().add(new KeyFrame(LOOK_EVERY, e -> {
            if (session.read(() -> session.project().backups().hourly()).isCancelled()) {
                timeline.stop(); // the project was closed
            }
        }));
        timeline.setCycleCount(Timeline.INDEFINITE);
        timeline.play();
    }
}
