package org.penholder.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.penholder.agreed.AgreedSource;
import org.penholder.agreed.ParagraphTrace;
import org.penholder.history.RevisionService;
import org.penholder.model.ParagraphLabel;
import org.penholder.project.Project;
import org.penholder.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "agreed",
        description = {
            "Show where each paragraph's wording comes from in the adopted texts of the library (agreed language):"
                    + " the adopted paragraphs it reuses, the share of its words each covers, and the shared words.",
            "A paragraph with no reused wording has no sources."
        })
final class AgreedCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The project file.")
    Path file;

    @Option(names = "--paragraph", paramLabel = "LABEL", description = "Only this paragraph (PP3, OP12, 12 bis).")
    String paragraph;

    @Option(
            names = "--revision",
            paramLabel = "NAME",
            description = "A revision (\"Rev.1\"); the working draft when left out.")
    String revision;

    @Option(names = "--json", description = "Print JSON on standard output.")
    boolean json;

    @Override
    public Integer call() {
        List<ParagraphTrace> traces;
        try (Project p = Project.open(file, Project.Access.READ)) {
            if (p.agreed().countTexts() == 0) {
                spec.commandLine()
                        .getErr()
                        .println(file + ": the library of adopted texts is empty; add texts with import-agreed");
            }
            try {
                traces = p.agreedTracer().trace(revision == null ? RevisionService.CURRENT : revision);
            } catch (StoreException | org.penholder.draft.CommandRefused | IllegalArgumentException e) {
                throw new CliException(e.getMessage());
            }
            if (paragraph != null) {
                String code = ParagraphLabel.parse(paragraph)
                        .map(ParagraphLabel::code)
                        .orElseThrow(() -> new CliException(file + ": " + paragraph
                                + " is not a paragraph label (labels look like PP3, OP12, OP12bis)"));
                traces = traces.stream().filter(t -> t.label().equals(code)).toList();
                if (traces.isEmpty()) {
                    throw new CliException(file + ": "
                            + (revision == null ? "the draft" : "the revision " + revision) + " has no paragraph "
                            + paragraph);
                }
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, traces.stream().map(AgreedCommand::json).toList());
            return 0;
        }
        for (ParagraphTrace t : traces) {
            out.println(t.label() + "  " + percent(t.agreedShare()) + " agreed language, " + percent(t.newShare())
                    + " new");
            for (AgreedSource s : t.sources()) {
                out.println("  " + s.citation() + " (" + s.percent() + ")  "
                        + s.text().title());
                for (AgreedSource.Span span : s.spans()) {
                    out.println("    \u00ab" + span.text() + "\u00bb");
                }
            }
        }
        return 0;
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%d%%", Math.round(share * 100));
    }

    static Map<String, Object> json(ParagraphTrace t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("paragraph", t.label());
        m.put("id", t.paragraphId());
        m.put("agreed_share", round(t.agreedShare()));
        m.put(
                "sources",
                t.sources().stream()
                        .map(s -> {
                            Map<String, Object> src = new LinkedHashMap<>();
                            src.put("symbol", s.text().symbol());
                            src.put("title", s.text().title());
                            src.put(
                                    "date",
                                    s.text().date() == null
                                            ? null
                                            : s.text().date().toString());
                            src.put("source_paragraph", s.paragraph().number());
                            src.put("share", round(s.share()));
                            src.put(
                                    "spans",
                                    s.spans().stream()
                                            .map(span -> {
                                                Map<String, Object> sp = new LinkedHashMap<>();
                                                sp.put("text", span.text());
                                                sp.put("from", span.from());
                                                sp.put("to", span.to());
                                                return sp;
                                            })
                                            .toList());
                            return src;
                        })
                        .toList());
        return m;
    }

    private static double round(double share) {
        return Math.round(share * 100) / 100.0;
    }
}
