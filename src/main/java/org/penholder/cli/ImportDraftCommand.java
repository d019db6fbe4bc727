package org.penholder.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.penholder.docx.DraftDocxReader;
import org.penholder.docx.ImportedDraft;
import org.penholder.docx.Progress;
import org.penholder.model.Author;
import org.penholder.model.BlockKind;
import org.penholder.model.RevisionBlock;
import org.penholder.project.ImportedProject;
import org.penholder.project.Project;
import org.penholder.settings.UserSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "import-draft",
        description = {
            "Read a draft from a Word file (.docx) as a new revision of a project.",
            "The revision sits beside the working draft (or, with --new, starts a new project). Tracked changes in the file",
            "are read as accepted."
        })
final class ImportDraftCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "FILE",
            description = "The project file (with --new: the project file to create).")
    Path file;

    @Parameters(index = "1", paramLabel = "DOCX", description = "The Word file to read.")
    Path docx;

    @Option(names = "--revision", required = true, paramLabel = "NAME", description = "The name of the new revision.")
    String revision;

    @Option(names = "--new", description = "Create FILE as a new project whose draft is the Word file's.")
    boolean create;

    @Option(names = "--json", description = "Print what was read as JSON on standard output.")
    boolean json;

    @Override
    public Integer call() {
        Author author = UserSettings.load().author();
        ImportedDraft draft;
        List<RevisionBlock> stored;
        if (create) {
            draft = new DraftDocxReader().read(docx, Progress.NONE);
            try (Project p = ImportedProject.create(file, draft, revision, author)) {
                stored = p.revisions()
                        .blocks(p.revisions()
                                .byName(revision.strip())
                                .orElseThrow()
                                .id());
                spec.commandLine().getErr().printf("Created %s from %s.%n", p.file(), docx);
            }
        } else {
            try (Project p = Project.open(file, Project.Access.WRITE)) {
                p.draftImport().checkRevisionName(revision);
                draft = new DraftDocxReader().read(docx, Progress.NONE);
                stored = p.revisions()
                        .blocks(p.draftImport()
                                .importAsRevision(draft, revision, author)
                                .id());
            }
        }
        var err = spec.commandLine().getErr();
        err.printf(
                "Read %s as revision \"%s\": %d headings, %d preambular and %d operative paragraphs%s.%n",
                docx,
                revision.strip(),
                draft.count(BlockKind.HEADING),
                draft.count(BlockKind.PP),
                draft.count(BlockKind.OP),
                draft.embeddedIds() > 0 ? ", " + draft.embeddedIds() + " matched by the ids Penholder wrote" : "");
        for (String warning : draft.warnings()) {
            err.println("  note: " + warning);
        }
        if (json) {
            Json.print(spec.commandLine().getOut(), json(draft, stored));
        }
        return 0;
    }

    private Map<String, Object> json(ImportedDraft draft, List<RevisionBlock> stored) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("revision", revision.strip());
        root.put("file", docx.toString());
        root.put("title", draft.title());
        root.put("symbol", draft.symbol());
        root.put("titleLines", draft.titleLines());
        root.put("headings", draft.count(BlockKind.HEADING));
        root.put("preambular", draft.count(BlockKind.PP));
        root.put("operative", draft.count(BlockKind.OP));
        root.put("embeddedIds", draft.embeddedIds());
        root.put("trackedChanges", draft.trackedChanges());
        root.put("warnings", draft.warnings());
        List<Map<String, Object>> blocks = new ArrayList<>();
        for (RevisionBlock b : stored) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", b.kind().name().toLowerCase(java.util.Locale.ROOT));
            m.put("label", b.label());
            m.put("id", b.id());
            m.put("text", b.text());
            blocks.add(m);
        }
        root.put("blocks", blocks);
        return root;
    }
}
