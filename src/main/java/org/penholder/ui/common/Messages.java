package org.penholder.ui.common;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.penholder.text.MessageBundle;
import org.penholder.text.Phrase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The words of the interface, from {@code org/penholder/ui/messages.properties} (English) and its
 * translations {@code messages_fr.properties}, {@code messages_ar.properties} ... A translation file
 * alone adds a language: keys it lacks fall back to English, never to the computer's own language.
 * Every message is an ICU MessageFormat pattern ({@link MessageBundle}): counts take the language's
 * plural forms, and an apostrophe is written ’ (an ASCII one before a brace starts a quote).
 */
public final class Messages {

    /** The base name of the bundle, for {@link ResourceBundle#getBundle}. */
    public static final String BUNDLE = MessageBundle.INTERFACE;

    private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();

    private Messages() {}

    /** Uses the translation for {@code locale} (English where there is none) from now on; called once at start. */
    public static void use(Locale locale) {
        MessageBundle.useInWindow(MessageBundle.load(BUNDLE, locale, Messages.class.getClassLoader()));
    }

    /** Uses the given bundle (tests: a pseudo-translation that shows any text left outside the bundle). */
    public static void use(ResourceBundle messages) {
        MessageBundle.useInWindow(MessageBundle.of(messages));
    }

    /** The language the messages are in now (English for the base file). */
    public static Locale locale() {
        return MessageBundle.inWindow().locale();
    }

    /** The locale dates, numbers and sorting follow: the interface's language, the computer's region. */
    public static Locale formattingLocale() {
        return MessageBundle.inWindow().formatting().toLocale();
    }

    /** Loads the messages for a locale from a class loader, English where it has no translation. */
    public static ResourceBundle load(Locale locale, ClassLoader loader) {
        return MessageBundle.load(BUNDLE, locale, loader).bundle();
    }

    /** True when a translation for this language is on the class path (English always is). */
    public static boolean isTranslated(Locale locale, ClassLoader loader) {
        return MessageBundle.isTranslated(BUNDLE, locale, loader);
    }

    /** The message for {@code key}, with {@code args} put in its {0}, {1} ...; the key in brackets if it is missing. */
    public static String get(String key, Object... args) {
        MessageBundle b = MessageBundle.inWindow();
        if (!b.has(key) && REPORTED.add(key)) {
            log().warn("message {} is missing from {}", key, BUNDLE);
        }
        return b.format(key, args);
    }

    /** The name of a kind, status or list (enum.TYPE.CONSTANT), e.g. "Under negotiation". */
    public static String of(Enum<?> value) {
        return get("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    /** A phrase said by a service (what a command did, why it was refused), in the interface's language. */
    public static String get(Phrase phrase) {
        if (!phrase.isVerbatim() && !MessageBundle.inWindow().has(phrase.key()) && REPORTED.add(phrase.key())) {
            log().warn("message {} is missing from {}", phrase.key(), BUNDLE);
        }
        return MessageBundle.inWindow().format(phrase);
    }

    /** The message for {@code key}, or {@code fallback} (English, written in the code) while the bundle lacks it. */
    public static String getOrDefault(String key, String fallback) {
        return MessageBundle.inWindow().has(key) ? get(key) : fallback;
    }

    /** Looked up when something is logged: setting up the log (logback reading its XML) would otherwise delay the window's start. */
    private static Logger log() {
        return LoggerFactory.getLogger(Messages.class);
    }
}
