package org.penholder.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.penholder.ingest.StakeholderImporter;
import org.penholder.ingest.UnreadableFileException;
import org.penholder.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "import-stakeholders",
        description = {
            "Import stakeholders from a CSV file (name, group, country) into a project.",
            "The file has a header:",
            "name, group, country (or region). Existing stakeholders take the file's group and country."
        })
final class ImportStakeholdersCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectFile project = new ProjectFile();

    @Parameters(index = "1", paramLabel = "CSV", description = "The CSV file.")
    Path csv;

    @Override
    public Integer call() {
        StakeholderImporter.Report report;
        try (Project p = Project.open(project.path, Project.Access.WRITE)) {
            report = p.stakeholderImporter().importCsv(csv);
        } catch (UnreadableFileException e) {
            throw new CliException(e.getMessage());
        }
        var err = spec.commandLine().getErr();
        report.skipped().forEach(s -> err.println(csv + ": " + s));
        err.println(project.path + ": stakeholders " + report.summary() + ".");
        return 0;
    }
}
