package org.penholder.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.penholder.coverage.CoverageService;
import org.penholder.coverage.TransparencyReport;
import org.penholder.docx.TransparencyReportWriter;
import org.penholder.project.Project;
import org.penholder.text.DocumentWords;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "Write the transparency report of a revision as a Word file: for each paragraph "
                    + "its sources, uptake by stakeholder group and cluster, and the inputs not reflected.",
            "An existing OUT is replaced only once the new report is complete."
        })
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectFile project = new ProjectFile();

    @Option(
            names = "--revision",
            paramLabel = "NAME",
            required = true,
            description = "The revision reported on (\"Rev.1\").")
    String revision;

    @Option(names = "--out", paramLabel = "OUT.docx", required = true, description = "The Word file to write.")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (!out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".docx")) {
            throw new CliException(out + ": a Word report is written to a file ending in .docx");
        }
        TransparencyReport report;
        DocumentWords words;
        try (Project p = Project.open(project.path, Project.Access.READ)) {
            CoverageService service = p.coverage();
            report = service.report(service.scope(revision));
            words = p.docxExporter().words();
        }
        new TransparencyReportWriter(ZoneId.systemDefault(), words)
                .write(report, out, TransparencyReportWriter.Progress.NONE);
        spec.commandLine()
                .getErr()
                .println("Wrote the transparency report of " + report.scope().name() + " to " + out + " ("
                        + report.coverage().paragraphs().size() + " paragraphs, " + report.linkCount()
                        + " linked passages, "
                        + report.coverage().unreflected().size() + " inputs not reflected)");
        return 0;
    }
}
