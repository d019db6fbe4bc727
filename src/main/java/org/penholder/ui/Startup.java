package org.penholder.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.penholder.settings.UserSettings;

/**
 * What the window shows when it starts: the project named on the command line; else the project
 * that was open when Penholder last stopped; else the welcome screen (the first run, or after the
 * person closed their project). The developer's run ({@code ./mvnw javafx:run}) asks for the sample
 * with {@code -Dpenholder.start=sample}.
 */
public record Startup(Kind kind, Path file) {

    /** What to show. */
    public enum Kind {
        OPEN,
        REOPEN,
        SAMPLE,
        WELCOME
    }

    /** The system property that asks for the sample project when no file is given. */
    public static final String START_PROPERTY = "penholder.start";

    /** Decides from the window's arguments, the {@code penholder.start} property and the person's settings. */
    public static Startup decide(List<String> files, String startProperty, UserSettings settings) {
        if (!files.isEmpty()) {
            return new Startup(Kind.OPEN, Path.of(files.get(0)));
        }
        if ("sample".equals(startProperty)) {
            return new Startup(Kind.SAMPLE, null);
        }
        Optional<Path> reopen = settings.projectToReopen();
        return reopen.map(p -> new Startup(Kind.REOPEN, p)).orElse(new Startup(Kind.WELCOME, null));
    }
}
