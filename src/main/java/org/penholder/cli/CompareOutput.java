package org.penholder.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.penholder.history.Comparison;
import org.penholder.history.ParagraphChange;
import org.penholder.history.WordDiff;
import picocli.CommandLine.Mixin;

/** How the compare commands print a comparison: JSON for scripts, a plain redline for people. */
final class CompareOutput {

    private CompareOutput() {}

    /** The output options the compare commands share. */
    static final class Options {
        @Mixin
        JsonOutput json = new JsonOutput();

        @picocli.CommandLine.Option(
                names = "--all",
                description = "List unchanged paragraphs too (JSON always lists all).")
        boolean all;

        void print(PrintWriter out, Comparison c) {
            if (json.requested) {
                json.print(out, CompareJson.of(c));
            } else {
                CompareOutput.print(out, c, all);
            }
        }
    }

    static void print(PrintWriter out, Comparison c, boolean all) {
        Comparison.Summary s = c.summary();
        out.printf(
                "%s -> %s: %d changed, %d added, %d deleted, %d split, %d merged, %d moved, %d unchanged%n",
                c.from(), c.to(), s.changed(), s.added(), s.deleted(), s.split(), s.merged(), s.moved(), s.unchanged());
        for (ParagraphChange p : all ? c.changes() : c.differences()) {
            out.println();
            out.println(p.kind().code() + (p.moved() ? ", moved" : "") + ": " + p.title());
            out.println("  " + redline(p.diff()).replace("\n", "\n  "));
        }
    }

    /** The compare JSON: summary counts, then one entry per paragraph with labels and word diff. */
    record CompareJson(String from, String to, SummaryJson summary, List<ChangeJson> paragraphs) {
        static CompareJson of(Comparison c) {
            Comparison.Summary s = c.summary();
            return new CompareJson(
                    c.from(),
                    c.to(),
                    new SummaryJson(
                            s.unchanged(), s.changed(), s.added(), s.deleted(), s.split(), s.merged(), s.moved()),
                    c.changes().stream()
                            .map(p -> new ChangeJson(
                                    p.kind().code(),
                                    p.moved(),
                                    p.fromLabels(),
                                    p.toLabels(),
                                    p.section(),
                                    diff(p.diff())))
                            .toList());
        }
    }

    /** How many paragraphs of each kind of change. */
    record SummaryJson(int unchanged, int changed, int added, int deleted, int split, int merged, int moved) {}

    /** One paragraph's change: its labels before and after, its section and its word diff. */
    record ChangeJson(
            String kind, boolean moved, List<String> from, List<String> to, String section, List<SegmentJson> diff) {}

    /** A run of words kept, deleted or inserted ("equal", "delete", "insert"). */
    record SegmentJson(String op, String text) {}

    static List<SegmentJson> diff(List<WordDiff.Segment> segments) {
        return segments.stream()
                .map(seg -> new SegmentJson(seg.op().name().toLowerCase(Locale.ROOT), seg.text()))
                .toList();
    }

    /** "kept [-deleted-]{+inserted+} kept", as word-diff tools print it. */
    static String redline(List<WordDiff.Segment> segments) {
        StringBuilder b = new StringBuilder();
        for (WordDiff.Segment seg : segments) {
            switch (seg.op()) {
                case EQUAL -> b.append(seg.text());
                case DELETE -> b.append("[-").append(seg.text()).append("-]");
                case INSERT -> b.append("{+").append(seg.text()).append("+}");
            }
        }
        return b.toString();
    }
}
