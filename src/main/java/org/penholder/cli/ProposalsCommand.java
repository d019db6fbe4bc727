package org.penholder.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.penholder.history.Proposal;
import org.penholder.history.ProposalService;
import org.penholder.model.AmendmentStatus;
import org.penholder.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "proposals", description = "List delegations' proposals with their state, conflicts and redline.")
final class ProposalsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectFile project = new ProjectFile();

    @Option(names = "--by", paramLabel = "STAKEHOLDER", description = "Only this proposer's.")
    String by;

    @Option(
            names = "--status",
            paramLabel = "S",
            description = "Only proposals in this state: proposed, accepted, rejected, withdrawn.")
    String status;

    @Option(names = "--paragraph", paramLabel = "LABEL", description = "Only proposals for this paragraph.")
    String paragraph;

    @Mixin
    JsonOutput json = new JsonOutput();

    /**
     * One proposal of {@code proposals --json}: the paragraph it changes (or, for a new one, the paragraph
     * it follows; the footnote's number when it changes a footnote), the open proposals it conflicts with, and the paragraph's redline with it applied.
     */
    record ProposalJson(
            long id,
            String proposer,
            String kind,
            String status,
            String paragraph,
            @JsonInclude(JsonInclude.Include.NON_NULL) Integer footnote,
            String after,
            String text,
            String rationale,
            List<Long> conflictsWith,
            boolean outdated,
            List<CompareOutput.SegmentJson> redline) {

        static ProposalJson of(Proposal x) {
            return new ProposalJson(
                    x.id(),
                    x.proposer(),
                    x.kind().code(),
                    x.status().code(),
                    x.label().isEmpty() ? null : x.label(),
                    x.footnote() > 0 ? x.footnote() : null,
                    x.afterLabel().isEmpty() ? null : x.afterLabel(),
                    x.text(),
                    x.rationale(),
                    x.conflictsWith(),
                    x.outdated(),
                    CompareOutput.diff(x.redline()));
        }
    }

    @Override
    public Integer call() {
        List<Proposal> list;
        try (Project p = Project.open(project.path, Project.Access.READ)) {
            Long proposer = by == null
                    ? null
                    : p.stakeholders()
                            .byName(by)
                            .orElseThrow(() -> new CliException(p.file() + ": no stakeholder named \"" + by + "\""))
                            .id();
            AmendmentStatus s = status == null ? null : parseStatus(status);
            String id = paragraph == null ? null : ProjectParagraphs.idOf(p, paragraph);
            list = p.proposalService().list(new ProposalService.Filter(proposer, s, id));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json.requested) {
            json.print(out, list.stream().map(ProposalJson::of).toList());
            return 0;
        }
        for (Proposal x : list) {
            out.printf(
                    "#%d %-9s %-22s %-16s %s%s%s%n",
                    x.id(),
                    x.status().code(),
                    x.proposer(),
                    x.kind().displayName(),
                    x.where(),
                    x.conflicting() ? "  CONFLICTS with " + x.conflictsWith() : "",
                    x.outdated() ? "  OUTDATED" : "");
            out.println("  " + CompareOutput.redline(x.redline()));
        }
        return 0;
    }

    private static AmendmentStatus parseStatus(String s) {
        try {
            AmendmentStatus st = AmendmentStatus.parse(s);
            if (st == AmendmentStatus.APPLIED) {
                throw new IllegalArgumentException();
            }
            return st;
        } catch (IllegalArgumentException e) {
            throw new CliException("--status must be proposed, accepted, rejected or withdrawn, not \"" + s + "\"");
        }
    }
}
