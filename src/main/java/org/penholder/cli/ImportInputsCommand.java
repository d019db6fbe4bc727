package org.penholder.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.penholder.ingest.ImportDetails;
import org.penholder.ingest.ImportReport;
import org.penholder.model.InputKind;
import org.penholder.project.Project;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "import-inputs",
        description = {
            "Import stakeholder inputs from .docx, .pdf, .txt and .md files or folders.",
            "Exit 0 when anything could be read, 1 when nothing could or the disk was full."
        })
final class ImportInputsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectFile project = new ProjectFile();

    @Parameters(
            index = "1..*",
            arity = "1..*",
            paramLabel = "PATH",
            description = "Files or folders (read recursively).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--stakeholder", paramLabel = "S", description = "Who the inputs come from (created if new).")
    String stakeholder;

    @Option(names = "--group", paramLabel = "G", description = "The stakeholder's group, e.g. \"Civil society\".")
    String group;

    @Option(names = "--occasion", paramLabel = "O", description = "e.g. \"Virtual consultation, 29 July 2025\".")
    String occasion;

    @Option(names = "--date", paramLabel = "D", description = "The inputs' date: 2025-07-29 or \"29 July 2025\".")
    String date;

    @Option(
            names = "--language",
            paramLabel = "L",
            description = "Language code (en, fr, ar ...); detected when not given.")
    String language;

    @Option(names = "--oral", description = "The inputs are oral interventions (default: written submissions).")
    boolean oral;

    @Option(names = "--tag", paramLabel = "T", description = "A thematic cluster or action line (C1-C11); repeatable.")
    List<String> tags = new ArrayList<>();

    @Mixin
    JsonOutput json = new JsonOutput();

    /** {@code import-inputs --json}: the files imported, those already in the project, those skipped and why. */
    record ReportJson(List<ImportedJson> imported, List<DuplicateJson> duplicates, List<SkippedJson> skipped) {}

    /** A file imported as input {@code id}; {@code near_duplicate_of} names an input with nearly the same text. */
    record ImportedJson(
            String file,
            long id,
            String title,
            String language,
            @JsonProperty("near_duplicate_of") Long nearDuplicateOf) {}

    /** A file whose text is that of input {@code existing}. */
    record DuplicateJson(String file, long existing) {}

    /** A file not imported, and why. */
    record SkippedJson(String file, String reason) {}

    @Override
    public Integer call() {
        if (group != null && stakeholder == null) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--group needs --stakeholder (a group belongs to a stakeholder)");
        }
        LocalDate day = Dates.parse(spec, date);
        ImportDetails details = new ImportDetails(
                stakeholder, group, oral ? InputKind.ORAL : InputKind.WRITTEN, occasion, day, language, tags);
        ImportReport report;
        PrintWriter err = spec.commandLine().getErr();
        try (Project p = Project.open(project.path, Project.Access.WRITE)) {
            try {
                report = p.inputImporter()
                        .importFiles(paths, details, (done, total, current) -> {}, () -> false, Runnable::run);
            } catch (IllegalArgumentException e) {
                throw new CliException(e.getMessage());
            }
        }
        for (ImportReport.Skipped s : report.skipped()) {
            err.println(s.file() + ": " + s.reason());
        }
        for (ImportReport.Duplicate d : report.duplicates()) {
            err.println(d.file() + ": already in the project as input " + d.existingInputId());
        }
        report.notes().forEach(err::println);
        if (json.requested) {
            json.print(
                    spec.commandLine().getOut(),
                    new ReportJson(
                            report.imported().stream()
                                    .map(i -> new ImportedJson(
                                            i.file().toString(), i.inputId(), i.title(), i.language(), i.alikeOf()))
                                    .toList(),
                            report.duplicates().stream()
                                    .map(d -> new DuplicateJson(d.file().toString(), d.existingInputId()))
                                    .toList(),
                            report.skipped().stream()
                                    .map(s -> new SkippedJson(s.file().toString(), s.reason()))
                                    .toList()));
        }
        err.println(project.path + ": " + report.summary() + ".");
        return report.anythingRead() && report.stoppedBy() == null ? 0 : Cli.FAILED;
    }
}
