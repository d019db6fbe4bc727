package org.penholder.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.penholder.model.Stakeholder;
import org.penholder.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "stakeholders", description = "List a project's stakeholders: name, group, country or region.")
final class StakeholdersCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The project file.")
    Path file;

    @Option(names = "--json", description = "Print JSON on standard output.")
    boolean json;

    @Override
    public Integer call() {
        List<Stakeholder> all;
        try (Project p = Project.open(file, Project.Access.READ)) {
            all = p.stakeholders().all();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(
                    out,
                    all.stream()
                            .map(s -> {
                                Map<String, Object> m = new LinkedHashMap<>();
                                m.put("id", s.id());
                                m.put("name", s.name());
                                m.put("group", s.group());
                                m.put("country", s.country());
                                return m;
                            })
                            .toList());
            return 0;
        }
        for (Stakeholder s : all) {
            out.printf(
                    "%-40s %-22s %s%n",
                    s.name(), s.group() == null ? "" : s.group(), s.country() == null ? "" : s.country());
        }
        return 0;
    }
}
