package org.penholder.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Option;

/**
 * The {@code --json} option: {@code @Mixin JsonOutput json}. The command builds a record of what it
 * found or did (its JSON contract, field by field) and hands it to {@link #print}; messages for people
 * go to standard error either way.
 */
final class JsonOutput {

    @Option(names = "--json", description = "Print JSON on standard output.")
    boolean requested;

    /** Prints the value as JSON on {@code out}. */
    void print(PrintWriter out, Object value) {
        Json.print(out, value);
    }
}
