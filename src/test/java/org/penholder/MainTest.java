package org.penholder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.cli.Cli;

/** What the penholder command answers to mistakes, as a person at a terminal sees it. */
class MainTest {

    @TempDir
    Path dir;

    private record Run(int exit, String err) {}

    /** Runs Main in a JVM of its own (it exits), without a display. */
    private Run penholder(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dpenholder.config.dir=" + dir,
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(false);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        Process p = pb.start();
        p.getOutputStream().close();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return new Run(p.exitValue(), err);
    }

    @Test
    void aMistypedCommandIsNamedWithTheNearestOneAndExitsTwo() throws Exception {
        Run r = penholder("serch", "draft.penholder", "digital");
        assertEquals(Cli.USAGE, r.exit());
        assertEquals(
                "penholder: unknown command 'serch'; did you mean 'search'?",
                r.err().strip());
    }

    @Test
    void withoutADisplayTheWindowSaysSoInOneLine() throws Exception {
        Run r = penholder();
        assertEquals(Cli.FAILED, r.exit());
        List<String> lines = r.err()
                .strip()
                .lines()
                .filter(l -> l.startsWith("penholder:") || l.contains("Exception") || l.startsWith("\tat "))
                .toList();
        assertEquals(1, lines.size(), r.err());
        assertTrue(lines.get(0).contains("the window needs a display"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    }

    @Test
    void aDisplayIsLookedForOnlyWhereOneIsNeeded() {
        assertTrue(Main.noDisplay(Map.of(), "Linux", null).isPresent());
        assertEquals(Optional.empty(), Main.noDisplay(Map.of("DISPLAY", ":0"), "Linux", null));
        assertEquals(Optional.empty(), Main.noDisplay(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux", null));
        assertEquals(Optional.empty(), Main.noDisplay(Map.of(), "Windows 11", null));
        assertEquals(Optional.empty(), Main.noDisplay(Map.of(), "Mac OS X", null));
        assertEquals(Optional.empty(), Main.noDisplay(Map.of(), "Linux", "Headless"));
    }

    @Test
    void theFirstArgumentIsACommandAFileOrAMistake() throws Exception {
        assertEquals(Optional.empty(), Cli.mistake(new String[] {}));
        assertEquals(Optional.empty(), Cli.mistake(new String[] {"search", "x"}));
        assertEquals(Optional.empty(), Cli.mistake(new String[] {"--help"}));
        Path file = java.nio.file.Files.createFile(dir.resolve("draft.penholder"));
        assertEquals(Optional.empty(), Cli.mistake(new String[] {file.toString()}));
        assertEquals(
                Optional.of("unknown command 'importinputs'; did you mean 'import-inputs'?"),
                Cli.mistake(new String[] {"importinputs"}));
        assertEquals(Optional.of("unknown command 'hello'; see penholder --help"), Cli.mistake(new String[] {"hello"}));
        assertTrue(Cli.mistake(new String[] {dir.resolve("gone.penholder").toString()})
                .orElseThrow()
                .contains("neither a command nor a file that exists"));
    }
}
