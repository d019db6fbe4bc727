package org.penholder.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.settings.UserSettings;

/** What the window shows when it starts. */
class StartupTest {

    @TempDir
    Path dir;

    private UserSettings settings() {
        return UserSettings.load(dir.resolve("config"), dir.resolve("data"));
    }

    @Test
    void aFirstRunShowsTheWelcomeScreen() {
        assertEquals(new Startup(Startup.Kind.WELCOME, null), Startup.decide(List.of(), null, settings()));
    }

    @Test
    void aFileGivenIsOpenedWhateverElse() throws Exception {
        UserSettings s = settings();
        s.setProjectToReopen(Files.writeString(dir.resolve("last.penholder"), "x"));
        assertEquals(
                new Startup(Startup.Kind.OPEN, Path.of("given.penholder")),
                Startup.decide(List.of("given.penholder"), "sample", s));
    }

    @Test
    void theProjectOpenLastTimeIsReopenedWhileItIsThere() throws Exception {
        Path last = Files.writeString(dir.resolve("last.penholder"), "x");
        UserSettings s = settings();
        s.setProjectToReopen(last);
        assertEquals(new Startup(Startup.Kind.REOPEN, last.toAbsolutePath()), Startup.decide(List.of(), null, s));
        Files.delete(last);
        assertEquals(Startup.Kind.WELCOME, Startup.decide(List.of(), null, s).kind(), "gone: the welcome screen");
    }

    @Test
    void theDevelopersRunAsksForTheSample() throws Exception {
        UserSettings s = settings();
        s.setProjectToReopen(Files.writeString(dir.resolve("last.penholder"), "x"));
        assertEquals(Startup.Kind.SAMPLE, Startup.decide(List.of(), "sample", s).kind());
    }
}
