package org.penholder.project;

import java.util.List;
import java.util.Locale;
import org.penholder.draft.Command;
import org.penholder.draft.CommandRefused;
import org.penholder.store.MetaStore;
import org.penholder.text.DocumentWords;
import org.penholder.text.Phrase;

/**
 * The language of the documents written from the project: the fixed words of its Word exports and
 * transparency report ("Rev.1 compared with Zero draft", headings, "Source:") follow it, whatever
 * language the window speaks. One of the six official languages of the United Nations; English
 * until set. Kept in the project file, so every copy of the project writes the same documents.
 */
public final class DocumentLanguage {

    /** The languages a document can be written in, as language tags, English first. */
    public static final List<String> TAGS = List.of("en", "ar", "zh", "fr", "ru", "es");

    private final MetaStore meta;

    public DocumentLanguage(MetaStore meta) {
        this.meta = meta;
    }

    /** The document language's tag ("fr"); "en" until one is set. */
    public String tag() {
        return meta.get(MetaStore.DOCUMENT_LANGUAGE).filter(TAGS::contains).orElse("en");
    }

    /** The document language as a locale. */
    public Locale locale() {
        return Locale.forLanguageTag(tag());
    }

    /** The fixed words of the documents in this language; also the words the window suggests for the document. */
    public DocumentWords words() {
        return DocumentWords.in(locale());
    }

    /**
     * The name the window suggests for the next revision: "Zero draft" in the document's language
     * for the first, then "Rev.1", "Rev.2" ..., a document symbol's element that no language translates.
     */
    public String nextRevisionName(int revisionsSoFar) {
        return revisionsSoFar == 0 ? words().get("revision.zeroDraft") : "Rev." + revisionsSoFar;
    }

    /** Sets the document language; returns the command that undoes it (null when it was that language already). */
    public Command set(String tag) {
        String wanted = known(tag);
        String before = tag();
        if (before.equals(wanted)) {
            return null;
        }
        meta.put(MetaStore.DOCUMENT_LANGUAGE, wanted);
        return Command.of(
                Phrase.of("documentLanguage.command", name(wanted)),
                () -> meta.put(MetaStore.DOCUMENT_LANGUAGE, before),
                () -> meta.put(MetaStore.DOCUMENT_LANGUAGE, wanted));
    }

    /** {@code tag} as one of {@link #TAGS} ("FR " is "fr"); refused when it names none of them. */
    public static String known(String tag) {
        String wanted = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT);
        if (!TAGS.contains(wanted)) {
            throw new CommandRefused(Phrase.of("documentLanguage.unknown", tag, String.join(", ", TAGS)));
        }
        return wanted;
    }

    /** The document language a new project suggests to a window speaking {@code windowLanguage}: the same, or English. */
    public static String suggestedFor(Locale windowLanguage) {
        String tag = windowLanguage.getLanguage();
        return TAGS.contains(tag) ? tag : "en";
    }

    /** A language's name in itself ("Français", "العربية"), as language pickers show it. */
    public static String name(String tag) {
        Locale l = Locale.forLanguageTag(tag);
        String name = l.getDisplayLanguage(l);
        return name.isEmpty() ? tag : name.substring(0, 1).toUpperCase(l) + name.substring(1);
    }
}
