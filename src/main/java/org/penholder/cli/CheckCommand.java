package org.penholder.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.penholder.project.Project;
import org.penholder.store.IntegrityCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "check",
        description =
                "Check a project file: pages, references, format and search index. Exit 0 when sound, 1 otherwise.")
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The project file.")
    Path file;

    @Override
    public Integer call() {
        List<String> problems;
        try (Project p = Project.open(file, Project.Access.WRITE_IF_FREE)) {
            problems = IntegrityCheck.run(p.database());
        }
        if (problems.isEmpty()) {
            spec.commandLine().getOut().println(file + ": ok");
            return 0;
        }
        for (String problem : problems) {
            spec.commandLine().getErr().println(file + ": " + problem);
        }
        return Cli.FAILED;
    }
}
