package org.penholder.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.penholder.backup.Backup;
import org.penholder.backup.Backups;
import org.penholder.store.WriteFailedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "backups",
        description = {
            "List the automatic backups of a project, newest first.",
            "The project itself is not opened, so this works when it is damaged or gone. "
                    + "Restore one with: penholder restore FILE --backup ID --out NEW"
        })
final class BackupsCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The project file (it need not exist any more).")
    Path file;

    @Mixin
    JsonOutput json;

    /** One backup in {@code --json}: {@code {id, time, reason, size, kind}}. */
    record BackupJson(String id, String time, String reason, long size, String kind) {}

    @Override
    public Integer call() {
        List<Backup> all = Backups.list(Backups.defaultRoot(), file);
        PrintWriter out = spec.commandLine().getOut();
        if (json.requested) {
            json.print(
                    out,
                    all.stream()
                            .map(b -> new BackupJson(
                                    b.id(),
                                    b.time().toString(),
                                    b.reason(),
                                    b.size(),
                                    b.kind().name().toLowerCase(Locale.ROOT)))
                            .toList());
            return 0;
        }
        if (all.isEmpty()) {
            spec.commandLine().getErr().println(file + ": no backups (they are kept in " + Backups.defaultRoot() + ")");
            return 0;
        }
        for (Backup b : all) {
            out.printf(
                    "%-20s %s  %8s  %s%n",
                    b.id(), TIME.format(b.time()), WriteFailedException.size(b.size()), b.reason());
        }
        return 0;
    }
}
