package org.penholder.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.penholder.history.ParagraphHistory;
import org.penholder.model.Amendment;
import org.penholder.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "history",
        description = {
            "Show the timeline of a paragraph: every amendment, with the words it changed.",
            "With --restore, give the paragraph back the text an earlier amendment left (a new amendment)."
        })
final class HistoryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectFile project = new ProjectFile();

    @Option(
            names = "--paragraph",
            required = true,
            paramLabel = "LABEL",
            description = "The paragraph, e.g. OP12 or PP3.")
    String paragraph;

    @Option(
            names = "--restore",
            paramLabel = "AMENDMENT",
            description = "Restore the text this amendment of the paragraph left (its # in the timeline).")
    Long restore;

    @Mixin
    AuthorOptions author = new AuthorOptions();

    @Mixin
    JsonOutput json = new JsonOutput();

    /** One amendment of {@code history --json}, with the words it changed. */
    record StepJson(
            long id,
            String time,
            String kind,
            String status,
            String author,
            String team,
            String proposer,
            String rationale,
            Long proposal,
            String before,
            String after,
            List<CompareOutput.SegmentJson> diff) {

        static StepJson of(ParagraphHistory.Step s) {
            Amendment a = s.amendment();
            return new StepJson(
                    a.id(),
                    a.createdAt().toString(),
                    a.kind().code(),
                    a.status().code(),
                    a.author(),
                    a.team(),
                    s.proposer().isEmpty() ? null : s.proposer(),
                    a.rationale(),
                    a.proposalId(),
                    a.before(),
                    a.after(),
                    CompareOutput.diff(s.diff()));
        }
    }

    @Override
    public Integer call() {
        List<ParagraphHistory.Step> steps;
        try (Project p = Project.open(project.path, restore == null ? Project.Access.READ : Project.Access.WRITE)) {
            String id = ProjectParagraphs.idOf(p, paragraph);
            if (restore != null) {
                Amendment restored = p.paragraphHistory().restore(id, restore, author.author());
                spec.commandLine()
                        .getErr()
                        .println("Restored the text of amendment " + restore + " to " + paragraph + " as amendment "
                                + restored.id() + ".");
            }
            steps = p.paragraphHistory().of(id);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json.requested) {
            json.print(out, steps.stream().map(StepJson::of).toList());
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
