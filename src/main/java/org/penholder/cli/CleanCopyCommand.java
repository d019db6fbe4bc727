package org.penholder.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.penholder.store.CleanedCopy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "clean-copy",
        description = {
            "Read the data of a project file changed outside Penholder into a new file.",
            "For a file refused for what it holds (a planted trigger, a view): its rows go into a fresh "
                    + "file made by this Penholder; the file itself is left as it is."
        })
final class CleanCopyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The project file refused.")
    Path file;

    @Option(names = "--out", required = true, paramLabel = "NEW", description = "The new project file to write.")
    Path out;

    @Override
    public Integer call() {
        CleanedCopy.Report report = CleanedCopy.write(file, out);
        PrintWriter err = spec.commandLine().getErr();
        err.println(out + ": " + report.summary() + ".");
        return 0;
    }
}
