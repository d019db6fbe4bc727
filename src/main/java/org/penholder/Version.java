package org.penholder;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of this build, as Maven wrote it into the jar. */
public final class Version {

    private Version() {}

    /** "0.1.0" or similar; "development" when run from classes without a build. */
    public static String current() {
        try (InputStream in = Version.class.getResourceAsStream("/org/penholder/version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version", "");
                if (!v.isBlank() && !v.startsWith("${")) {
                    return v;
                }
            }
        } catch (IOException ignored) {
            // fall through to the development version
        }
        return "development";
    }
}
