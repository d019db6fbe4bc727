package org.penholder.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.penholder.model.Revision;
import org.penholder.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "revisions", description = "List a project's revisions, oldest first.")
final class RevisionsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The project file.")
    Path file;

    @Option(names = "--json", description = "Print JSON on standard output.")
    boolean json;

    @Override
    public Integer call() {
        List<Revision> all;
        Optional<Revision> frozen;
        try (Project p = Project.open(file, Project.Access.READ)) {
            all = p.revisionService().revisions();
            frozen = p.revisionService().frozenNumbering();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            List<Object> list = new ArrayList<>();
            for (Revision r : all) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", r.name());
                m.put("created", r.createdAt().toString());
                m.put("by", r.createdBy());
                m.put("note", r.note());
                m.put("numberingFrozen", frozen.map(f -> f.id() == r.id()).orElse(false));
                list.add(m);
            }
            Json.print(out, list);
            return 0;
        }
        for (Revision r : all) {
            boolean numbering = frozen.map(f -> f.id() == r.id()).orElse(false);
            out.printf(
                    "%-16s %s  %s%s%s%n",
                    r.name(),
                    r.createdAt().toString().substring(0, 16).replace('T', ' '),
                    r.createdBy() == null ? "" : r.createdBy(),
                    r.note() == null ? "" : "  " + r.note(),
                    numbering ? "  [numbering frozen]" : "");
        }
        return 0;
    }
}
