package org.penholder.ui.main;

import static org.penholder.ui.main.PseudoTranslation.checkWindow;
import static org.penholder.ui.main.PseudoTranslation.checkWindows;
import static org.penholder.ui.main.PseudoTranslation.settle;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the pseudo-translation tests do with an action of the window: start it, wait for each window
 * it opens in turn (a condition, never a time), check that window's words, and answer it as a
 * person would.
 */
final class DialogWalk {

    /**
     * What is pressed in a window the action opened: Cancel (or the only button), OK; or NONE,
     * alone: the action opens no window but changes what the main window shows.
     */
    enum Press {
        CANCEL,
        OK,
        NONE
    }

    private DialogWalk() {}

    /**
     * Does {@code action} on the FX thread without waiting for it (a dialog's showAndWait holds it),
     * then, for each press, waits for the next window it opens, checks it and presses.
     */
    static void walk(
            FxRobot robot, Workspace ws, String what, Runnable action, List<Press> presses, Set<String> outside)
            throws Exception {
        Set<Window> before =
                WaitForAsyncUtils.asyncFx(() -> Set.copyOf(Window.getWindows())).get(10, TimeUnit.SECONDS);
        Platform.runLater(action);
        if (presses.equals(List.of(Press.NONE))) {
            settle(robot, ws);
            robot.interact(() -> checkWindows(what, outside));
            return;
        }
        for (Press press : presses) {
            Window w = nextWindow(what, before);
            robot.interact(() -> {
                w.getScene().getRoot().applyCss();
                w.getScene().getRoot().layout();
            });
            settle(robot, ws);
            robot.interact(() -> checkWindow(w, what, outside));
            robot.interact(() -> press(w, press));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !w.isShowing());
        }
        settle(robot, ws);
    }

    /** The next window shown that was not there before, but pop-ups and progress. */
    private static Window nextWindow(String what, Set<Window> before) throws Exception {
        Window[] found = new Window[1];
        try {
            WaitForAsyncUtils.waitFor(
                    60,
                    TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.asyncFx(() -> {
                                for (Window w : Window.getWindows()) {
                                    if (!before.contains(w)
                                            && w.isShowing()
                                            && !(w instanceof PopupWindow)
                                            && w.getScene() != null
                                            && w.getScene().getRoot().lookup(".progress-bar") == null) {
                                        found[0] = w;
                                        return true;
                                    }
                                }
                                return false;
                            })
                            .get(10, TimeUnit.SECONDS));
        } catch (TimeoutException e) {
            throw new AssertionError(what + " opened no window", e);
        }
        return found[0];
    }

    private static void press(Window w, Press press) {
        if (w.getScene().getRoot() instanceof DialogPane pane) {
            ButtonType type = pane.getButtonTypes().stream()
                    .filter(t -> press == Press.OK
                            ? t.getButtonData().isDefaultButton()
                            : t.getButtonData().isCancelButton())
                    .findFirst()
                    .orElse(pane.getButtonTypes().getFirst());
            ((Button) pane.lookupButton(type)).fire();
        } else if (w instanceof Stage s) {
            s.close();
        }
    }
}
