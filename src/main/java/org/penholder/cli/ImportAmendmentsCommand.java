package org.penholder.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.penholder.docx.AmendmentImportService;
import org.penholder.docx.Progress;
import org.penholder.project.Project;
import org.penholder.text.Phrase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "import-amendments",
        description = {
            "Read a delegation's Word file (.docx) with tracked changes as proposals.",
            "One per change (or run of changes) in a paragraph, with the fewest words changed, attributed to the change's author,",
            "placed in the paragraph by the id Penholder wrote into the file, else by its text. Importing the same file",
            "again records nothing twice. With --json: a list of the proposals created, {id, proposer, paragraph, kind,",
            "before, after}; for a new paragraph, \"paragraph\" is the one it follows."
        })
final class ImportAmendmentsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectFile project = new ProjectFile();

    @Parameters(index = "1", paramLabel = "DOCX", description = "The Word file with tracked changes.")
    Path docx;

    @Option(
            names = "--proposer",
            paramLabel = "NAME",
            description = {
                "Who proposes every change of the file (a delegation, a "
                        + "group), instead of the authors the file names; an existing stakeholder keeps its group."
            })
    String proposer;

    @Mixin
    JsonOutput json = new JsonOutput();

    @Mixin
    AuthorOptions author = new AuthorOptions();

    /** A proposal created by {@code import-amendments --json}; for a new paragraph, the paragraph it follows. */
    record ProposalJson(long id, String proposer, String paragraph, String kind, String before, String after) {}

    @Override
    public Integer call() {
        AmendmentImportService.ImportResult r;
        try (Project p = Project.open(project.path, Project.Access.WRITE)) {
            var service = p.amendmentImport();
            r = service.importProposals(service.read(docx, Progress.NONE), proposer, author.author());
        }
        var err = spec.commandLine().getErr();
        err.printf(
                "Read %s: %d tracked changes, %d proposal%s recorded%s.%n",
                docx,
                r.trackedChanges(),
                r.created().size(),
                r.created().size() == 1 ? "" : "s",
                r.alreadyImported() > 0 ? ", " + r.alreadyImported() + " already in the project" : "");
        for (Phrase warning : r.warnings()) {
            err.println("  note: " + warning.english());
        }
        if (json.requested) {
            json.print(
                    spec.commandLine().getOut(),
                    r.created().stream()
                            .map(i -> new ProposalJson(
                                    i.id(),
                                    i.proposer(),
                                    i.paragraph(),
                                    i.kind().code(),
                                    i.before(),
                                    i.after()))
                            .toList());
        } else {
            for (AmendmentImportService.Imported i : r.created()) {
                spec.commandLine()
                        .getOut()
                        .printf(
                                "#%d %-22s %-6s %-16s %s%n",
                                i.id(), i.proposer(), i.paragraph(), i.kind().displayName(), describe(i));
            }
        }
        return 0;
    }

    private static String describe(AmendmentImportService.Imported i) {
        return switch (i.kind()) {
            case INSERT_TEXT -> "insert \"" + i.after() + "\"";
            case DELETE_TEXT -> "delete \"" + i.before() + "\"";
            case REPLACE_TEXT -> "replace \"" + i.before() + "\" with \"" + i.after() + "\"";
            case NEW_PARAGRAPH -> "after it: \"" + i.after() + "\"";
            default -> "";
        };
    }
}
