package org.penholder.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.penholder.project.Project;
import org.penholder.project.SampleProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "sample",
        description = "Write the sample project (the WSIS+20 consultation of 29 July 2025) to a new file.")
final class SampleCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "OUT.penholder", description = "The project file to write; it must not exist.")
    Path out;

    @Override
    public Integer call() {
        try (Project p = SampleProject.create(out)) {
            var info = p.info();
            spec.commandLine()
                    .getErr()
                    .printf(
                            "Wrote %s: %d inputs, %d paragraphs, %d links, revision \"%s\".%n",
                            out,
                            info.counts().inputs(),
                            info.counts().paragraphs(),
                            info.counts().links(),
                            SampleProject.FIRST_REVISION);
        }
        return 0;
    }
}
