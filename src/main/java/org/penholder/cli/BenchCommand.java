package org.penholder.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.penholder.bench.Benchmark;
import org.penholder.bench.Measurement;
import org.penholder.bench.Soak;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "bench",
        description = {
            "Measure Penholder on a generated project against its speed and memory targets.",
            "The project is generated once per scale and kept in the work folder."
        })
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(
            names = "--scale",
            paramLabel = "F",
            defaultValue = "1",
            description = "Size of the generated project (1: 5,000 inputs).")
    double scale;

    @Option(
            names = "--seed",
            paramLabel = "N",
            defaultValue = "20251216",
            description = "Seed of the generated project.")
    long seed;

    @Option(
            names = "--work-dir",
            paramLabel = "DIR",
            description = "Where generated projects are kept (default: the system temporary folder).")
    Path workDir;

    @Option(names = "--json", description = "Print the figures as JSON on standard output.")
    boolean json;

    @Option(
            names = "--soak",
            description = "Instead, a simulated day of drafting (50,000 edits, 5,000 links, 20 revisions): "
                    + "heap, file growth, integrity.")
    boolean soak;

    @Override
    public Integer call() throws Exception {
        if (!(scale > 0) || scale > 10) {
            throw new CliException("--scale must be above 0 and at most 10, not " + scale);
        }
        Path dir = workDir != null ? workDir : Path.of(System.getProperty("java.io.tmpdir"), "penholder-bench");
        PrintWriter err = spec.commandLine().getErr();
        List<Measurement> results =
                soak ? new Soak(dir, err::println).run(seed) : new Benchmark(dir, err::println).run(scale, seed);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Measurement m : results) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("name", m.name());
                row.put("median_ms", round(m.median()));
                row.put("p95_ms", round(m.p95()));
                row.put("p99_ms", round(m.p99()));
                row.put("unit", m.unit());
                row.put("target", m.targetText());
                row.put("status", m.status());
                rows.add(row);
            }
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("scale", scale);
            root.put("results", rows);
            Json.print(out, root);
        } else {
            out.printf("%-34s %12s %12s %12s  %-22s %s%n", "measure", "median", "p95", "p99", "target", "status");
            for (Measurement m : results) {
                out.printf(
                        "%-34s %12s %12s %12s  %-22s %s%n",
                        m.name(),
                        show(m.median(), m.unit()),
                        show(m.p95(), m.unit()),
                        show(m.p99(), m.unit()),
                        m.targetText(),
                        m.status());
            }
        }
        return 0;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static String show(double v, String unit) {
        return String.format(java.util.Locale.ROOT, v < 10 ? "%.2f %s" : "%.0f %s", v, unit);
    }
}
