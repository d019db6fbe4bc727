package org.penholder.ui.common;

import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Every command of the window once: its text, icon and key binding. Menus and toolbars are built from these. */
public enum StandardAction {
    NEW_PROJECT("New Project…", Material2AL.CREATE_NEW_FOLDER, "Shortcut+N"),
    OPEN_PROJECT("Open…", Material2AL.FOLDER_OPEN, "Shortcut+O"),
    OPEN_SAMPLE("Open the Sample Project", Material2AL.LIBRARY_BOOKS, null),
    SAVE_COPY("Save a Copy…", Material2MZ.SAVE_ALT, "Shortcut+Shift+S"),
    EXPORT_TRANSPARENCY_REPORT("Export Transparency Report…", Material2AL.ASSESSMENT, null),
    CLOSE_PROJECT("Close", Material2AL.CLOSE, "Shortcut+W"),
    QUIT("Quit", Material2AL.EXIT_TO_APP, "Shortcut+Q"),
    UNDO("Undo", Material2MZ.UNDO, "Shortcut+Z"),
    REDO("Redo", Material2MZ.REDO, "Shortcut+Y"),
    PREFERENCES("Preferences…", Material2MZ.SETTINGS, "Shortcut+Comma"),
    ABOUT("About Penholder", Material2AL.INFO, null);

    private final String text;
    private final Ikon icon;
    private final String accelerator;

    StandardAction(String text, Ikon icon, String accelerator) {
        this.text = text;
        this.icon = icon;
        this.accelerator = accelerator;
    }

    public String text() {
        return text;
    }

    public Ikon icon() {
        return icon;
    }

    public KeyCombination accelerator() {
        return accelerator == null ? null : KeyCombination.keyCombination(accelerator);
    }
}
