package org.penholder.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.penholder.history.Comparison;
import org.penholder.history.FootnoteChange;
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
            print(out, c, List.of());
        }

        /** Prints a comparison and what was compared whole beside it ("table after OP12 changed"). */
        void print(PrintWriter out, Comparison c, List<String> otherChanges) {
            if (json.requested) {
                json.print(out, CompareJson.of(c, otherChanges));
            } else {
                CompareOutput.print(out, c, all, otherChanges);
            }
        }
    }

    static void print(PrintWriter out, Comparison c, boolean all, List<String> otherChanges) {
        Comparison.Summary s = c.summary();
        out.printf(
                "%s -> %s: %d changed, %d added, %d deleted, %d split, %d merged, %d moved, %d unchanged%s%n",
                c.from(),
                c.to(),
                s.changed(),
                s.added(),
                s.deleted(),
                s.split(),
                s.merged(),
                s.moved(),
                s.unchanged(),
                otherChanges.isEmpty()
                        ? ""
                        : "; " + otherChanges.size() + " other " + (otherChanges.size() == 1 ? "change" : "changes"));
        for (String other : otherChanges) {
            out.println("  " + other);
        }
        for (ParagraphChange p : all ? c.changes() : c.differences()) {
            out.println();
            out.println(p.kind().code() + (p.moved() ? ", moved" : "") + ": " + p.title());
            out.println("  " + redline(p.diff()).replace("\n", "\n  "));
            for (FootnoteChange f : p.footnoteChanges()) {
                out.println("  " + f.title() + (f.moved() ? ", moved" : "") + ": " + redline(f.diff()));
            }
        }
    }

    /** The compare JSON: summary counts, then one entry per paragraph with labels and word diff. */
    record CompareJson(
            String from, String to, SummaryJson summary, List<ChangeJson> paragraphs, List<String> otherChanges) {
        static CompareJson of(Comparison c, List<String> otherChanges) {
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
                                    diff(p.diff()),
                                    p.footnotes().stream()
                                            .map(f -> new FootnoteJson(
                                                    f.kind().code(),
                                                    f.moved(),
                                                    f.fromNumber(),
                                                    f.toNumber(),
                                                    diff(f.diff())))
                                            .toList()))
                            .toList(),
                    otherChanges);
        }
    }

    /** How many paragraphs of each kind of change. */
    record SummaryJson(int unchanged, int changed, int added, int deleted, int split, int merged, int moved) {}

    /**
     * One paragraph's change: its labels before and after, its section, its word diff, and its
     * footnotes' changes (left out when it has none).
     */
    record ChangeJson(
            String kind,
            boolean moved,
            List<String> from,
            List<String> to,
            String section,
            List<SegmentJson> diff,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<FootnoteJson> footnotes) {}

    /** A footnote's change inside its paragraph: its numbers before and after and its word diff. */
    record FootnoteJson(String kind, boolean moved, int from, int to, List<SegmentJson> diff) {}

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
