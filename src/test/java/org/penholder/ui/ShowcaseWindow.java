package org.penholder.ui;

import javafx.stage.Stage;
import org.penholder.settings.UserSettings;
import org.penholder.ui.common.DialogService;
import org.penholder.ui.common.InterfaceLanguage;
import org.penholder.ui.common.Themes;
import org.penholder.ui.dialogs.FxDialogService;
import org.penholder.ui.main.MainWindow;

/**
 * The main window as the test openers for screenshots start it (Showcase, MergeShowcase,
 * GuideShowcase ...): as {@link PenholderApp} does, in the language and theme of the settings in
 * {@code -Dpenholder.config.dir}, so that {@code language=fr} there photographs the French window.
 */
public final class ShowcaseWindow {

    private ShowcaseWindow() {}

    /** The settings of {@code -Dpenholder.config.dir}, their language and theme applied. */
    public static UserSettings settings() {
        return follow(UserSettings.load());
    }

    /** Applies the language and theme of these settings, as the application does at start. */
    public static UserSettings follow(UserSettings settings) {
        InterfaceLanguage.start(settings.language());
        Themes.apply(settings.theme());
        return settings;
    }

    /** A main window on {@code stage} with the real dialogs, not yet shown. */
    public static MainWindow window(Stage stage) {
        return window(stage, new FxDialogService(stage));
    }

    /** A main window on {@code stage} asking {@code dialogs}, not yet shown. */
    public static MainWindow window(Stage stage, DialogService dialogs) {
        UserSettings settings = settings();
        stage.getIcons().addAll(PenholderApp.icons());
        return new MainWindow(stage, settings, dialogs);
    }
}
