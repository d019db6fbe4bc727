package org.penholder.cli;

import org.penholder.model.Author;
import org.penholder.settings.UserSettings;
import picocli.CommandLine.Option;

/** Who a command records as the author of its changes: given on the command line, or the person's settings. */
final class AuthorOptions {

    @Option(
            names = "--author",
            paramLabel = "NAME",
            description = "Author recorded for the change (default: your settings).")
    String name;

    @Option(names = "--team", paramLabel = "TEAM", description = "The author's team.")
    String team;

    Author author() {
        if (name != null && !name.isBlank()) {
            return new Author(name, team);
        }
        Author saved = UserSettings.load().author();
        return team == null ? saved : new Author(saved.name(), team);
    }
}
