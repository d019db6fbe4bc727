package org.penholder.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.penholder.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "new", description = "Create an empty project.")
final class NewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "OUT.penholder", description = "The project file to create; it must not exist.")
    Path out;

    @Option(names = "--title", required = true, paramLabel = "T", description = "Title of the draft.")
    String title;

    @Option(names = "--symbol", paramLabel = "S", description = "Document symbol, e.g. A/80/L.1.")
    String symbol;

    @Override
    public Integer call() {
        if (title.isBlank()) {
            throw new CliException("--title must not be empty");
        }
        try (Project p = Project.create(out, title.strip(), symbol)) {
            spec.commandLine().getErr().println("Created " + p.file() + ".");
        }
        return 0;
    }
}
