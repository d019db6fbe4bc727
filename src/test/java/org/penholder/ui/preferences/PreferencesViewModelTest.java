package org.penholder.ui.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.model.Author;
import org.penholder.settings.Preferences;
import org.penholder.settings.UserSettings.Theme;
import org.penholder.ui.preferences.PreferencesViewModel.LanguageChoice;

/** The Preferences dialog's state, without the FX thread. */
class PreferencesViewModelTest {

    private static final Preferences CURRENT =
            new Preferences(new Author("Amina Diallo", "Co-facilitators"), Theme.SYSTEM, "");
    private static final ClassLoader APP = PreferencesViewModelTest.class.getClassLoader();

    @Test
    void theLanguagesAreTheUnLanguagesEnglishFirstAndThoseNotTranslatedCannotBeChosen(@TempDir Path dir)
            throws Exception {
        PreferencesViewModel model =
                new PreferencesViewModel(CURRENT, Locale.forLanguageTag("ru-RU"), englishOnly(dir), t -> {});
        List<String> labels =
                model.languages().stream().map(LanguageChoice::label).toList();
        assertEquals(
                List.of(
                        "Same as the computer (English)",
                        "English",
                        "العربية — not yet translated",
                        "中文 — not yet translated",
                        "Français — not yet translated",
                        "Русский — not yet translated",
                        "Español — not yet translated"),
                labels);
        assertTrue(
                model.languages().stream().noneMatch(c -> c.label().matches(".*[\\u200E\\u200F\\u061C].*")),
                "no direction mark, which JavaFX draws as a box beside the name");
        assertEquals(
                List.of(true, true, false, false, false, false, false),
                model.languages().stream().map(LanguageChoice::available).toList());

        model.languageProperty().set(model.languages().get(3));
        assertEquals("", model.result().language(), "a language without translation is never kept");
    }

    @Test
    void aTranslationOnTheClassPathMakesItsLanguageChoosable(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("org/penholder/ui/messages_ru.properties");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "menu.file=_Файл\n");
        try (URLClassLoader loader = englishOnly(dir)) {
            PreferencesViewModel model =
                    new PreferencesViewModel(CURRENT, Locale.forLanguageTag("ru-RU"), loader, t -> {});
            assertEquals(
                    "Same as the computer (Русский)", model.languages().get(0).label());
            LanguageChoice russian = model.languages().stream()
                    .filter(c -> c.tag().equals("ru"))
                    .findFirst()
                    .orElseThrow();
            assertEquals(new LanguageChoice("ru", "Русский", true), russian);

            assertFalse(model.languageChangedProperty().get());
            model.languageProperty().set(russian);
            assertTrue(model.languageChangedProperty().get(), "the dialog says it applies at the next start");
            assertEquals("ru", model.result().language());
        }
    }

    @Test
    void aThemePickedIsShownAtOnceAndKept() {
        List<Theme> shown = new ArrayList<>();
        PreferencesViewModel model = new PreferencesViewModel(CURRENT, Locale.ENGLISH, APP, shown::add);
        model.themeProperty().set(Theme.DARK);
        model.themeProperty().set(Theme.LIGHT);
        assertEquals(List.of(Theme.DARK, Theme.LIGHT), shown);
        assertEquals(Theme.LIGHT, model.result().theme());
    }

    @Test
    void aNameIsNeededAndNameAndTeamAreKeptTrimmed() {
        PreferencesViewModel model = new PreferencesViewModel(CURRENT, Locale.ENGLISH, APP, t -> {});
        assertTrue(model.validProperty().get());
        model.nameProperty().set("   ");
        assertFalse(model.validProperty().get(), "amendments need an author");
        model.nameProperty().set("  Lars Berg ");
        model.teamProperty().set(" Secretariat ");
        assertEquals(new Author("Lars Berg", "Secretariat"), model.result().author());
    }

    @Test
    void theLanguageSavedIsSelectedWhenTheDialogOpens() {
        PreferencesViewModel model = new PreferencesViewModel(
                new Preferences(CURRENT.author(), Theme.DARK, "en"), Locale.FRENCH, APP, t -> {});
        assertEquals("en", model.languageProperty().get().tag());
        assertEquals(Theme.DARK, model.themeProperty().get());
    }

    /** A class path with the English messages and what the test writes in {@code dir}: none of the real translations. */
    private static URLClassLoader englishOnly(Path dir) throws java.io.IOException {
        Path base = dir.resolve("org/penholder/ui/messages.properties");
        Files.createDirectories(base.getParent());
        try (var in = APP.getResourceAsStream("org/penholder/ui/messages.properties")) {
            Files.write(base, in.readAllBytes());
        }
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, null);
    }
}
