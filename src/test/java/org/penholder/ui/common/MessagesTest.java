package org.penholder.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.settings.UserSettings;

/** The interface's words live in messages.properties, and a translation file alone adds a language. */
class MessagesTest {

    private static final ResourceBundle ENGLISH = Messages.load(Locale.ENGLISH, MessagesTest.class.getClassLoader());

    @Test
    void everyMessageTheCodeAsksForIsInTheEnglishFile() throws IOException {
        Pattern call = Pattern.compile("Messages\\.get(?:OrDefault)?\\(\\s*\"([^\"]+)\"\\s*[,)]");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = call.matcher(Files.readString(f));
                while (m.find()) {
                    if (!ENGLISH.containsKey(m.group(1))) {
                        missing.add(m.group(1) + " (" + f.getFileName() + ")");
                    }
                }
            }
        }
        for (StandardAction a : StandardAction.values()) {
            if (!ENGLISH.containsKey("action." + a.name())) {
                missing.add("action." + a.name());
            }
        }
        for (UserSettings.Theme t : UserSettings.Theme.values()) {
            if (!ENGLISH.containsKey("preferences.theme." + t.name())) {
                missing.add("preferences.theme." + t.name());
            }
        }
        assertEquals(List.of(), missing, "messages asked for but not in messages.properties");
    }

    @Test
    void everyMessageIsAPatternThatKeepsItsApostrophesAndFillsItsPlaces() {
        for (String key : new TreeSet<>(ENGLISH.keySet())) {
            String pattern = ENGLISH.getString(key);
            String out = new com.ibm.icu.text.MessageFormat(pattern, Locale.ENGLISH)
                    .format(new Object[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
            assertFalse(out.contains("{") || out.contains("}"), key + ": a place left unfilled: " + out);
            int apostrophes = pattern.length() - pattern.replace("'", "").length();
            assertEquals(
                    apostrophes / 2,
                    out.length() - out.replace("'", "").length(),
                    key + ": a single ASCII apostrophe starts a quote in MessageFormat; write '' or ’");
        }
    }

    @Test
    void aTranslationFileAloneAddsALanguageAndWhatItLacksStaysEnglish(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("org/penholder/ui/messages_fr.properties");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "menu.file=_Fichier\nstatus.author=Rédige en tant que {0}\n", StandardCharsets.UTF_8);
        try (URLClassLoader loader = englishOnlyAnd(dir)) {
            ResourceBundle french = Messages.load(Locale.forLanguageTag("fr-CH"), loader);
            assertEquals("_Fichier", french.getString("menu.file"));
            assertEquals("Rédige en tant que {0}", french.getString("status.author"), "read as UTF-8");
            assertEquals("_Edit", french.getString("menu.edit"), "a key the translation lacks stays English");

            assertTrue(InterfaceLanguage.FRENCH.isTranslated(loader));
            assertFalse(InterfaceLanguage.SPANISH.isTranslated(loader));
            assertTrue(InterfaceLanguage.ENGLISH.isTranslated(loader));

            assertEquals(
                    Locale.forLanguageTag("fr-CH"),
                    InterfaceLanguage.interfaceLocale("", Locale.forLanguageTag("fr-CH"), loader),
                    "a French computer gets French, and keeps its region for dates");
            assertEquals(
                    Locale.forLanguageTag("en-AR"),
                    InterfaceLanguage.interfaceLocale("", Locale.forLanguageTag("es-AR"), loader),
                    "no Spanish translation yet: English, with the computer's region");
            assertEquals(
                    Locale.forLanguageTag("fr-KE"),
                    InterfaceLanguage.interfaceLocale("fr", Locale.forLanguageTag("sw-KE"), loader),
                    "the language chosen in Preferences wins over the computer's");
        }
    }

    @Test
    void aLanguageWithoutTranslationNeverFallsBackToTheComputersLanguage(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("org/penholder/ui/messages_fr.properties");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "menu.file=_Fichier\n", StandardCharsets.UTF_8);
        Locale before = Locale.getDefault();
        try (URLClassLoader loader = englishOnlyAnd(dir)) {
            Locale.setDefault(Locale.FRENCH);
            assertEquals(
                    "_File",
                    Messages.load(Locale.CHINESE, loader).getString("menu.file"),
                    "Chinese has no translation: English, not the French of the computer");
        } finally {
            Locale.setDefault(before);
        }
    }

    /** A class path with the English messages and the translations written in {@code dir}, none of the real ones. */
    private static URLClassLoader englishOnlyAnd(Path dir) throws IOException {
        Path base = dir.resolve("org/penholder/ui/messages.properties");
        Files.createDirectories(base.getParent());
        try (var in = MessagesTest.class.getClassLoader().getResourceAsStream("org/penholder/ui/messages.properties")) {
            Files.write(base, in.readAllBytes());
        }
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, null);
    }

    @Test
    void aMissingMessageShowsItsKeyRatherThanFailing() {
        assertEquals("[no.such.key]", Messages.get("no.such.key"));
        assertEquals("Fallback", Messages.getOrDefault("no.such.key", "Fallback"));
        assertEquals("Open…", StandardAction.OPEN_PROJECT.text());
    }
}
