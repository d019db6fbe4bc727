package org.penholder.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.penholder.docx.AmendmentImportService;
import org.penholder.docx.Progress;
import org.penholder.project.Project;
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
            "again records nothing twice."
        })
final class ImportAmendmentsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The project file.")
    Path file;

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

    @Option(
            names = "--json",
            description = {
                "Print the proposals created as JSON on standard output: a list of {id, proposer, "
                        + "paragraph, kind, before, after}; for a new paragraph, \"paragraph\" is the one it follows."
            })
    boolean json;

    @Mixin
    AuthorOptions author = new AuthorOptions();

    @Override
    public Integer call() {
        AmendmentImportService.ImportResult r;
        try (Project p = Project.open(file, Project.Access.WRITE)) {
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
        for (String warning : r.warnings()) {
            err.println("  note: " + warning);
        }
        if (json) {
            List<Map<String, Object>> out = new ArrayList<>();
            for (AmendmentImportService.Imported i : r.created()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", i.id());
                m.put("proposer", i.proposer());
                m.put("paragraph", i.paragraph());
                m.put("kind", i.kind().code());
                m.put("before", i.before());
                m.put("after", i.after());
                out.add(m);
            }
            Json.print(spec.commandLine().getOut(), out);
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
