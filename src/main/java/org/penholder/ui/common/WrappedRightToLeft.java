package org.penholder.ui.common;

import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.LabelSkin;
import javafx.stage.Window;

/**
 * Keeps the window's own Arabic words from breaking its layout: JavaFX throws at every layout pulse
 * when a wrapped label's line breaks inside right-to-left text (docs/adr/0060). In a window whose
 * interface is Arabic, a wrapping {@link Label} that shows text holding right-to-left letters
 * draws it through a {@link SafeLabelSkin}, whole, on as many lines as it needs (docs/adr/0177);
 * any other wrapping labeled (a check box, a cell, a label with a graphic) is made one line, cut
 * with an ellipsis, its whole text in a tooltip (docs/adr/0171). A label showing text written left
 * to right (English words of a service) is laid out left to right, so its full stop stays at its
 * end. Text of the project goes through {@link RtlSafeText} and {@link SafeLine} as before.
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
            InvalidationListener fix = o -> fit(l);
            l.textProperty().addListener(fix);
            l.wrapTextProperty().addListener(fix);
            l.graphicProperty().addListener(fix);
            l.contentDisplayProperty().addListener(fix);
            fit(l);
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

    /** Shows a labeled's text safely: wrapped through a flow where it can, else on one line. */
    static void fit(Labeled l) {
        if (l instanceof Label label) {
            RtlSafeText.keepLeftToRight(label, label.getText());
            if (SafeLabelSkin.needsFlow(label)) {
                // the theme's stylesheet gives labels this skin; a scene without it gets it here
                if (label.getSkin() == null || label.getSkin().getClass() == LabelSkin.class) {
                    label.setSkin(new SafeLabelSkin(label));
                }
                if (label.getSkin() instanceof SafeLabelSkin) {
                    return;
                }
            }
        }
        if (l.isWrapText() && RtlSafeText.hasRightToLeft(l.getText())) {
            unwrap(l);
        }
    }

    private static void unwrap(Labeled l) {
        l.setWrapText(false);
        if (l.getTooltip() == null) {
            Tooltip tip = new Tooltip();
            tip.textProperty().bind(l.textProperty());
            l.setTooltip(tip);
        }
    }
}
