package org.penholder.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.penholder.backup.Backup;
import org.penholder.backup.Backups;
import org.penholder.store.WriteFailedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

    @Option(names = "--json", description = "Print a list of {id, time, reason, size} on standard output.")
    boolean json;

    @Override
    public Integer call() {
        List<Backup> all = Backups.list(Backups.defaultRoot(), file);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            List<Object> list = new ArrayList<>();
            for (Backup b : all) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", b.id());
                m.put("time", b.time().toString());
                m.put("reason", b.reason());
                m.put("size", b.size());
                m.put("kind", b.kind().name().toLowerCase(java.util.Locale.ROOT));
                list.add(m);
            }
            Json.print(out, list);
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
