package org.penholder.ui.common;

import java.util.Locale;
import javafx.scene.control.MenuItem;
import org.kordamp.ikonli.javafx.FontIcon;

/** Builds menu items from {@link StandardAction}s. */
public final class Actions {

    private Actions() {}

    public static MenuItem menuItem(StandardAction action, Runnable handler) {
        MenuItem item = new MenuItem(action.text(), new FontIcon(action.icon()));
        item.setId("menu-" + action.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (action.accelerator() != null) {
            item.setAccelerator(action.accelerator());
        }
        item.setOnAction(e -> handler.run());
        return item;
    }
}
