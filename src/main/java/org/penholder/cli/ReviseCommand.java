package org.penholder.cli;

import java.util.concurrent.Callable;
import org.penholder.model.Revision;
import org.penholder.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "revise", description = "Freeze the current draft as a named revision (\"Rev.1\").")
final class ReviseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectFile project = new ProjectFile();

    @Parameters(index = "1", paramLabel = "NAME", description = "Name of the revision, e.g. \"Rev.1\".")
    String name;

    @Option(names = "--note", paramLabel = "N", description = "A note kept with the revision.")
    String note;

    @Option(
            names = "--freeze-numbering",
            description = "Keep this revision's paragraph numbers; new paragraphs become \"12 bis\".")
    boolean freezeNumbering;

    @Mixin
    AuthorOptions author = new AuthorOptions();

    @Override
    public Integer call() {
        try (Project p = Project.open(project.path, Project.Access.WRITE)) {
            Revision r = p.revisionService().freeze(name, note, author.author(), freezeNumbering);
            spec.commandLine()
                    .getErr()
                    .println("Froze the draft as \"" + r.name() + "\""
                            + (freezeNumbering ? "; numbering is frozen at it." : "."));
        }
        return 0;
    }
}
