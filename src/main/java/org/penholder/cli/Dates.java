package org.penholder.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Dates as people type them on a command line. */
final class Dates {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private Dates() {}

    /** 2025-07-29 or "29 July 2025"; null stays null; anything else is a usage error. */
    static LocalDate parse(CommandSpec spec, String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text.strip(), LONG);
            } catch (DateTimeParseException e2) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(), "--date " + text + ": write a date as 2025-07-29 or \"29 July 2025\"");
            }
        }
    }
}
