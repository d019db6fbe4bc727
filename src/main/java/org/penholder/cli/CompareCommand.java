package org.penholder.cli;

import java.util.concurrent.Callable;
import org.penholder.history.Comparison;
import org.penholder.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "compare", description = "Compare two revisions of a project (or a revision and the current draft).")
final class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectFile project = new ProjectFile();

    @Option(names = "--from", required = true, paramLabel = "A", description = "The older revision, or \"current\".")
    String from;

    @Option(names = "--to", required = true, paramLabel = "B", description = "The newer revision, or \"current\".")
    String to;

    @Mixin
    CompareOutput.Options output = new CompareOutput.Options();

    @Override
    public Integer call() {
        Comparison c;
        try (Project p = Project.open(project.path, Project.Access.READ)) {
            c = p.revisionService().compare(from, to);
        }
        output.print(spec.commandLine().getOut(), c);
        return 0;
    }
}
