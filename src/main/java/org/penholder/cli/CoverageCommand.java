package org.penholder.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.penholder.coverage.Coverage;
import org.penholder.coverage.CoverageService;
import org.penholder.coverage.ParagraphSources;
import org.penholder.model.InputCoverage;
import org.penholder.model.Uptake;
import org.penholder.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
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

    @Parameters(paramLabel = "FILE", description = "The project file.")
    Path file;

    @Option(
            names = "--revision",
            paramLabel = "NAME",
            description = "A revision (\"Rev.1\"); the working draft when left out.")
    String revision;

    @Option(names = "--json", description = "Print JSON on standard output.")
    boolean json;

    @Override
    public Integer call() {
        Coverage c;
        try (Project p = Project.open(file, Project.Access.READ)) {
            CoverageService service = p.coverage();
            c = service.compute(service.scope(revision));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("revision", c.scope().isRevision() ? c.scope().name() : null);
            root.put("inputs", c.total().inputs());
            root.put("reflected", c.total().reflected());
            root.put("groups", rows("group", c.groups()));
            root.put("clusters", rows("cluster", c.clusters()));
            root.put(
                    "unreflected",
                    c.unreflected().stream().map(InputCoverage::id).toList());
            root.put(
                    "orphans",
                    c.orphans().stream().map(o -> o.paragraph().code()).toList());
            Json.print(out, root);
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

    private static List<Map<String, Object>> rows(String key, List<Uptake> uptake) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Uptake u : uptake) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put(key, u.name());
            row.put("inputs", u.inputs());
            row.put("reflected", u.reflected());
            // a share of nothing is not 0: a group without inputs has none
            row.put("share", u.hasInputs() ? Math.round(u.share() * 10_000) / 10_000.0 : null);
            out.add(row);
        }
        return out;
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
