package org.penholder.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.penholder.project.Project;
import org.penholder.sources.LinkService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "links",
        description = "List the links of the draft's paragraphs (or of one paragraph) to input passages.")
final class LinksCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The project file.")
    Path file;

    @Option(names = "--paragraph", paramLabel = "LABEL", description = "Only this paragraph: PP3, OP12 or 12.")
    String paragraph;

    @Option(names = "--json", description = "Print JSON on standard output.")
    boolean json;

    @Override
    public Integer call() {
        List<LinkService.LabelledLink> links;
        try (Project p = Project.open(file, Project.Access.READ)) {
            try {
                String id = paragraph == null ? null : p.linkService().resolveParagraph(paragraph);
                links = p.linkService().list(id);
            } catch (IllegalArgumentException e) {
                throw new CliException(file + ": " + e.getMessage());
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(
                    out,
                    links.stream()
                            .map(ll -> {
                                Map<String, Object> m = new LinkedHashMap<>();
                                m.put("id", ll.link().id());
                                m.put("paragraph", ll.label().code());
                                m.put("input", ll.link().inputId());
                                m.put("from", ll.link().start());
                                m.put("to", ll.link().end());
                                m.put("quote", ll.link().quote());
                                m.put("note", ll.link().note());
                                return m;
                            })
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
