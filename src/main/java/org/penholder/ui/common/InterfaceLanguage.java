package org.penholder.ui.common;

import java.util.Locale;
import java.util.Optional;
import javafx.geometry.NodeOrientation;
import javafx.scene.Scene;

/**
 * The six official languages of the United Nations, English first: the languages the interface is
 * meant to speak. Each is named in itself, as language pickers do, so a person finds theirs whatever
 * language the interface shows now.
 */
public enum InterfaceLanguage {
    ENGLISH("en", "English"),
    ARABIC("ar", "العربية"),
    CHINESE("zh", "中文"),
    FRENCH("fr", "Français"),
    RUSSIAN("ru", "Русский"),
    SPANISH("es", "Español");

    /** The computer's own locale, as it was before Penholder set its interface language as the default. */
    private static volatile Locale systemLocale = Locale.getDefault();

    private final String tag;
    private final String endonym;

    InterfaceLanguage(String tag, String endonym) {
        this.tag = tag;
        this.endonym = endonym;
    }

    public String tag() {
        return tag;
    }

    /** The language's name in itself ("Français"). */
    public String endonym() {
        return endonym;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** True when the interface has a translation into this language on the given class path. */
    public boolean isTranslated(ClassLoader loader) {
        return Messages.isTranslated(locale(), loader);
    }

    /** The window's layout for a language: mirrored, right to left, for Arabic; else left to right. */
    public static NodeOrientation orientation(Locale locale) {
        return ARABIC.tag.equals(locale.getLanguage()) ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT;
    }

    /**
     * Lays a scene out in the interface's direction: an Arabic window is mirrored, its menus, tables
     * and dialogs included (they inherit it). Text areas keep the direction of their own text.
     */
    public static void orient(Scene scene) {
        scene.setNodeOrientation(orientation(Messages.locale()));
        StandardButtons.inEveryDialog();
        if (orientation(Messages.locale()) == NodeOrientation.RIGHT_TO_LEFT) {
            WrappedRightToLeft.guardEveryWindow();
        }
    }

    public static Optional<InterfaceLanguage> of(Locale locale) {
        for (InterfaceLanguage l : values()) {
            if (l.tag.equals(locale.getLanguage())) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /**
     * Sets the interface's language at start: the chosen one (a tag; empty follows the computer)
     * where a translation exists, else English. JavaFX's own words (Cancel, Close) follow the default
     * locale, so it is set to the same language, to keep one language in a window.
     */
    public static Locale start(String chosenTag) {
        systemLocale = Locale.getDefault();
        Locale locale = interfaceLocale(chosenTag, systemLocale, InterfaceLanguage.class.getClassLoader());
        Locale.setDefault(locale);
        Messages.use(locale);
        return locale;
    }

    /** The computer's own locale (what "same as the computer" means), whatever Penholder set as the default. */
    public static Locale systemLocale() {
        return systemLocale;
    }

    /**
     * The locale the interface runs in: the language chosen in Preferences (a tag; empty follows
     * {@code system}) when a translation exists, else English; the region stays the computer's so
     * that dates and numbers keep their local form.
     */
    public static Locale interfaceLocale(String chosenTag, Locale system, ClassLoader loader) {
        Locale wanted = chosenTag == null || chosenTag.isBlank() ? system : Locale.forLanguageTag(chosenTag);
        String language = Messages.isTranslated(wanted, loader) ? wanted.getLanguage() : "en";
        return new Locale.Builder()
                .setLanguage(language)
                .setRegion(system.getCountry())
                .build();
    }
}
