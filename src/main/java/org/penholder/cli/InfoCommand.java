package org.penholder.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.penholder.project.Project;
import org.penholder.project.ProjectInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "info", description = "Show a project's title and what it holds.")
final class InfoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectFile project = new ProjectFile();

    @Mixin
    JsonOutput json = new JsonOutput();

    /** {@code info --json}: the title, the symbol, the counts and the revisions' names, oldest first. */
    record InfoJson(String title, String symbol, CountsJson counts, List<String> revisions) {}

    /** How many of each thing the project holds. */
    record CountsJson(
            long stakeholders,
            long inputs,
            long sections,
            long paragraphs,
            long links,
            long revisions,
            long amendments) {}

    @Override
    public Integer call() {
        ProjectInfo info;
        try (Project p = Project.open(project.path, Project.Access.READ)) {
            info = p.info();
        }
        PrintWriter out = spec.commandLine().getOut();
        ProjectInfo.Counts n = info.counts();
        if (json.requested) {
            json.print(
                    out,
                    new InfoJson(
                            info.title(),
                            info.symbol(),
                            new CountsJson(
                                    n.stakeholders(),
                                    n.inputs(),
                                    n.sections(),
                                    n.paragraphs(),
                                    n.links(),
                                    n.revisions(),
                                    n.amendments()),
                            info.revisions()));
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
