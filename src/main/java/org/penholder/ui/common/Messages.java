package org.penholder.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The words of the interface, from {@code org/penholder/ui/messages.properties} (English) and its
 * translations {@code messages_fr.properties}, {@code messages_ar.properties} ... A translation file
 * alone adds a language: keys it lacks fall back to English, never to the computer's own language.
 * Every message is a {@link MessageFormat} pattern, so an ASCII apostrophe is written twice; the
 * English text uses the typographic one (’) instead.
 */
public final class Messages {

    /** The base name of the bundle, for {@link ResourceBundle#getBundle}. */
    public static final String BUNDLE = "org.penholder.ui.messages";

    private static final ResourceBundle.Control NO_SYSTEM_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();

    private static volatile ResourceBundle bundle = load(Locale.ENGLISH, Messages.class.getClassLoader());

    private Messages() {}

    /** Uses the translation for {@code locale} (English where there is none) from now on; called once at start. */
    public static void use(Locale locale) {
        use(load(locale, Messages.class.getClassLoader()));
    }

    /** Uses the given bundle (tests: a pseudo-translation that shows any text left outside the bundle). */
    public static void use(ResourceBundle messages) {
        bundle = messages;
    }

    /** The language the messages are in now (English for the base file). */
    public static Locale locale() {
        Locale l = bundle.getLocale();
        return l == null || l.getLanguage().isEmpty() ? Locale.ENGLISH : l;
    }

    /** Loads the messages for a locale from a class loader, English where it has no translation. */
    public static ResourceBundle load(Locale locale, ClassLoader loader) {
        return ResourceBundle.getBundle(BUNDLE, locale, loader, NO_SYSTEM_FALLBACK);
    }

    /** True when a translation for this language is on the class path (English always is). */
    public static boolean isTranslated(Locale locale, ClassLoader loader) {
        return locale.getLanguage().equals("en")
                || loader.getResource(BUNDLE.replace('.', '/') + "_" + locale.getLanguage() + ".properties") != null;
    }

    /** The message for {@code key}, with {@code args} put in its {0}, {1} ...; the key in brackets if it is missing. */
    public static String get(String key, Object... args) {
        ResourceBundle b = bundle;
        String pattern;
        try {
            pattern = b.getString(key);
        } catch (MissingResourceException e) {
            if (REPORTED.add(key)) {
                log().warn("message {} is missing from {}", key, BUNDLE);
            }
            return "[" + key + "]";
        }
        return new MessageFormat(pattern, b.getLocale() == null ? Locale.ROOT : b.getLocale()).format(args);
    }

    /** The message for {@code key}, or {@code fallback} (English, written in the code) while the bundle lacks it. */
    public static String getOrDefault(String key, String fallback) {
        ResourceBundle b = bundle;
        return b.containsKey(key) ? get(key) : fallback;
    }

    /** Looked up when something is logged: setting up the log (logback reading its XML) would otherwise delay the window's start. */
    private static Logger log() {
        return LoggerFactory.getLogger(Messages.class);
    }
}
