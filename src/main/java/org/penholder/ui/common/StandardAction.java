package org.penholder.ui.common;

import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Every command of the window once: its text, icon and key binding. Menus and toolbars are built from
 * these. The text shown is the message {@code action.NAME} of {@link Messages}; the English text
 * written here is used only while that message is missing.
 */
public enum StandardAction {
    NEW_PROJECT("New Project…", Material2AL.CREATE_NEW_FOLDER, "Shortcut+N"),
    NEW_FROM_WORD("New Project from Word File…", Material2AL.DESCRIPTION, null),
    OPEN_PROJECT("Open…", Material2AL.FOLDER_OPEN, "Shortcut+O"),
    OPEN_SAMPLE("Open the Sample Project", Material2AL.LIBRARY_BOOKS, null),
    SAVE_COPY("Save a Copy…", Material2MZ.SAVE_ALT, "Shortcut+Shift+S"),
    RESTORE_BACKUP("Restore from Backup…", Material2MZ.RESTORE, null),
    EXPORT_DOCX("Export…", Material2AL.DESCRIPTION, "Shortcut+E"),
    IMPORT_DRAFT("Import Draft…", Material2AL.INPUT, null),
    IMPORT_PROPOSALS("Import Delegation’s Proposals…", Material2AL.INPUT, null),
    MERGE_COPY("Merge from Another Copy…", Material2MZ.MERGE_TYPE, null),
    EXPORT_TRANSPARENCY_REPORT("Export Transparency Report…", Material2AL.ASSESSMENT, null),
    CLOSE_PROJECT("Close", Material2AL.CLOSE, "Shortcut+W"),
    QUIT("Quit", Material2AL.EXIT_TO_APP, "Shortcut+Q"),
    IMPORT_INPUTS("Import Inputs…", Material2AL.FILE_UPLOAD, "Shortcut+I"),
    IMPORT_STAKEHOLDERS("Import Stakeholders from CSV…", Material2MZ.PEOPLE, null),
    LINK_SELECTION("Link Selection to Current Paragraph", Material2AL.LINK, "Shortcut+L"),
    INSERT_FOOTNOTE("Insert Footnote", Material2MZ.SHORT_TEXT, "Shortcut+Alt+F"),
    UNDO("Undo", Material2MZ.UNDO, "Shortcut+Z"),
    REDO("Redo", Material2MZ.REDO, "Shortcut+Y"),
    PREFERENCES("Preferences…", Material2MZ.SETTINGS, "Shortcut+Comma"),
    ABOUT("About Penholder", Material2AL.INFO, null),
    USER_GUIDE("User Guide", Material2MZ.MENU_BOOK, "F1");

    private final String fallbackText;

    @SuppressWarnings("ImmutableEnumChecker") // Ikonli's icons are enum constants themselves
    private final Ikon icon;

    private final String accelerator;

    StandardAction(String text, Ikon icon, String accelerator) {
        this.fallbackText = text;
        this.icon = icon;
        this.accelerator = accelerator;
    }

    /** The command's name in the interface's language. */
    public String text() {
        return Messages.getOrDefault("action." + name(), fallbackText);
    }

    public Ikon icon() {
        return icon;
    }

    public KeyCombination accelerator() {
        return accelerator == null ? null : KeyCombination.keyCombination(accelerator);
    }
}
