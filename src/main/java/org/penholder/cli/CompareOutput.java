package org.penholder.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.penholder.history.Comparison;
import org.penholder.history.FootnoteChange;
import org.penholder.history.ParagraphChange;
import org.penholder.history.WordDiff;

/** How the compare commands print a comparison: JSON for scripts, a plain redline for people. */
final class CompareOutput {

    private CompareOutput() {}

    /** The output options the compare commands share. */
    static final class Options {
        @picocli.CommandLine.Option(names = "--json", description = "Print JSON on standard output.")
        boolean json;

        @picocli.CommandLine.Option(
                names = "--all",
                description = "List unchanged paragraphs too (JSON always lists all).")
        boolean all;

        void print(PrintWriter out, Comparison c) {
            CompareOutput.print(out, c, json, all, List.of());
        }

        /** Prints a comparison and what was compared whole beside it ("table after OP12 changed"). */
        void print(PrintWriter out, Comparison c, List<String> otherChanges) {
            CompareOutput.print(out, c, json, all, otherChanges);
        }
    }

    static void print(PrintWriter out, Comparison c, boolean json, boolean all) {
        print(out, c, json, all, List.of());
    }

    static void print(PrintWriter out, Comparison c, boolean json, boolean all, List<String> otherChanges) {
        if (json) {
            Map<String, Object> root = json(c);
            root.put("otherChanges", otherChanges);
            Json.print(out, root);
            return;
        }
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
    static Map<String, Object> json(Comparison c) {
        Comparison.Summary s = c.summary();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("unchanged", s.unchanged());
        summary.put("changed", s.changed());
        summary.put("added", s.added());
        summary.put("deleted", s.deleted());
        summary.put("split", s.split());
        summary.put("merged", s.merged());
        summary.put("moved", s.moved());
        List<Object> paragraphs = new ArrayList<>();
        for (ParagraphChange p : c.changes()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", p.kind().code());
            m.put("moved", p.moved());
            m.put("from", p.fromLabels());
            m.put("to", p.toLabels());
            m.put("section", p.section());
            m.put("diff", diff(p.diff()));
            if (!p.footnotes().isEmpty()) {
                List<Object> notes = new ArrayList<>();
                for (FootnoteChange f : p.footnotes()) {
                    Map<String, Object> n = new LinkedHashMap<>();
                    n.put("kind", f.kind().code());
                    n.put("moved", f.moved());
                    n.put("from", f.fromNumber());
                    n.put("to", f.toNumber());
                    n.put("diff", diff(f.diff()));
                    notes.add(n);
                }
                m.put("footnotes", notes);
            }
            paragraphs.add(m);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("from", c.from());
        root.put("to", c.to());
        root.put("summary", summary);
        root.put("paragraphs", paragraphs);
        return root;
    }

    static List<Object> diff(List<WordDiff.Segment> segments) {
        List<Object> out = new ArrayList<>();
        for (WordDiff.Segment seg : segments) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("op", seg.op().name().toLowerCase(java.util.Locale.ROOT));
            m.put("text", seg.text());
            out.add(m);
        }
        return out;
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
