package org.penholder;

import org.penholder.cli.Cli;
import org.penholder.ui.PenholderApp;

/** Entry point: a command when the first argument is one, else the window. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        if (Cli.isCommand(args)) {
            System.exit(Cli.run(args));
        }
        PenholderApp.launchWindow(args);
    }
}
