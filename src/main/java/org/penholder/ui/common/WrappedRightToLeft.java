package org.penholder.ui.common;

import javafx.beans.InvalidationListener;
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
 * with an ellipsis), its whole text in a tooltip, as soon as it shows such text (docs/adr/0171). Text of the
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

    /** Unwraps the right-to-left labels of a scene, and those it shows later, as they come. */
    public static void guard(Scene scene) {
        if (scene.getRoot() != null) {
            watch(scene.getRoot());
        }
        if (scene.getProperties().putIfAbsent(WrappedRightToLeft.class, true) == null) {
            scene.rootProperty().addListener((o, was, now) -> {
                if (now != null) {
                    watch(now);
                }
            });
        }
    }

    /**
     * Follows a node and what it comes to hold: labels as their text changes, parents as children
     * come (cells are made during a layout, after any pulse listener), so no wrapped right-to-left
     * label ever reaches a layout.
     */
    static void watch(Node node) {
        if (node.getProperties().putIfAbsent(WrappedRightToLeft.class, true) != null) {
            return;
        }
        if (node instanceof Labeled l) {
            InvalidationListener fix = o -> unwrap(l);
            l.textProperty().addListener(fix);
            l.wrapTextProperty().addListener(fix);
            unwrap(l);
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(WrappedRightToLeft::watch);
            p.getChildrenUnmodifiable().addListener((ListChangeListener<Node>) c -> {
                while (c.next()) {
                    c.getAddedSubList().forEach(WrappedRightToLeft::watch);
                }
            });
        }
    }

    private static void unwrap(Labeled l) {
        if (l.isWrapText() && l.getText() != null && RtlSafeText.hasRightToLeft(l.getText())) {
            l.setWrapText(false);
            if (l.getTooltip() == null) {
                Tooltip tip = new Tooltip();
                tip.textProperty().bind(l.textProperty());
                l.setTooltip(tip);
            }
        }
    }
}
