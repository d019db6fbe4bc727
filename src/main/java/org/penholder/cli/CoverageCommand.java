package org.penholder.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.penholder.coverage.Coverage;
import org.penholder.coverage.CoverageService;
import org.penholder.coverage.ParagraphSources;
import org.penholder.model.InputCoverage;
import org.penholder.model.Uptake;
import org.penholder.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "coverage",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "Show who is reflected where: inputs reflected by stakeholder group and by "
                    + "thematic cluster, the inputs no paragraph draws on, and the paragraphs without a source.",
            "An input is reflected when at least one paragraph of the text is linked to a passage of it."
        })
final class CoverageCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectFile project = new ProjectFile();

    @Option(
            names = "--revision",
            paramLabel = "NAME",
            description = "A revision (\"Rev.1\"); the working draft when left out.")
    String revision;

    @Mixin
    JsonOutput json = new JsonOutput();

    @Override
    public Integer call() {
        Coverage c;
        try (Project p = Project.open(project.path, Project.Access.READ)) {
            CoverageService service = p.coverage();
            c = service.compute(service.scope(revision));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json.requested) {
            json.print(
                    out,
                    new CoverageJson(
                            c.scope().isRevision() ? c.scope().name() : null,
                            c.total().inputs(),
                            c.total().reflected(),
                            c.groups().stream().map(GroupJson::of).toList(),
                            c.clusters().stream().map(ClusterJson::of).toList(),
                            c.unreflected().stream().map(InputCoverage::id).toList(),
                            c.orphans().stream().map(o -> o.paragraph().code()).toList()));
            return 0;
        }
        out.println("Coverage of the "
                + (c.scope().isRevision() ? "revision " + c.scope().name() : "working draft") + ": "
                + c.total().reflected() + " of " + c.total().inputs() + " inputs reflected ("
                + c.total().percent() + ")");
        out.println(c.scope().definition());
        table(out, "Stakeholder group", c.groups());
        table(out, "Thematic cluster", c.clusters());
        out.println();
        out.println("Inputs not reflected (" + c.unreflected().size() + ")");
        for (InputCoverage in : c.unreflected()) {
            out.printf(
                    "  %5d  %s  (%s, %s)%n",
                    in.id(),
                    in.title(),
                    in.stakeholder() == null ? "unknown stakeholder" : in.stakeholder(),
                    in.group() == null ? Uptake.NO_GROUP.toLowerCase(java.util.Locale.ROOT) : in.group());
        }
        out.println();
        List<ParagraphSources> orphans = c.orphans();
        out.println("Paragraphs without a source (" + orphans.size() + ")"
                + (orphans.isEmpty()
                        ? ""
                        : ": "
                                + String.join(
                                        ", ",
                                        orphans.stream()
                                                .map(o -> o.paragraph().code())
                                                .toList())));
        return 0;
    }

    /**
     * {@code coverage --json}: the revision (null for the working draft), inputs reflected of all, by
     * stakeholder group and by cluster, the ids of the inputs not reflected and the labels of the
     * paragraphs without a source.
     */
    record CoverageJson(
            String revision,
            long inputs,
            long reflected,
            List<GroupJson> groups,
            List<ClusterJson> clusters,
            List<Long> unreflected,
            List<String> orphans) {}

    /** A stakeholder group's uptake; {@code share} is null for a group without inputs (a share of nothing is not 0). */
    record GroupJson(String group, long inputs, long reflected, Double share) {
        static GroupJson of(Uptake u) {
            return new GroupJson(u.name(), u.inputs(), u.reflected(), shareOf(u));
        }
    }

    /** A thematic cluster's uptake, as {@link GroupJson}. */
    record ClusterJson(String cluster, long inputs, long reflected, Double share) {
        static ClusterJson of(Uptake u) {
            return new ClusterJson(u.name(), u.inputs(), u.reflected(), shareOf(u));
        }
    }

    private static Double shareOf(Uptake u) {
        return u.hasInputs() ? Math.round(u.share() * 10_000) / 10_000.0 : null;
    }

    private static void table(PrintWriter out, String heading, List<Uptake> rows) {
        int width = Math.max(
                heading.length(),
                rows.stream().mapToInt(u -> u.name().length()).max().orElse(0));
        out.println();
        out.printf("%-" + width + "s  %6s  %9s  %5s%n", heading, "Inputs", "Reflected", "Share");
        for (Uptake u : rows) {
            out.printf("%-" + width + "s  %6d  %9d  %5s%n", u.name(), u.inputs(), u.reflected(), u.percent());
        }
    }
}
