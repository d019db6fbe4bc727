package org.penholder.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.penholder.ui.main.MainWindow;
import org.penholder.ui.main.Workspace;

/**
 * The benchmark's probe ({@code -Dpenholder.startup.probe=true}): once the draft is laid out in the
 * showing window, with paragraphs on screen and the keyboard focus in it, prints "shown after N ms" (from
 * the process's start) on stdout and quits. Opening the project is not enough: the first layout of
 * the workspace (its stylesheets, the editor's paragraphs) is part of what a person waits for.
 */
final class StartupProbe {

    static final String PROPERTY = "penholder.startup.probe";

    private StartupProbe() {}

    static boolean requested() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Reports when the project being opened shows its draft, or that it failed. */
    static void reportWhenShown(MainWindow window, CompletableFuture<Void> opened) {
        opened.whenComplete((v, e) -> Platform.runLater(() -> {
            if (e != null || window.workspace() == null) {
                report("failed: " + (e == null ? "no project open" : e.getMessage()), window);
                return;
            }
            Scene scene = window.stage().getScene();
            Runnable[] check = new Runnable[1];
            check[0] = () -> {
                if (draftOnScreen(window)) {
                    scene.removePostLayoutPulseListener(check[0]);
                    // after this pulse: the laid-out scene goes to the renderer as the pulse ends
                    Platform.runLater(() -> report("shown after " + sinceProcessStart() + " ms", window));
                } else {
                    Platform.requestNextPulse();
                }
            };
            scene.addPostLayoutPulseListener(check[0]);
            Platform.requestNextPulse();
        }));
    }

    private static boolean draftOnScreen(MainWindow window) {
        Workspace ws = window.workspace();
        if (ws == null || !window.stage().isShowing()) {
            return false;
        }
        var area = ws.editor().area();
        return area.getWidth() > 0
                && area.getHeight() > 0
                && !area.getVisibleParagraphs().isEmpty()
                && window.stage().getScene().getFocusOwner() == area;
    }

    private static long sinceProcessStart() {
        Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        return Duration.between(started, Instant.now()).toMillis();
    }

    private static void report(String line, MainWindow window) {
        System.out.println(line);
        System.out.flush();
        window.setOnQuit(Platform::exit);
        window.closeProject().whenComplete((x, y) -> Platform.runLater(Platform::exit));
    }
}
