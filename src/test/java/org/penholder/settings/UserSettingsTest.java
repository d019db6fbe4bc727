package org.penholder.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.model.Author;

/** What Penholder remembers for a person survives a restart. */
class UserSettingsTest {

    @TempDir
    Path dir;

    private UserSettings load() {
        return UserSettings.load(dir.resolve("config"), dir.resolve("data"));
    }

    @Test
    void preferencesAreKeptAcrossARestart() {
        UserSettings s = load();
        assertFalse(s.hasAuthor(), "a first run knows no name");
        assertEquals(UserSettings.Theme.SYSTEM, s.theme());
        assertEquals("", s.language(), "a first run follows the computer's language");

        s.setPreferences(new Preferences(new Author("Amina Diallo", "Co-facilitators"), UserSettings.Theme.DARK, "fr"));
        s.save();

        UserSettings again = load();
        assertTrue(again.hasAuthor());
        assertEquals(
                new Preferences(new Author("Amina Diallo", "Co-facilitators"), UserSettings.Theme.DARK, "fr"),
                again.preferences());
    }

    @Test
    void theProjectToReopenIsForgottenWhenClosedOrGone() throws Exception {
        Path project = Files.writeString(dir.resolve("draft.penholder"), "x");
        UserSettings s = load();
        assertEquals(Optional.empty(), s.projectToReopen(), "nothing to reopen on a first run");

        s.setProjectToReopen(project);
        s.save();
        assertEquals(Optional.of(project.toAbsolutePath()), load().projectToReopen());

        Files.delete(project);
        assertEquals(Optional.empty(), load().projectToReopen(), "a project that has gone is not reopened");

        s.setProjectToReopen(null);
        s.save();
        assertFalse(Files.readString(dir.resolve("config/settings.properties")).contains("reopen"));
    }

    @Test
    void aBrokenSettingsFileStartsFromDefaults() throws Exception {
        Files.createDirectories(dir.resolve("config"));
        Files.writeString(dir.resolve("config/settings.properties"), "theme=PURPLE\nlanguage=\\u00");
        UserSettings s = load();
        assertEquals(UserSettings.Theme.SYSTEM, s.theme());
    }
}
