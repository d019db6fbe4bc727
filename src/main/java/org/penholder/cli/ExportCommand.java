package org.penholder.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.penholder.docx.DocxExporter;
import org.penholder.docx.ExportOptions;
import org.penholder.docx.Progress;
import org.penholder.project.Project;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", description = {"Write the current draft or a revision as a Word file (.docx) for circulation:",
        "the clean text in UN style, or a compilation of proposals; with each paragraph's sources if asked."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The project file.")
    Path file;

    @Option(names = "--out", required = true, paramLabel = "OUT.docx", description = "The Word file to write.")
    Path out;

    @Option(names = "--revision", paramLabel = "NAME", description = "The revision to write (default: the current draft).")
    String revision;

    @Option(names = "--compilation", description = "Write the compilation of proposals instead of the clean text.")
    boolean compilation;

    @Option(names = "--sources", paramLabel = "none|footnotes|annex", defaultValue = "none",
            description = "Each paragraph's stakeholder sources: none (default), as footnotes, or in an annex table.")
    String sources;

    @Option(names = "--force", description = "Replace OUT.docx if it exists.")
    boolean force;

    @Option(names = "--json", description = "Print what was written as JSON on standard output.")
    boolean json;

    @Override
    public Integer call() {
        ExportOptions.Sources how;
        try {
            how = ExportOptions.Sources.parse(sources);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--sources must be none, footnotes or annex, not \"" + sources + "\"");
        }
        if (!out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".docx")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out must name a .docx file: " + out);
        }
        ExportOptions options = new ExportOptions(compilation ? ExportOptions.Kind.COMPILATION : ExportOptions.Kind.CLEAN,
                revision, how);
        DocxExporter.ExportResult result;
        try (Project p = Project.open(file, Project.Access.READ)) {
            result = p.docxExporter().export(options, out, force, Progress.NONE);
        }
        String version = revision == null ? "the current draft" : revision;
        if (json) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("file", result.file().toString());
            root.put("kind", compilation ? "compilation" : "clean");
            root.put("version", revision == null ? "current" : revision);
            root.put("sources", how.code());
            root.put("paragraphs", result.paragraphs());
            root.put("proposals", result.proposals());
            root.put("sourceEntries", result.sources());
            Json.print(spec.commandLine().getOut(), root);
        }
        spec.commandLine().getErr().printf("Wrote %s: %s of %s, %d paragraphs%s.%n", result.file(),
                options.kind().displayName().toLowerCase(java.util.Locale.ROOT), version, result.paragraphs(),
                compilation ? ", " + result.proposals() + " proposals" : "");
        return 0;
    }
}
