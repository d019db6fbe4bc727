package org.penholder.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.penholder.project.Project;
import org.penholder.sources.LinkService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "links",
        description = "List the links of the draft's paragraphs (or of one paragraph) to input passages.")
final class LinksCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectFile project = new ProjectFile();

    @Option(names = "--paragraph", paramLabel = "LABEL", description = "Only this paragraph: PP3, OP12 or 12.")
    String paragraph;

    @Mixin
    JsonOutput json = new JsonOutput();

    /** One link of {@code links --json}: the paragraph's label, the input and the passage [from, to). */
    record LinkJson(long id, String paragraph, long input, int from, int to, String quote, String note) {}

    @Override
    public Integer call() {
        List<LinkService.LabelledLink> links;
        try (Project p = Project.open(project.path, Project.Access.READ)) {
            try {
                String id = paragraph == null ? null : p.linkService().resolveParagraph(paragraph);
                links = p.linkService().list(id);
            } catch (IllegalArgumentException e) {
                throw new CliException(project.path + ": " + e.getMessage());
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json.requested) {
            json.print(
                    out,
                    links.stream()
                            .map(ll -> new LinkJson(
                                    ll.link().id(),
                                    ll.label().code(),
                                    ll.link().inputId(),
                                    ll.link().start(),
                                    ll.link().end(),
                                    ll.link().quote(),
                                    ll.link().note()))
                            .toList());
            return 0;
        }
        for (LinkService.LabelledLink ll : links) {
            out.printf(
                    "%-7s input %-5d [%d, %d)  \u201C%s\u201D%s%n",
                    ll.label().code(),
                    ll.link().inputId(),
                    ll.link().start(),
                    ll.link().end(),
                    InputsCommand.cut(ll.link().quote().replace('\n', ' '), 90),
                    ll.link().note() == null ? "" : "  note: " + ll.link().note());
        }
        return 0;
    }
}
