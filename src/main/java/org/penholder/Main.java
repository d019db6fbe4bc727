package org.penholder;

import java.util.Map;
import java.util.Optional;
import org.penholder.cli.Cli;
import org.penholder.ui.PenholderApp;

/** Entry point: a command when the first argument is one, else the window. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        if (Cli.isCommand(args)) {
            System.exit(Cli.run(args));
        }
        Optional<String> mistake = Cli.mistake(args);
        if (mistake.isPresent()) {
            System.err.println("penholder: " + mistake.get());
            System.exit(Cli.USAGE);
        }
        Optional<String> noDisplay =
                noDisplay(System.getenv(), System.getProperty("os.name", ""), System.getProperty("glass.platform"));
        if (noDisplay.isPresent()) {
            System.err.println("penholder: " + noDisplay.get());
            System.exit(Cli.FAILED);
        }
        try {
            PenholderApp.launchWindow(args);
        } catch (RuntimeException e) {
            if (!String.valueOf(e.getMessage()).contains("DISPLAY")) {
                throw e;
            }
            System.err.println("penholder: the window cannot reach its display (" + e.getMessage()
                    + "); the commands work without one: penholder --help");
            System.exit(Cli.FAILED);
        }
    }

    /**
     * Why the window cannot open here, or empty: on Linux and other Unix systems it needs an X11 or
     * Wayland display, which a server or a session over ssh often lacks. JavaFX would otherwise end
     * in a stack trace.
     */
    static Optional<String> noDisplay(Map<String, String> env, String os, String glassPlatform) {
        if (os.startsWith("Windows") || os.startsWith("Mac") || glassPlatform != null) {
            return Optional.empty(); // a desktop of their own, or a headless platform chosen on purpose
        }
        boolean x11 = !env.getOrDefault("DISPLAY", "").isBlank();
        boolean wayland = !env.getOrDefault("WAYLAND_DISPLAY", "").isBlank();
        return x11 || wayland
                ? Optional.empty()
                : Optional.of("the window needs a display, and there is none here (DISPLAY is not set); "
                        + "the commands work without one: penholder --help");
    }
}
