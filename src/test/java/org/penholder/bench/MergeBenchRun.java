package org.penholder.bench;

import java.nio.file.Path;

/**
 * Runs only the merge rows of the benchmark on a project file (a helper, not a test):
 * {@code java -cp ... org.penholder.bench.MergeBenchRun GENERATED.penholder WORKDIR}.
 */
public final class MergeBenchRun {

    private MergeBenchRun() {}

    public static void main(String[] args) throws Exception {
        for (Measurement m :
                new MergeBench(Path.of(args[1]), System.err::println).measure(Path.of(args[0]), 20251216)) {
            System.out.printf(
                    "%-30s median %8.1f ms  p95 %8.1f ms  %s  %s  (%s)%n",
                    m.name(), m.median(), m.p95(), m.targetText(), m.status(), m.note());
        }
    }
}
