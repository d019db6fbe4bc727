package org.penholder.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.penholder.project.Project;
import org.penholder.project.ProjectInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "info", description = "Show a project's title and what it holds.")
final class InfoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The project file.")
    Path file;

    @Option(names = "--json", description = "Print JSON on standard output.")
    boolean json;

    @Override
    public Integer call() {
        ProjectInfo info;
        try (Project p = Project.open(file, Project.Access.READ)) {
            info = p.info();
        }
        PrintWriter out = spec.commandLine().getOut();
        ProjectInfo.Counts n = info.counts();
        if (json) {
            Map<String, Object> counts = new LinkedHashMap<>();
            counts.put("stakeholders", n.stakeholders());
            counts.put("inputs", n.inputs());
            counts.put("sections", n.sections());
            counts.put("paragraphs", n.paragraphs());
            counts.put("links", n.links());
            counts.put("revisions", n.revisions());
            counts.put("amendments", n.amendments());
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("title", info.title());
            root.put("symbol", info.symbol());
            root.put("counts", counts);
            root.put("revisions", info.revisions());
            Json.print(out, root);
            return 0;
        }
        out.println(info.title());
        if (!info.symbol().isEmpty()) {
            out.println(info.symbol());
        }
        out.printf("%-13s %d%n", "Stakeholders", n.stakeholders());
        out.printf("%-13s %d%n", "Inputs", n.inputs());
        out.printf("%-13s %d%n", "Sections", n.sections());
        out.printf("%-13s %d%n", "Paragraphs", n.paragraphs());
        out.printf("%-13s %d%n", "Links", n.links());
        out.printf("%-13s %d%n", "Amendments", n.amendments());
        out.printf(
                "%-13s %d%s%n",
                "Revisions",
                n.revisions(),
                info.revisions().isEmpty() ? "" : " (" + String.join(", ", info.revisions()) + ")");
        return 0;
    }
}
