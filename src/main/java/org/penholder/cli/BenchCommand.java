package org.penholder.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.penholder.bench.Benchmark;
import org.penholder.bench.Measurement;
import org.penholder.bench.Soak;
import org.penholder.bench.SoakMerges;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    JsonOutput json = new JsonOutput();

    /** {@code bench --json}: the scale and one row per measure. */
    record BenchJson(double scale, List<FigureJson> results) {}

    /**
     * One measure: its median, 95th and 99th percentile in its {@code unit} (the field names say ms, which
     * most measures are; a few count MB or files/s), its target and whether it was met.
     */
    record FigureJson(
            String name,
            @JsonProperty("median_ms") double median,
            @JsonProperty("p95_ms") double p95,
            @JsonProperty("p99_ms") double p99,
            String unit,
            String target,
            String status) {}

    @Option(
            names = "--soak",
            description = "Instead, a simulated day of drafting (50,000 edits, 5,000 links, 20 revisions, a "
                    + "teammate's copy merged every 5,000 edits): heap, file growth, integrity.")
    boolean soak;

    @Override
    public Integer call() throws Exception {
        if (!(scale > 0) || scale > 10) {
            throw new CliException("--scale must be above 0 and at most 10, not " + scale);
        }
        Path dir = workDir != null ? workDir : Path.of(System.getProperty("java.io.tmpdir"), "penholder-bench");
        PrintWriter err = spec.commandLine().getErr();
        List<Measurement> results = soak
                ? new Soak(dir, err::println)
                        .withMerge(new SoakMerges(dir, seed, err::println))
                        .run(seed)
                : new Benchmark(dir, err::println).run(scale, seed);
        PrintWriter out = spec.commandLine().getOut();
        if (json.requested) {
            json.print(
                    out,
                    new BenchJson(
                            scale,
                            results.stream()
                                    .map(m -> new FigureJson(
                                            m.name(),
                                            round(m.median()),
                                            round(m.p95()),
                                            round(m.p99()),
                                            m.unit(),
                                            m.targetText(),
                                            m.status()))
                                    .toList()));
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
