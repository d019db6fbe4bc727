package org.penholder.text;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The messages of one resource bundle in one language: ICU {@link MessageFormat} patterns, so that
 * counts take the language's plural forms ({@code {0, plural, one {# input} other {# inputs}}}:
 * Russian one/few/many, Arabic zero/one/two/few/many). A translation file alone adds a language;
 * keys it lacks fall back to the base file (English), never to the computer's own language.
 * Numbers are written in Western digits in every language, as United Nations documents write them
 * in Arabic too (docs/adr/0170).
 */
public final class MessageBundle {

    /** The interface's words: {@code org/penholder/ui/messages.properties} and its translations. */
    public static final String INTERFACE = "org.penholder.ui.messages";

    private static final ResourceBundle.Control NO_SYSTEM_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static volatile MessageBundle english;
    private static volatile MessageBundle window;

    private final ResourceBundle bundle;
    private final ULocale formatting;

    private MessageBundle(ResourceBundle bundle, Locale requested) {
        this.bundle = bundle;
        Locale language = localeOf(bundle);
        // the region asked for (a French computer in Switzerland) where the language is the one asked for
        this.formatting = formattingLocale(
                requested != null && requested.getLanguage().equals(language.getLanguage()) ? requested : language);
    }

    /** The messages of {@code baseName} for a locale, from a class loader; the base file where it has no translation. */
    public static MessageBundle load(String baseName, Locale locale, ClassLoader loader) {
        return new MessageBundle(ResourceBundle.getBundle(baseName, locale, loader, NO_SYSTEM_FALLBACK), locale);
    }

    /** Messages from a bundle made elsewhere (tests: a pseudo-translation). */
    public static MessageBundle of(ResourceBundle bundle) {
        return new MessageBundle(bundle, null);
    }

    /** The interface's messages in English. */
    public static MessageBundle english() {
        MessageBundle e = english;
        if (e == null) {
            e = load(INTERFACE, Locale.ENGLISH, MessageBundle.class.getClassLoader());
            english = e;
        }
        return e;
    }

    /** The interface's messages in the window's language: English until {@link #useInWindow} is called. */
    public static MessageBundle inWindow() {
        MessageBundle w = window;
        return w == null ? english() : w;
    }

    /** Sets the messages the window speaks (once at start; tests: a pseudo-translation). */
    public static void useInWindow(MessageBundle messages) {
        window = messages;
    }

    /** True when a translation of {@code baseName} into this locale's language is on the class path. */
    public static boolean isTranslated(String baseName, Locale locale, ClassLoader loader) {
        return locale.getLanguage().equals("en")
                || loader.getResource(baseName.replace('.', '/') + "_" + locale.getLanguage() + ".properties") != null;
    }

    /**
     * The locale numbers, dates and plural forms are worked out in: the bundle's language with the
     * computer's region, in Western digits ("OP12" and "12 inputs" read alike in every language).
     */
    public static ULocale formattingLocale(Locale locale) {
        return ULocale.forLocale(locale).setKeywordValue("numbers", "latn");
    }

    /** The locale numbers, dates and plural forms of these messages are written in. */
    public ULocale formatting() {
        return formatting;
    }

    /** The language these messages are in (English for the base file). */
    public Locale locale() {
        return localeOf(bundle);
    }

    /** The bundle itself (tests compare languages key by key). */
    public ResourceBundle bundle() {
        return bundle;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The pattern of a key as written in the file, or null. */
    public String pattern(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    /** The message for {@code key}, its places filled with {@code args}; the key in brackets when it is missing. */
    public String format(String key, Object... args) {
        String pattern = pattern(key);
        if (pattern == null) {
            return "[" + key + "]";
        }
        Object[] filled = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            filled[i] = args[i] instanceof Phrase p ? format(p) : args[i];
        }
        return new MessageFormat(pattern, formatting).format(filled);
    }

    /** A phrase in these messages' language. */
    public String format(Phrase phrase) {
        if (phrase.isVerbatim()) {
            return String.valueOf(phrase.args().getFirst());
        }
        return format(phrase.key(), phrase.args().toArray());
    }

    private static Locale localeOf(ResourceBundle b) {
        Locale l = b.getLocale();
        return l == null || l.getLanguage().isEmpty() ? Locale.ENGLISH : l;
    }
}
