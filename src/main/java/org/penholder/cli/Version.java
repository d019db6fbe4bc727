package org.penholder.cli;

import picocli.CommandLine;

/** The version picocli prints for {@code --version}. */
public final class Version implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {
            "Penholder " + org.penholder.Version.current(),
            "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"
        };
    }
}
