package org.penholder.ui.common;

import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.stage.Window;

/**
 * The words of JavaFX's own dialog buttons (OK, Cancel, Close ...) in the interface's language.
 * JavaFX translates them into French and Spanish, but not into Arabic or Russian, and into Chinese
 * only for a computer set to China or Taiwan: an Arabic dialog said "Cancel". Every dialog shown
 * gets them from the messages instead ({@code button.NAME}), whatever created it.
 */
public final class StandardButtons {

    private static final Map<ButtonType, String> KEYS = Map.of(
            ButtonType.OK, "button.ok",
            ButtonType.CANCEL, "button.cancel",
            ButtonType.CLOSE, "button.close",
            ButtonType.YES, "button.yes",
            ButtonType.NO, "button.no",
            ButtonType.APPLY, "button.apply");

    private static boolean installed;

    private StandardButtons() {}

    /** Names the standard buttons of every dialog shown from now on; call on the FX thread. */
    public static void inEveryDialog() {
        if (installed) {
            return;
        }
        installed = true;
        Window.getWindows().addListener((ListChangeListener<Window>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(StandardButtons::name);
            }
        });
    }

    private static void name(Window w) {
        if (w.getScene() != null && w.getScene().getRoot() instanceof DialogPane pane) {
            for (ButtonType type : pane.getButtonTypes()) {
                String key = KEYS.get(type);
                Node button = pane.lookupButton(type);
                if (key != null && button instanceof Labeled l && l.getText().equals(type.getText())) {
                    l.setText(Messages.get(key)); // a text the code set (Import, Save) stays
                }
            }
        }
    }
}
