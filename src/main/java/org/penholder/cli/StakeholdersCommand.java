package org.penholder.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.penholder.model.Stakeholder;
import org.penholder.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "stakeholders", description = "List a project's stakeholders: name, group, country or region.")
final class StakeholdersCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectFile project = new ProjectFile();

    @Mixin
    JsonOutput json = new JsonOutput();

    /** One stakeholder of {@code stakeholders --json}. */
    record StakeholderJson(long id, String name, String group, String country) {}

    @Override
    public Integer call() {
        List<Stakeholder> all;
        try (Project p = Project.open(project.path, Project.Access.READ)) {
            all = p.stakeholders().all();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json.requested) {
            json.print(
                    out,
                    all.stream()
                            .map(s -> new StakeholderJson(s.id(), s.name(), s.group(), s.country()))
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
