package org.penholder.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.penholder.adopted.AgreedLibrary;
import org.penholder.model.AdoptedText;
import org.penholder.project.Project;
import org.penholder.text.Phrase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "import-agreed",
        description = {
            "Import adopted texts (resolutions, outcome documents) into the library of agreed language, "
                    + "from .docx, .pdf, .txt, .md and .html files or folders.",
            "Symbol, title and date are read from the text's masthead when not given.",
            "Exit 0 when anything could be read, 1 when nothing could."
        })
final class ImportAgreedCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The project file.")
    Path file;

    @Parameters(
            index = "1..*",
            arity = "1..*",
            paramLabel = "PATH",
            description = "Files or folders (read recursively).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--symbol", paramLabel = "S", description = "The text's symbol, e.g. A/RES/70/125 (one file only).")
    String symbol;

    @Option(names = "--title", paramLabel = "T", description = "The text's title (one file only).")
    String title;

    @Option(
            names = "--date",
            paramLabel = "D",
            description = "The date of adoption: 2015-12-16 or \"16 December 2015\".")
    String date;

    @Option(names = "--json", description = "Print the report as JSON on standard output.")
    boolean json;

    @Override
    public Integer call() {
        if ((symbol != null || title != null) && (paths.size() != 1 || java.nio.file.Files.isDirectory(paths.get(0)))) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--symbol and --title name one text: give one file with them");
        }
        AgreedLibrary.Details details =
                new AgreedLibrary.Details(symbol, title, Dates.parse(spec, date), System.getProperty("user.name"));
        AgreedLibrary.Report report;
        try (Project p = Project.open(file, Project.Access.WRITE)) {
            report = p.agreedLibrary().importFiles(paths, details);
        }
        PrintWriter err = spec.commandLine().getErr();
        for (AgreedLibrary.Skipped s : report.skipped()) {
            err.println(s.file() + ": " + s.reason());
        }
        for (AgreedLibrary.Duplicate d : report.duplicates()) {
            err.println(d.file() + ": already in the library as " + d.existing().name());
        }
        for (AgreedLibrary.Imported i : report.imported()) {
            for (Phrase w : i.warnings()) {
                err.println(i.file() + ": " + w.english());
            }
        }
        if (json) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put(
                    "imported",
                    report.imported().stream()
                            .map(i -> {
                                Map<String, Object> m = text(i.text());
                                m.put("file", i.file().toString());
                                m.put(
                                        "warnings",
                                        i.warnings().stream()
                                                .map(Phrase::english)
                                                .toList());
                                return m;
                            })
                            .toList());
            root.put(
                    "duplicates",
                    report.duplicates().stream()
                            .map(d -> {
                                Map<String, Object> m = text(d.existing());
                                m.put("file", d.file().toString());
                                return m;
                            })
                            .toList());
            root.put(
                    "skipped",
                    report.skipped().stream()
                            .map(s -> Map.of("file", s.file().toString(), "reason", s.reason()))
                            .toList());
            Json.print(spec.commandLine().getOut(), root);
        } else {
            PrintWriter out = spec.commandLine().getOut();
            for (AgreedLibrary.Imported i : report.imported()) {
                AdoptedText t = i.text();
                out.println(t.name() + "  " + t.title() + (t.date() == null ? "" : "  " + t.date()) + "  ("
                        + t.paragraphs() + (t.paragraphs() == 1 ? " paragraph)" : " paragraphs)"));
            }
        }
        err.println(file + ": " + report.summary() + ".");
        return report.anythingRead() ? 0 : Cli.FAILED;
    }

    private static Map<String, Object> text(AdoptedText t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("uid", t.uid());
        m.put("symbol", t.symbol());
        m.put("title", t.title());
        m.put("date", t.date() == null ? null : t.date().toString());
        m.put("language", t.language());
        m.put("paragraphs", t.paragraphs());
        return m;
    }
}
