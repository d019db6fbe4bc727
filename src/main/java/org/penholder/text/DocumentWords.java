package org.penholder.text;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.util.Locale;
import org.penholder.model.Author;

/**
 * The fixed words of the Word files Penholder writes ("Rev.1 compared with Zero draft", the
 * report's headings, "Source:"), in the document's language: a project setting, not the window's
 * language. From {@code org/penholder/text/document.properties} and its translations; keys a
 * translation lacks stay English. Needs no JavaFX, so the exporters and the command line use it.
 */
public final class DocumentWords {

    /** The base name of the bundle. */
    public static final String BUNDLE = "org.penholder.text.document";

    private final MessageBundle messages;
    private final DateTimeFormatter date;

    private DocumentWords(MessageBundle messages) {
        this.messages = messages;
        Locale language = messages.formatting().toLocale();
        this.date = DateTimeFormatter.ofPattern(messages.format("date.pattern"), language)
                .withDecimalStyle(DecimalStyle.STANDARD);
    }

    /** The words in a language (English where there is no translation into it). */
    public static DocumentWords in(Locale language) {
        return new DocumentWords(MessageBundle.load(BUNDLE, language, DocumentWords.class.getClassLoader()));
    }

    /** The words in English. */
    public static DocumentWords english() {
        return in(Locale.ENGLISH);
    }

    /** The language the words are in. */
    public Locale language() {
        return messages.locale();
    }

    /** Whether there are words for {@code key} (in this language or, failing it, in English). */
    public boolean has(String key) {
        return messages.has(key);
    }

    /** The words of {@code key} with {@code args} in their places. */
    public String get(String key, Object... args) {
        return messages.format(key, args);
    }

    /**
     * A phrase said by a service (the coverage scope's definition, a note stored in the project) in
     * the document's language: its key must be in the document bundle too.
     */
    public String get(Phrase phrase) {
        return messages.format(phrase);
    }

    /**
     * A person's name as the document prints it: the one kept for a change nobody signed
     * ({@link Author#UNKNOWN_NAME}, or none) in the document's language ({@code author.unknown}).
     */
    public String person(String name) {
        return Author.isUnknown(name) ? get("author.unknown") : name;
    }

    /** A day as the document prints it: "14 October 2025", "14 octobre 2025"; empty for none. */
    public String date(LocalDate day) {
        return day == null ? "" : date.format(day);
    }
}
