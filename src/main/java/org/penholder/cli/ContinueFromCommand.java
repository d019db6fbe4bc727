package org.penholder.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.penholder.history.ContinueFromRevision;
import org.penholder.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "continue-from",
        description = {
            "Make a revision the working draft (a draft received from outside and imported, or an earlier revision).",
            "Paragraphs both hold keep their ids, links and history; every change is recorded as an amendment."
        })
final class ContinueFromCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The project file.")
    Path file;

    @Parameters(index = "1", paramLabel = "NAME", description = "The revision to continue from, e.g. \"Rev.1\".")
    String name;

    @Option(names = "--json", description = "Print what changed as JSON on standard output.")
    boolean json;

    @Mixin
    AuthorOptions author = new AuthorOptions();

    @Override
    public Integer call() {
        ContinueFromRevision.Result r;
        try (Project p = Project.open(file, Project.Access.WRITE)) {
            r = p.continueFrom().continueFrom(name, author.author());
        }
        spec.commandLine()
                .getErr()
                .printf(
                        "The working draft is now \"%s\": %d paragraphs changed, %d added, %d deleted, %d footnote changes.%n",
                        r.revision(), r.changed(), r.added(), r.deleted(), r.footnotes());
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("revision", r.revision());
            m.put("changed", r.changed());
            m.put("added", r.added());
            m.put("deleted", r.deleted());
            m.put("footnotes", r.footnotes());
            Json.print(spec.commandLine().getOut(), m);
        }
        return 0;
    }
}
