package org.penholder.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.penholder.history.Proposal;
import org.penholder.history.ProposalService;
import org.penholder.model.AmendmentStatus;
import org.penholder.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "proposals", description = "List delegations' proposals with their state, conflicts and redline.")
final class ProposalsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The project file.")
    Path file;

    @Option(names = "--by", paramLabel = "STAKEHOLDER", description = "Only this proposer's.")
    String by;

    @Option(
            names = "--status",
            paramLabel = "S",
            description = "Only proposals in this state: proposed, accepted, rejected, withdrawn.")
    String status;

    @Option(names = "--paragraph", paramLabel = "LABEL", description = "Only proposals for this paragraph.")
    String paragraph;

    @Option(names = "--json", description = "Print JSON on standard output.")
    boolean json;

    @Override
    public Integer call() {
        List<Proposal> list;
        try (Project p = Project.open(file, Project.Access.READ)) {
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
        if (json) {
            List<Object> all = new ArrayList<>();
            for (Proposal x : list) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", x.id());
                m.put("proposer", x.proposer());
                m.put("kind", x.kind().code());
                m.put("status", x.status().code());
                m.put("paragraph", x.label().isEmpty() ? null : x.label());
                if (x.footnote() > 0) {
                    m.put("footnote", x.footnote());
                }
                m.put("after", x.afterLabel().isEmpty() ? null : x.afterLabel());
                m.put("text", x.text());
                m.put("rationale", x.rationale());
                m.put("conflictsWith", x.conflictsWith());
                m.put("outdated", x.outdated());
                m.put("redline", CompareOutput.diff(x.redline()));
                all.add(m);
            }
            Json.print(out, all);
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
