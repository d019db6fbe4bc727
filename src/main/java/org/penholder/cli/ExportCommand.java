package org.penholder.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.penholder.docx.DocxExporter;
import org.penholder.docx.ExportOptions;
import org.penholder.docx.Progress;
import org.penholder.project.Project;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "export",
        description = {
            "Write the current draft or a revision as a Word file (.docx) for circulation.",
            "The clean text in UN style, a compilation of proposals, or (--redline-from) the changes since an earlier",
            "revision as Word tracked changes; with each paragraph's sources if asked."
        })
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectFile project = new ProjectFile();

    @Option(names = "--out", required = true, paramLabel = "OUT.docx", description = "The Word file to write.")
    Path out;

    @Option(
            names = "--revision",
            paramLabel = "NAME",
            description = "The revision to write (default: the current draft).")
    String revision;

    @Option(names = "--compilation", description = "Write the compilation of proposals instead of the clean text.")
    boolean compilation;

    @Option(
            names = "--redline-from",
            paramLabel = "NAME",
            description = {
                "Write a redline: the changes from revision NAME to "
                        + "--revision (or the current draft) as tracked changes, author and date per change; Word's Accept All gives "
                        + "the newer text, Reject All the older."
            })
    String redlineFrom;

    @Option(
            names = "--sources",
            paramLabel = "none|footnotes|annex",
            defaultValue = "none",
            description = "Each paragraph's stakeholder sources: none (default), as footnotes, or in an annex table.")
    String sources;

    @Option(
            names = "--agreed",
            paramLabel = "none|footnotes|annex",
            defaultValue = "none",
            description = "The adopted texts each paragraph reuses (agreed language): none (default), as footnotes,"
                    + " or in an annex table.")
    String agreed;

    @Option(names = "--force", description = "Replace OUT.docx if it exists.")
    boolean force;

    @Mixin
    JsonOutput json = new JsonOutput();

    /**
     * {@code export --json}: the file written, its kind, the version written ("current" or a revision),
     * and for a redline the revision it starts from and how many paragraphs changed (left out otherwise).
     */
    record ExportJson(
            String file,
            String kind,
            String version,
            @JsonInclude(JsonInclude.Include.NON_NULL) String from,
            @JsonInclude(JsonInclude.Include.NON_NULL) Integer changes,
            String sources,
            String agreed,
            int paragraphs,
            int proposals,
            int sourceEntries) {}

    @Override
    public Integer call() {
        ExportOptions.Sources how;
        try {
            how = ExportOptions.Sources.parse(sources);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--sources must be none, footnotes or annex, not \"" + sources + "\"");
        }
        ExportOptions.Sources agreedHow;
        try {
            agreedHow = ExportOptions.Sources.parse(agreed);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--agreed must be none, footnotes or annex, not \"" + agreed + "\"");
        }
        if (!out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".docx")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out must name a .docx file: " + out);
        }
        if (redlineFrom != null
                && (compilation || how != ExportOptions.Sources.NONE || agreedHow != ExportOptions.Sources.NONE)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--redline-from writes the text with its changes: it does not go with --compilation, --sources"
                            + " or --agreed");
        }
        ExportOptions options = redlineFrom != null
                ? ExportOptions.redline(redlineFrom, revision)
                : new ExportOptions(
                                compilation ? ExportOptions.Kind.COMPILATION : ExportOptions.Kind.CLEAN, revision, how)
                        .withAgreed(agreedHow);
        DocxExporter.ExportResult result;
        try (Project p = Project.open(project.path, Project.Access.READ)) {
            result = p.docxExporter().export(options, out, force, Progress.NONE);
        }
        String version = revision == null ? "the current draft" : revision;
        if (json.requested) {
            json.print(
                    spec.commandLine().getOut(),
                    new ExportJson(
                            result.file().toString(),
                            options.kind().name().toLowerCase(java.util.Locale.ROOT),
                            revision == null ? "current" : revision,
                            redlineFrom,
                            redlineFrom == null ? null : result.changes(),
                            how.code(),
                            agreedHow.code(),
                            result.paragraphs(),
                            result.proposals(),
                            result.sources()));
        }
        if (redlineFrom != null) {
            spec.commandLine()
                    .getErr()
                    .printf(
                            "Wrote %s: the changes from %s to %s, %d paragraphs, %d with changes.%n",
                            result.file(), redlineFrom, version, result.paragraphs(), result.changes());
            return 0;
        }
        spec.commandLine()
                .getErr()
                .printf(
                        "Wrote %s: %s of %s, %d paragraphs%s.%n",
                        result.file(),
                        options.kind().displayName().toLowerCase(java.util.Locale.ROOT),
                        version,
                        result.paragraphs(),
                        compilation ? ", " + result.proposals() + " proposals" : "");
        return 0;
    }
}
