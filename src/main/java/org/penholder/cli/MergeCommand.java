package org.penholder.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.penholder.merge.MergeConflict;
import org.penholder.merge.MergeCounts;
import org.penholder.merge.MergeGuards;
import org.penholder.merge.MergeProgress;
import org.penholder.merge.MergeReport;
import org.penholder.merge.MergeService;
import org.penholder.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "merge",
        description = {
            "Bring into FILE everything OTHER, a copy of the same project edited elsewhere, holds that FILE lacks.",
            "Where both changed the same paragraph differently FILE keeps its version and OTHER's becomes a proposal,",
            "marked as a merge conflict, to decide like any proposal. OTHER is only read; one transaction."
        })
final class MergeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The project file to merge into.")
    Path file;

    @Parameters(index = "1", paramLabel = "OTHER", description = "Another copy of the project (only read).")
    Path other;

    @Option(
            names = "--dry-run",
            description = "Say what would come in, and the paragraphs both changed; write nothing.")
    boolean dryRun;

    @Option(
            names = "--json",
            description = {
                "Print JSON on standard output: {\"added\": {amendments, paragraphs, inputs, links, proposals, "
                        + "stakeholders, revisions}, \"changed\": {...}, \"conflicts\": [{paragraph, proposal, by, aspect}]}"
            })
    boolean json;

    @Override
    public Integer call() {
        MergeReport r;
        if (dryRun) {
            r = MergeService.preview(file, other, MergeGuards.STANDARD);
        } else {
            try (Project p = Project.open(file, Project.Access.WRITE)) {
                r = p.mergeService().merge(other, MergeProgress.NONE).report();
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, json(r));
        } else {
            print(out, r);
        }
        return 0;
    }

    private Map<String, Object> json(MergeReport r) {
        MergeCounts n = r.counts();
        Map<String, Object> added = new LinkedHashMap<>();
        added.put("amendments", n.amendments());
        added.put("paragraphs", n.paragraphs());
        added.put("inputs", n.inputs());
        added.put("links", n.links());
        added.put("proposals", n.proposals());
        added.put("stakeholders", n.stakeholders());
        added.put("revisions", n.revisions());
        Map<String, Object> changed = new LinkedHashMap<>();
        changed.put("paragraphs", n.paragraphsChanged());
        changed.put("decisions", n.decisions());
        changed.put("links", n.linksChanged());
        changed.put("linksRemoved", n.linksRemoved());
        changed.put("title", n.titleChanged());
        List<Map<String, Object>> conflicts = new ArrayList<>();
        for (MergeConflict c : r.conflicts()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("paragraph", c.label());
            m.put("proposal", c.proposal());
            m.put("by", c.by());
            m.put("aspect", c.aspect());
            if (dryRun) {
                m.put("here", c.mine());
                m.put("there", c.theirs());
            }
            conflicts.add(m);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("added", added);
        root.put("changed", changed);
        root.put("conflicts", conflicts);
        root.put("dryRun", dryRun);
        root.put("fastForward", r.fastForward());
        root.put("olderFormat", r.migratedCopy());
        return root;
    }

    private void print(PrintWriter out, MergeReport r) {
        String from = other.getFileName().toString();
        String into = file.getFileName().toString();
        if (r.nothing()) {
            out.println(from + " holds nothing " + into + " lacks" + (dryRun ? "." : "; nothing was written."));
            return;
        }
        MergeCounts n = r.counts();
        out.println(
                (dryRun
                        ? "Merging " + from + " into " + into + " would bring in:"
                        : "Merged " + from + " into " + into + ":"));
        out.printf(
                "  added:   %s, %s, %s, %s, %s, %s, %s%n",
                count(n.amendments(), "amendment"),
                count(n.paragraphs(), "paragraph"),
                count(n.inputs(), "input"),
                count(n.links(), "link"),
                count(n.proposals(), "proposal"),
                count(n.stakeholders(), "stakeholder"),
                count(n.revisions(), "revision"));
        out.printf(
                "  changed: %s, %s, %s, %s%s%n",
                count(n.paragraphsChanged(), "paragraph"),
                count(n.decisions(), "decision"),
                count(n.linksChanged(), "link"),
                count(n.linksRemoved(), "link") + " removed",
                n.titleChanged() ? ", the title" : "");
        if (r.migratedCopy()) {
            out.println("  " + from + " is of an older format: it was read as upgraded, and left as it is.");
        }
        if (r.conflicts().isEmpty()) {
            out.println("  no paragraph was changed differently in both copies.");
        } else {
            out.println(
                    dryRun
                            ? "  changed differently in both copies (" + into + " would keep its version):"
                            : "  changed differently in both copies; " + into
                                    + " kept its version, the other is a proposal to decide:");
            for (MergeConflict c : r.conflicts()) {
                out.printf(
                        "    %-8s %-8s by %s%s%n",
                        c.label(), c.aspect(), c.by(), c.proposal() == null ? "" : "  (proposal " + c.proposal() + ")");
                if (dryRun) {
                    out.println("      here:  " + shown(c.mine()));
                    out.println("      there: " + shown(c.theirs()));
                }
            }
        }
        if (dryRun) {
            out.println("Nothing was written.");
        }
    }

    private static String shown(String version) {
        return version == null ? "(deleted)" : version;
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
