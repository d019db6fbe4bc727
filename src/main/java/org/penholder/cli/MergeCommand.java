package org.penholder.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.penholder.merge.MergeConflict;
import org.penholder.merge.MergeCounts;
import org.penholder.merge.MergeGuards;
import org.penholder.merge.MergeProgress;
import org.penholder.merge.MergeReport;
import org.penholder.merge.MergeService;
import org.penholder.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    ProjectFile project = new ProjectFile();

    @Parameters(index = "1", paramLabel = "OTHER", description = "Another copy of the project (only read).")
    Path other;

    @Option(
            names = "--dry-run",
            description = "Say what would come in, and the paragraphs both changed; write nothing.")
    boolean dryRun;

    @Mixin
    JsonOutput json = new JsonOutput();

    /**
     * {@code merge --json}: what came in (or, with {@code --dry-run}, would), what of this file
     * changed, and the paragraphs both copies changed differently.
     *
     * @param fastForward this file had changed nothing of the draft since the copies parted: it took the other's
     * @param olderFormat the other copy is of an older format, read as upgraded and left as it is
     */
    record MergeJson(
            AddedJson added,
            ChangedJson changed,
            List<ConflictJson> conflicts,
            boolean dryRun,
            boolean fastForward,
            boolean olderFormat) {

        static MergeJson of(MergeReport r, boolean dryRun) {
            MergeCounts n = r.counts();
            return new MergeJson(
                    new AddedJson(
                            n.amendments(),
                            n.paragraphs(),
                            n.inputs(),
                            n.links(),
                            n.proposals(),
                            n.stakeholders(),
                            n.revisions(),
                            n.footnotes(),
                            n.agreedTexts()),
                    new ChangedJson(
                            n.paragraphsChanged(),
                            n.footnotesChanged(),
                            n.decisions(),
                            n.linksChanged(),
                            n.linksRemoved(),
                            n.agreedTextsRemoved(),
                            n.titleChanged()),
                    r.conflicts().stream().map(ConflictJson::of).toList(),
                    dryRun,
                    r.fastForward(),
                    r.migratedCopy());
        }
    }

    /** Records added to this file ({@code agreedTexts}: adopted texts of the library of agreed language). */
    record AddedJson(
            int amendments,
            int paragraphs,
            int inputs,
            int links,
            int proposals,
            int stakeholders,
            int revisions,
            int footnotes,
            int agreedTexts) {}

    /** Records of this file that take the other copy's state ({@code footnotes}: their words, or their removal). */
    record ChangedJson(
            int paragraphs,
            int footnotes,
            int decisions,
            int links,
            int linksRemoved,
            int agreedTextsRemoved,
            boolean title) {}

    /**
     * A paragraph both copies changed differently: its label, the proposal holding the other copy's
     * version (null in a dry run), who made it, what both changed (text, status, kind, place, life or
     * footnote), and both versions (null where a copy deleted the paragraph or removed the footnote).
     */
    record ConflictJson(String paragraph, Long proposal, String by, String aspect, String here, String there) {

        static ConflictJson of(MergeConflict c) {
            return new ConflictJson(c.label(), c.proposal(), c.by(), c.aspect(), c.mine(), c.theirs());
        }
    }

    @Override
    public Integer call() {
        Path file = project.path;
        MergeReport r;
        if (dryRun) {
            r = MergeService.preview(file, other, MergeGuards.STANDARD);
        } else {
            try (Project p = Project.open(file, Project.Access.WRITE)) {
                r = p.mergeService().merge(other, MergeProgress.NONE).report();
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json.requested) {
            json.print(out, MergeJson.of(r, dryRun));
        } else {
            print(out, r);
        }
        return 0;
    }

    private void print(PrintWriter out, MergeReport r) {
        String from = other.getFileName().toString();
        String into = project.path.getFileName().toString();
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
                "  added:   %s, %s, %s, %s, %s, %s, %s, %s, %s%n",
                count(n.amendments(), "amendment"),
                count(n.paragraphs(), "paragraph"),
                count(n.footnotes(), "footnote"),
                count(n.inputs(), "input"),
                count(n.links(), "link"),
                count(n.proposals(), "proposal"),
                count(n.stakeholders(), "stakeholder"),
                count(n.revisions(), "revision"),
                count(n.agreedTexts(), "adopted text"));
        out.printf(
                "  changed: %s, %s, %s, %s, %s, %s%s%n",
                count(n.paragraphsChanged(), "paragraph"),
                count(n.footnotesChanged(), "footnote"),
                count(n.decisions(), "decision"),
                count(n.linksChanged(), "link"),
                count(n.linksRemoved(), "link") + " removed",
                count(n.agreedTextsRemoved(), "adopted text") + " removed",
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
