package org.penholder.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.penholder.project.Project;
import org.penholder.store.IntegrityCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
        name = "check",
        description =
                "Check a project file: pages, references, format and search index. Exit 0 when sound, 1 otherwise.")
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectFile project = new ProjectFile();

    @Override
    public Integer call() {
        List<String> problems;
        try (Project p = Project.open(project.path, Project.Access.WRITE_IF_FREE)) {
            problems = IntegrityCheck.run(p.database());
        }
        if (problems.isEmpty()) {
            spec.commandLine().getOut().println(project.path + ": ok");
            return 0;
        }
        for (String problem : problems) {
            spec.commandLine().getErr().println(project.path + ": " + problem);
        }
        return Cli.FAILED;
    }
}
