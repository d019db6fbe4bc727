package org.penholder.cli;

import java.nio.file.Path;
import java.util.List;
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
import picocli.CommandLine.Mixin;
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

    @Mixin
    JsonOutput json = new JsonOutput();

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
        if (json.requested) {
            json.print(spec.commandLine().getOut(), DraftJson.of(revision.strip(), docx, draft, stored));
        }
        return 0;
    }

    /**
     * {@code import-draft --json}: the new revision, what was read from the Word file (title, symbol,
     * counts of each kind of block, ids Penholder had written into it, tracked changes read as
     * accepted, warnings) and the revision's blocks as stored.
     */
    record DraftJson(
            String revision,
            String file,
            String title,
            String symbol,
            List<String> titleLines,
            long headings,
            long preambular,
            long operative,
            long embeddedIds,
            int trackedChanges,
            List<String> warnings,
            List<BlockJson> blocks) {

        static DraftJson of(String revision, Path docx, ImportedDraft draft, List<RevisionBlock> stored) {
            return new DraftJson(
                    revision,
                    docx.toString(),
                    draft.title(),
                    draft.symbol(),
                    draft.titleLines(),
                    draft.count(BlockKind.HEADING),
                    draft.count(BlockKind.PP),
                    draft.count(BlockKind.OP),
                    draft.embeddedIds(),
                    draft.trackedChanges(),
                    draft.warnings(),
                    stored.stream()
                            .map(b -> new BlockJson(
                                    b.kind().name().toLowerCase(java.util.Locale.ROOT), b.label(), b.id(), b.text()))
                            .toList());
        }
    }

    /** A heading or paragraph of the imported revision: "heading", "pp" or "op", its label, id and text. */
    record BlockJson(String kind, String label, String id, String text) {}
}
