package org.penholder.cli;

import java.util.concurrent.Callable;
import org.penholder.model.Link;
import org.penholder.project.Project;
import org.penholder.settings.UserSettings;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "link",
        description = {
            "Link a paragraph to a passage of an input, by quote or by offsets.",
            "Offsets count characters (UTF-16 units) of the input's text, from 0; --to is exclusive."
        })
final class LinkCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectFile project = new ProjectFile();

    @Option(
            names = "--paragraph",
            required = true,
            paramLabel = "LABEL",
            description = "PP3, OP12 or 12, as the outline shows it.")
    String paragraph;

    @Option(names = "--input", required = true, paramLabel = "ID", description = "The input's id (see inputs, search).")
    long input;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Passage passage;

    static final class Passage {
        @Option(
                names = "--quote",
                required = true,
                paramLabel = "TEXT",
                description = "The passage's text, as in the input.")
        String quote;

        @ArgGroup(exclusive = false)
        Range range;
    }

    static final class Range {
        @Option(names = "--from", required = true, paramLabel = "N", description = "First character of the passage.")
        int from;

        @Option(names = "--to", required = true, paramLabel = "N", description = "Character after the passage.")
        int to;
    }

    @Option(names = "--note", paramLabel = "TEXT", description = "A note on the link.")
    String note;

    @Override
    public Integer call() {
        String by = UserSettings.load().author().display();
        Link l;
        String label;
        try (Project p = Project.open(project.path, Project.Access.WRITE)) {
            var links = p.linkService();
            try {
                String id = links.resolveParagraph(paragraph);
                l = passage.quote != null
                        ? links.linkQuote(id, input, passage.quote, note, by)
                        : links.linkRange(id, input, passage.range.from, passage.range.to, note, by);
                label = links.labelOf(id).orElse(paragraph);
            } catch (IllegalArgumentException e) {
                throw new CliException(project.path + ": " + e.getMessage());
            }
        }
        spec.commandLine()
                .getErr()
                .println(project.path + ": " + label + " draws on input " + l.inputId() + " [" + l.start() + ", "
                        + l.end() + ") (link " + l.id() + ").");
        spec.commandLine().getOut().println(l.id());
        return 0;
    }
}
