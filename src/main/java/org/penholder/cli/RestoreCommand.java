package org.penholder.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.penholder.backup.Backups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "restore", description = "Restore a backup of a project into a new file (never over an existing one).")
final class RestoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The project file whose backup it is.")
    Path file;

    @Option(
            names = "--backup",
            required = true,
            paramLabel = "ID",
            description = "The backup, as penholder backups lists it.")
    String id;

    @Option(names = "--out", required = true, paramLabel = "NEW", description = "The new project file to write.")
    Path out;

    @Override
    public Integer call() {
        Backups.restore(Backups.defaultRoot(), file, id, out);
        spec.commandLine().getErr().println(out + ": the backup " + id + " of " + file.getFileName() + " restored.");
        return 0;
    }
}
