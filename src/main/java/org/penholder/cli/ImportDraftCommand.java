package org.penholder.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
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
import org.penholder.text.Phrase;
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
        for (Phrase warning : draft.warnings()) {
            err.println("  note: " + warning.english());
        }
        if (json.requested) {
            json.print(
                    spec.commandLine().getOut(),
                    DraftJson.of(revision.strip(), docx, draft, asDraft || create, stored));
        }
        return 0;
    }

    /**
     * {@code import-draft --json}: the new revision, what was read from the Word file (title, symbol,
     * whether it became the working draft, counts of each kind of block, ids Penholder had written into
     * it, tracked changes read as accepted, warnings, what the draft cannot hold and was left out) and
     * the revision's blocks as stored, each with its footnotes.
     */
    record DraftJson(
            String revision,
            String file,
            String title,
            String symbol,
            List<String> titleLines,
            String status,
            boolean workingDraft,
            long headings,
            long preambular,
            long operative,
            long embeddedIds,
            int trackedChanges,
            List<String> warnings,
            List<OmissionJson> notImported,
            List<BlockJson> blocks) {

        static DraftJson of(
                String revision, Path docx, ImportedDraft draft, boolean workingDraft, List<RevisionBlock> stored) {
            return new DraftJson(
                    revision,
                    docx.toString(),
                    draft.title(),
                    draft.symbol(),
                    draft.titleLines(),
                    draft.status(),
                    workingDraft,
                    draft.count(BlockKind.HEADING),
                    draft.count(BlockKind.PP),
                    draft.count(BlockKind.OP),
                    draft.embeddedIds(),
                    draft.trackedChanges(),
                    draft.warnings().stream().map(Phrase::english).toList(),
                    draft.omissions().stream()
                            .map(o -> new OmissionJson(o.kind(), o.place(), o.text()))
                            .toList(),
                    stored.stream()
                            .map(b -> new BlockJson(
                                    b.kind().name().toLowerCase(java.util.Locale.ROOT),
                                    b.label(),
                                    b.id(),
                                    b.text(),
                                    b.footnotes().stream()
                                            .map(f -> new FootnoteJson(f.anchor(), f.text()))
                                            .toList()))
                            .toList());
        }
    }

    /** Something the draft cannot hold, left out: its kind ("table"), its place ("after OP12") and its text. */
    record OmissionJson(String kind, String place, String text) {}

    /**
     * A heading or paragraph of the imported revision: "heading", "pp" or "op", its label, id, text and
     * footnotes (left out when it has none).
     */
    record BlockJson(
            String kind,
            String label,
            String id,
            String text,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<FootnoteJson> footnotes) {}

    /** A footnote: where its mark stands in the paragraph's text, and its text. */
    record FootnoteJson(int anchor, String text) {}
}
