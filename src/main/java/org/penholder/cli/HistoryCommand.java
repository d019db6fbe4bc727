package org.penholder.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.penholder.history.ParagraphHistory;
import org.penholder.model.Amendment;
import org.penholder.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "history",
        description = "Show the timeline of a paragraph: every amendment, with the words it changed.")
final class HistoryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The project file.")
    Path file;

    @Option(
            names = "--paragraph",
            required = true,
            paramLabel = "LABEL",
            description = "The paragraph, e.g. OP12 or PP3.")
    String paragraph;

    @Option(names = "--json", description = "Print JSON on standard output.")
    boolean json;

    @Override
    public Integer call() {
        List<ParagraphHistory.Step> steps;
        try (Project p = Project.open(file, Project.Access.READ)) {
            steps = p.paragraphHistory().of(ProjectParagraphs.idOf(p, paragraph));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            List<Object> list = new ArrayList<>();
            for (ParagraphHistory.Step s : steps) {
                Amendment a = s.amendment();
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", a.id());
                m.put("time", a.createdAt().toString());
                m.put("kind", a.kind().code());
                m.put("status", a.status().code());
                m.put("author", a.author());
                m.put("team", a.team());
                m.put("proposer", s.proposer().isEmpty() ? null : s.proposer());
                m.put("rationale", a.rationale());
                m.put("proposal", a.proposalId());
                m.put("before", a.before());
                m.put("after", a.after());
                m.put("diff", CompareOutput.diff(s.diff()));
                list.add(m);
            }
            Json.print(out, list);
            return 0;
        }
        for (ParagraphHistory.Step s : steps) {
            Amendment a = s.amendment();
            out.printf(
                    "#%d %s  %s  %s%s%s%n",
                    a.id(),
                    a.createdAt().toString().substring(0, 19).replace('T', ' '),
                    a.kind().displayName(),
                    a.author() + (a.team().isEmpty() ? "" : " (" + a.team() + ")"),
                    s.proposer().isEmpty()
                            ? ""
                            : ", proposed by " + s.proposer() + " ["
                                    + a.status().code() + "]",
                    a.rationale() == null ? "" : " - " + a.rationale());
            if (!s.diff().isEmpty()) {
                out.println("  " + CompareOutput.redline(s.diff()));
            } else if (a.before() != null || a.after() != null) {
                out.println("  " + a.before() + " -> " + a.after());
            }
        }
        return 0;
    }
}
