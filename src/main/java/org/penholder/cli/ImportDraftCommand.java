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
            "The revision sits beside the working draft (with --as-draft, into an empty working draft, or with --new, a new",
            "project, it becomes the working draft too). Tracked changes in the file are read as accepted; footnotes and",
            "endnotes are kept; tables, images, text boxes and the like are listed as not imported."
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

    @Option(
            names = "--as-draft",
            description = "FILE's working draft is empty: make the Word file's draft the working draft too.")
    boolean asDraft;

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
                if (asDraft) {
                    p.draftImport().checkDraftEmpty();
                }
                draft = new DraftDocxReader().read(docx, Progress.NONE);
                stored = p.revisions()
                        .blocks((asDraft
                                        ? p.draftImport().fillNewProject(draft, revision, author)
                                        : p.draftImport().importAsRevision(draft, revision, author))
                                .id());
                if (!asDraft && p.drafts().countParagraphs() == 0) {
                    spec.commandLine()
                            .getErr()
                            .println(
                                    "  The working draft is empty: continue-from \"" + revision.strip()
                                            + "\" makes this draft the working draft (import-draft --as-draft does both at once).");
                }
            }
        }
        var err = spec.commandLine().getErr();
        err.printf(
                "Read %s as revision \"%s\"%s: %d headings, %d preambular and %d operative paragraphs, %d footnotes%s.%n",
                docx,
                revision.strip(),
                asDraft || create ? " and as the working draft" : "",
                draft.count(BlockKind.HEADING),
                draft.count(BlockKind.PP),
                draft.count(BlockKind.OP),
                draft.footnotes(),
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
        root.put("status", draft.status());
        root.put("workingDraft", asDraft || create);
        root.put("headings", draft.count(BlockKind.HEADING));
        root.put("preambular", draft.count(BlockKind.PP));
        root.put("operative", draft.count(BlockKind.OP));
        root.put("embeddedIds", draft.embeddedIds());
        root.put("trackedChanges", draft.trackedChanges());
        root.put("warnings", draft.warnings());
        List<Map<String, Object>> notImported = new ArrayList<>();
        for (ImportedDraft.Omission o : draft.omissions()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", o.kind());
            m.put("place", o.place());
            m.put("text", o.text());
            notImported.add(m);
        }
        root.put("notImported", notImported);
        List<Map<String, Object>> blocks = new ArrayList<>();
        for (RevisionBlock b : stored) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", b.kind().name().toLowerCase(java.util.Locale.ROOT));
            m.put("label", b.label());
            m.put("id", b.id());
            m.put("text", b.text());
            if (!b.footnotes().isEmpty()) {
                List<Map<String, Object>> notes = new ArrayList<>();
                for (var f : b.footnotes()) {
                    Map<String, Object> n = new LinkedHashMap<>();
                    n.put("anchor", f.anchor());
                    n.put("text", f.text());
                    notes.add(n);
                }
                m.put("footnotes", notes);
            }
            blocks.add(m);
        }
        root.put("blocks", blocks);
        return root;
    }
}
