package org.penholder.ui.common;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.stage.Window;

/**
 * Keeps the window's own Arabic words from breaking its layout: JavaFX throws at every layout pulse
 * when a wrapped label's line breaks inside right-to-left text (docs/adr/0060). In a window whose
 * interface is Arabic, a label that wraps text holding right-to-left letters is made one line (cut
 * with an ellipsis), its whole text in a tooltip, before each layout (docs/adr/0171). Text of the
 * project goes through {@link RtlSafeText} and {@link SafeLine} as before.
 */
public final class WrappedRightToLeft {

    private static boolean installed;

    private WrappedRightToLeft() {}

    /** Watches every window, now and to come (dialogs too); call once on the FX thread. */
    public static void guardEveryWindow() {
        if (installed) {
            return;
        }
        installed = true;
        Window.getWindows().forEach(WrappedRightToLeft::guard);
        Window.getWindows().addListener((ListChangeListener<Window>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(WrappedRightToLeft::guard);
            }
        });
    }

    private static void guard(Window w) {
        if (w.getScene() != null) {
            guard(w.getScene());
        }
        w.sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                guard(now);
            }
        });
    }

    /** Unwraps the right-to-left labels of a scene before each of its layouts. */
    public static void guard(Scene scene) {
        if (scene.getProperties().putIfAbsent(WrappedRightToLeft.class, Boolean.TRUE) == null) {
            scene.addPreLayoutPulseListener(() -> {
                if (scene.getRoot() != null) {
                    unwrap(scene.getRoot());
                }
            });
        }
    }

    static void unwrap(Node node) {
        if (node instanceof Labeled l
                && l.isWrapText()
                && l.getText() != null
                && RtlSafeText.hasRightToLeft(l.getText())) {
            l.setWrapText(false);
            if (l.getTooltip() == null) {
                Tooltip tip = new Tooltip();
                tip.textProperty().bind(l.textProperty());
                tip.setWrapText(false);
                l.setTooltip(tip);
            }
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                unwrap(child);
            }
        }
    }
}
