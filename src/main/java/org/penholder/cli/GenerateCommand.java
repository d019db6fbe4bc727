package org.penholder.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.penholder.bench.ProjectGenerator;
import org.penholder.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "generate", description = "Write a large made-up project for the benchmark (5,000 inputs at scale 1).")
final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "OUT.penholder", description = "The project file to write; it must not exist.")
    Path out;

    @Option(
            names = "--scale",
            paramLabel = "F",
            defaultValue = "1",
            description = "Size factor (default 1: 5,000 inputs, 500 paragraphs ...).")
    double scale;

    @Option(
            names = "--seed",
            paramLabel = "N",
            defaultValue = "20251216",
            description = "Random seed; the same seed and scale give the same project.")
    long seed;

    @Override
    public Integer call() {
        ProjectGenerator.Plan plan;
        try {
            plan = ProjectGenerator.Plan.atScale(scale);
        } catch (IllegalArgumentException e) {
            throw new CliException("--scale: " + e.getMessage());
        }
        var err = spec.commandLine().getErr();
        try (Project p = new ProjectGenerator(plan, seed, step -> err.println("  " + step)).generate(out)) {
            err.println("Wrote " + p.file() + ".");
        }
        return 0;
    }
}
