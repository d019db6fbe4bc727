package org.penholder.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.penholder.model.Revision;
import org.penholder.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "revisions", description = "List a project's revisions, oldest first.")
final class RevisionsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectFile project = new ProjectFile();

    @Mixin
    JsonOutput json = new JsonOutput();

    /** One revision of {@code revisions --json}: when and by whom it was frozen, and whether it froze the numbering. */
    record RevisionJson(String name, String created, String by, String note, boolean numberingFrozen) {}

    @Override
    public Integer call() {
        List<Revision> all;
        Optional<Revision> frozen;
        try (Project p = Project.open(project.path, Project.Access.READ)) {
            all = p.revisionService().revisions();
            frozen = p.revisionService().frozenNumbering();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json.requested) {
            json.print(
                    out,
                    all.stream()
                            .map(r -> new RevisionJson(
                                    r.name(),
                                    r.createdAt().toString(),
                                    r.createdBy(),
                                    r.note(),
                                    frozen.map(f -> f.id() == r.id()).orElse(false)))
                            .toList());
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
