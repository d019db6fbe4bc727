package org.penholder.about;

import java.util.List;
import org.penholder.Version;

/** What the About box tells: this build, what it runs on, and the libraries it bundles with their licences. */
public record AboutInfo(String version, String java, String javafx, String os, List<BundledLibrary> libraries) {

    public AboutInfo {
        libraries = List.copyOf(libraries);
    }

    /** This running Penholder; {@code javafxVersion} is known only to the window ("" from the command line). */
    public static AboutInfo current(String javafxVersion) {
        String java = Runtime.version() + " (" + System.getProperty("java.vendor", "?") + ")";
        String os = System.getProperty("os.name", "?") + " " + System.getProperty("os.version", "") + " "
                + System.getProperty("os.arch", "");
        return new AboutInfo(
                Version.current(),
                java,
                javafxVersion == null ? "" : javafxVersion,
                os.strip(),
                BundledLibraries.read());
    }

    /** The lines a person pastes into a message when something goes wrong. */
    public String details() {
        return "Penholder " + version + "\nJava " + java + (javafx.isEmpty() ? "" : "\nJavaFX " + javafx) + "\n" + os;
    }
}
