package org.penholder.bench;

import java.util.Arrays;

/**
 * One row of the benchmark: a figure (median and 95th percentile of repeated runs, in milliseconds,
 * or a single figure in another unit) against its target.
 *
 * @param atMost true when the figure must stay below the target (times, memory), false when it must
 *               reach it (throughput)
 */
public record Measurement(
        String name,
        double median,
        double p95,
        double p99,
        String unit,
        double target,
        String targetText,
        boolean atMost,
        boolean onP95,
        boolean onP99,
        String note) {

    /** PASS when the figure the target is about meets it. */
    public boolean passes() {
        double figure = onP99 ? p99 : onP95 ? p95 : median;
        return atMost ? figure < target : figure >= target;
    }

    public String status() {
        return passes() ? "PASS" : "MISS";
    }

    /** A timing row judged on its median. */
    static Measurement times(String name, double[] samplesMs, double targetMs) {
        return of(name, samplesMs, targetMs, false, false, "median < " + fmt(targetMs) + " ms");
    }

    /** A timing row judged on its 95th percentile. */
    static Measurement timesP95(String name, double[] samplesMs, double targetMs) {
        return of(name, samplesMs, targetMs, true, false, "p95 < " + fmt(targetMs) + " ms");
    }

    /** A timing row judged on its 99th percentile. */
    static Measurement timesP99(String name, double[] samplesMs, double targetMs) {
        return of(name, samplesMs, targetMs, false, true, "p99 < " + fmt(targetMs) + " ms");
    }

    private static Measurement of(String name, double[] samples, double target, boolean p95, boolean p99, String text) {
        double[] s = samples.clone();
        Arrays.sort(s);
        return new Measurement(
                name,
                percentile(s, 50),
                percentile(s, 95),
                percentile(s, 99),
                "ms",
                target,
                text,
                true,
                p95,
                p99,
                s.length + " runs");
    }

    /** The same row, saying more about what was measured. */
    Measurement withNote(String more) {
        return new Measurement(
                name, median, p95, p99, unit, target, targetText, atMost, onP95, onP99, note + "; " + more);
    }

    /** A single figure in another unit (MB, files/s). */
    static Measurement figure(String name, double value, String unit, double target, boolean atMost, String note) {
        String text = (atMost ? "< " : ">= ") + fmt(target) + " " + unit;
        return new Measurement(name, value, value, value, unit, target, text, atMost, false, false, note);
    }

    static double percentile(double[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }

    static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(java.util.Locale.ROOT, "%.1f", v);
    }
}
