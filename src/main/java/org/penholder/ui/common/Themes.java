package org.penholder.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.ColorScheme;
import javafx.application.Platform;
import org.penholder.settings.UserSettings.Theme;

/** Light or dark: the AtlantaFX theme of the whole application, following the desktop when asked to. */
public final class Themes {

    private static Theme chosen = Theme.SYSTEM;
    private static boolean following;

    private Themes() {}

    /** Applies a theme at once to every window; SYSTEM follows the desktop's light or dark setting, also when it changes. */
    public static void apply(Theme theme) {
        chosen = theme;
        if (!following) {
            following = true;
            Platform.getPreferences().colorSchemeProperty().addListener((o, was, now) -> {
                if (chosen == Theme.SYSTEM) {
                    show(now == ColorScheme.DARK);
                }
            });
        }
        show(isDark(theme));
    }

    /** The theme chosen last. */
    public static Theme current() {
        return chosen;
    }

    /** True when this theme shows dark, now. */
    public static boolean isDark(Theme theme) {
        return switch (theme) {
            case DARK -> true;
            case LIGHT -> false;
            case SYSTEM -> Platform.getPreferences().getColorScheme() == ColorScheme.DARK;
        };
    }

    private static void show(boolean dark) {
        Application.setUserAgentStylesheet(userAgentStylesheet(dark));
    }

    /**
     * The stylesheet of every window, dialogs included: the AtlantaFX theme, and every label's skin
     * a {@link SafeLabelSkin}, which wraps right-to-left text that JavaFX fails to wrap in a
     * label's one text node (docs/adr/0177). In the theme's stylesheet, because a dialog is laid
     * out before it shows, with no stylesheet of ours and out of reach of {@link WrappedRightToLeft}.
     */
    public static String userAgentStylesheet(boolean dark) {
        String theme = dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
        String css =
                "@import url(\"" + theme + "\");\n.label { -fx-skin: \"" + SafeLabelSkin.class.getName() + "\"; }\n";
        return "data:text/css;base64,"
                + java.util.Base64.getEncoder().encodeToString(css.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
