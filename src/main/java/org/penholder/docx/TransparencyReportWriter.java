package org.penholder.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.penholder.agreed.AgreedSource;
import org.penholder.agreed.ParagraphTrace;
import org.penholder.coverage.Coverage;
import org.penholder.coverage.ParagraphSources;
import org.penholder.coverage.ScopeParagraph;
import org.penholder.coverage.TransparencyReport;
import org.penholder.model.InputCoverage;
import org.penholder.model.LinkedPassage;
import org.penholder.model.ParagraphKind;
import org.penholder.model.Uptake;
import org.penholder.text.DocumentWords;
import org.penholder.text.Phrase;

/**
 * Writes the transparency report of a text as a Word file: a summary, uptake by stakeholder group
 * and by thematic cluster, the sources of each paragraph with the quoted passages, where each input
 * is reflected, and the inputs not reflected.
 */
public final class TransparencyReportWriter {

    /** How far the writing has got, and whether the person has asked to stop. */
    public interface Progress {
        void update(long done, long total);

        boolean isCancelled();

        Progress NONE = new Progress() {
            @Override
            public void update(long done, long total) {}

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }

    private static final int[] UPTAKE_WIDTHS = {4312, 1275, 1275, 1275, 1275};
    private static final boolean[] UPTAKE_NUMERIC = {false, true, true, true, true};
    private static final int[] AGREED_WIDTHS = {4312, 1275, 1275, 1275, 1275};
    private static final boolean[] AGREED_NUMERIC = {false, true, true, true, true};
    private static final int[] REFLECTED_WIDTHS = {2600, 1700, 3012, 2100};
    private static final int[] UNREFLECTED_WIDTHS = {2400, 1500, 2712, 1500, 1300};

    private final ZoneId zone;
    private final DocumentWords words;
    private long done;
    private long total;
    private Progress progress = Progress.NONE;

    public TransparencyReportWriter(ZoneId zone) {
        this(zone, DocumentWords.english());
    }

    /** A writer whose headings and fixed words are in the project's document language. */
    public TransparencyReportWriter(ZoneId zone, DocumentWords words) {
        this.zone = zone;
        this.words = words;
    }

    /** A section's title as the report prints it: the coverage's "Preamble" in the document's language. */
    private String section(String title) {
        return org.penholder.coverage.ScopeParagraph.PREAMBLE.equals(title) ? words.get("report.preamble") : title;
    }

    /**
     * Writes the report to {@code out}. The file appears complete or not at all: it is written
     * beside its place and moved there at the end, so a failure or a Cancel leaves any earlier
     * file of that name as it was.
     *
     * @throws CancellationException when {@code progress} says so
     */
    public void write(TransparencyReport report, Path out, Progress progress) throws IOException {
        Path target = out.toAbsolutePath();
        // not Files.createTempFile: its file is private to its owner, and a report is for sharing
        Path temp = target.resolveSibling("." + target.getFileName() + ".part");
        boolean moved = false;
        try {
            try (OutputStream os = Files.newOutputStream(temp)) {
                write(report, os, progress);
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } catch (IOException e) {
            throw new DocxException(out, Phrase.of("docx.refused.reportNotWritten", reason(e)), e);
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** Writes the report as a .docx to a stream. */
    public void write(TransparencyReport report, OutputStream out, Progress progress) throws IOException {
        Coverage c = report.coverage();
        this.progress = progress;
        this.done = 0;
        long items = (long) c.paragraphs().size()
                + report.linkCount()
                + report.reflected().size()
                + c.unreflected().size();
        // saving the document takes about a fifth of the time of building it
        this.total = items + items / 4 + 1;
        try (XWPFDocument doc = new XWPFDocument()) {
            var props = doc.getProperties().getCoreProperties();
            props.setTitle(
                    words.get("report.documentTitle", words.get(report.scope().title())));
            props.setSubjectProperty(report.title());
            props.setCreator("Penholder");
            TransparencyReportLayout layout = new TransparencyReportLayout(doc);
            layout.setUp(
                    join(
                            " \u00B7 ",
                            report.symbol(),
                            words.get("report.title"),
                            words.get(report.scope().title())),
                    words.get("report.footer.pageOf", TransparencyReportLayout.PAGE, TransparencyReportLayout.PAGES));
            opening(layout, report);
            uptake(
                    layout,
                    words.get("report.uptake.groups"),
                    words.get("report.uptake.group"),
                    c.groups(),
                    c.total(),
                    null);
            uptake(
                    layout,
                    words.get("report.uptake.clusters"),
                    words.get("report.uptake.cluster"),
                    c.clusters(),
                    null,
                    words.get("report.uptake.clusters.note"));
            agreed(layout, report);
            sources(layout, report);
            reflected(layout, report);
            unreflected(layout, c.unreflected());
            step(0);
            doc.write(out);
            progress.update(total, total);
        }
    }

    private void opening(TransparencyReportLayout layout, TransparencyReport report) {
        Coverage c = report.coverage();
        layout.paragraph("Title", words.get("report.title"));
        layout.paragraph("Subtitle", report.title());
        String when = report.scope().isRevision()
                ? (report.scope().frozenAt() == null
                        ? report.scope().name()
                        : words.get(
                                "report.revisionMade",
                                report.scope().name(),
                                date(report.scope().frozenAt())))
                : words.get("report.workingDraft", date(report.madeAt()));
        layout.paragraph("Subtitle", join(" \u00B7 ", report.symbol(), when));
        layout.paragraph("Note", words.get("report.prepared", date(report.madeAt())));

        layout.paragraph("Heading1", words.get("report.summary"));
        long withSources = c.paragraphs().stream().filter(p -> !p.isOrphan()).count();
        layout.paragraph(
                "Normal",
                words.get(
                        "report.summary.counts",
                        c.total().reflected(),
                        c.total().inputs(),
                        c.total().percent(),
                        withSources,
                        c.paragraphs().size(),
                        c.orphans().size()));
        layout.paragraph(
                "Normal", words.get(report.scope().definition()) + " " + words.get("report.summary.definitions"));
        if (report.tracesAgreedLanguage()) {
            TransparencyReport.LanguageShare all = report.agreedInAll();
            layout.paragraph(
                    "Normal", words.get("report.summary.agreed", percent(all.agreedShare()), percent(all.newShare())));
        }
    }

    /** The share of agreed and new language in each section and paragraph. */
    private void agreed(TransparencyReportLayout layout, TransparencyReport report) {
        if (!report.tracesAgreedLanguage()) {
            return;
        }
        layout.paragraph("Heading1", words.get("report.agreed.heading"));
        layout.paragraph("Note", words.get("report.agreed.note"));
        XWPFTable t = layout.table(
                List.of(
                        words.get("report.agreed.column.part"),
                        words.get("report.agreed.column.words"),
                        words.get("report.agreed.column.agreed"),
                        words.get("report.agreed.column.new"),
                        words.get("report.agreed.column.texts")),
                AGREED_WIDTHS,
                AGREED_NUMERIC);
        String section = null;
        java.util.Map<String, TransparencyReport.LanguageShare> sections = new java.util.HashMap<>();
        report.agreedBySection().forEach(s -> sections.put(s.name(), s));
        for (ParagraphSources ps : report.coverage().paragraphs()) {
            ScopeParagraph p = ps.paragraph();
            if (!p.sectionTitle().equals(section)) {
                section = p.sectionTitle();
                TransparencyReport.LanguageShare s = sections.get(section);
                TransparencyReportLayout.row(
                        t,
                        AGREED_WIDTHS,
                        AGREED_NUMERIC,
                        true,
                        section(s.name()),
                        Integer.toString(s.words()),
                        percent(s.agreedShare()),
                        percent(s.newShare()),
                        "");
            }
            ParagraphTrace trace = report.agreed().get(p.id());
            if (trace == null) {
                continue;
            }
            TransparencyReportLayout.row(
                    t,
                    AGREED_WIDTHS,
                    AGREED_NUMERIC,
                    false,
                    p.display(),
                    Integer.toString(trace.words()),
                    percent(trace.agreedShare()),
                    percent(trace.newShare()),
                    Integer.toString(trace.sources().size()));
        }
        TransparencyReport.LanguageShare all = report.agreedInAll();
        TransparencyReportLayout.row(
                t,
                AGREED_WIDTHS,
                AGREED_NUMERIC,
                true,
                words.get("report.agreed.wholeText"),
                Integer.toString(all.words()),
                percent(all.agreedShare()),
                percent(all.newShare()),
                "");
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    private void uptake(
            TransparencyReportLayout layout,
            String heading,
            String firstColumn,
            List<Uptake> rows,
            Uptake total,
            String note) {
        layout.paragraph("Heading1", heading);
        if (note != null) {
            layout.paragraph("Note", note);
        }
        XWPFTable t = layout.table(
                List.of(
                        firstColumn,
                        words.get("report.uptake.inputs"),
                        words.get("report.uptake.reflected"),
                        words.get("report.uptake.notReflected"),
                        words.get("report.uptake.share")),
                UPTAKE_WIDTHS,
                UPTAKE_NUMERIC);
        for (Uptake u : rows) {
            TransparencyReportLayout.row(
                    t,
                    UPTAKE_WIDTHS,
                    UPTAKE_NUMERIC,
                    false,
                    Uptake.NO_GROUP.equals(u.name())
                            ? words.get("report.uptake.noGroup")
                            : Uptake.NO_CLUSTER.equals(u.name()) ? words.get("report.uptake.noCluster") : u.name(),
                    Long.toString(u.inputs()),
                    Long.toString(u.reflected()),
                    Long.toString(u.unreflected()),
                    u.percent());
        }
        if (total != null) {
            TransparencyReportLayout.row(
                    t,
                    UPTAKE_WIDTHS,
                    UPTAKE_NUMERIC,
                    true,
                    words.get("report.uptake.all"),
                    Long.toString(total.inputs()),
                    Long.toString(total.reflected()),
                    Long.toString(total.unreflected()),
                    total.percent());
        }
    }

    private void sources(TransparencyReportLayout layout, TransparencyReport report) {
        layout.paragraph("Heading1", words.get("report.sources.heading"));
        layout.paragraph(
                "Note",
                words.get("report.sources.note", words.get(report.scope().title())));
        String section = null;
        for (ParagraphSources ps : report.coverage().paragraphs()) {
            ScopeParagraph p = ps.paragraph();
            if (!p.sectionTitle().equals(section)) {
                section = p.sectionTitle();
                layout.paragraph("Heading2", section(section));
            }
            XWPFParagraph para = layout.paragraph("DraftParagraph", null);
            TransparencyReportLayout.bold(para, p.display());
            para.createRun().addTab();
            writeParagraphText(para, p);
            ParagraphTrace trace = report.agreed().get(p.id());
            if (trace != null) {
                for (AgreedSource s : trace.sources()) {
                    XWPFParagraph line = layout.paragraph("Source", null);
                    TransparencyReportLayout.run(line, "\u2013").addTab();
                    TransparencyReportLayout.bold(line, words.get("report.sources.agreed"));
                    TransparencyReportLayout.run(
                            line,
                            words.get(
                                    "report.sources.agreedLine",
                                    s.citation(),
                                    s.percent(),
                                    s.text().title()));
                }
            }
            List<LinkedPassage> passages = report.sourcesOf(p.id());
            if (passages.isEmpty()) {
                layout.paragraph("Source", words.get("report.sources.none"))
                        .getRuns()
                        .getFirst()
                        .setItalic(true);
            }
            for (LinkedPassage s : passages) {
                XWPFParagraph line = layout.paragraph("Source", null);
                TransparencyReportLayout.run(line, "\u2013").addTab();
                TransparencyReportLayout.bold(line, orUnknown(s.stakeholder()));
                TransparencyReportLayout.run(
                        line, (s.group() == null ? "" : " (" + s.group() + ")") + ", " + s.inputTitle());
                line.createRun().addBreak();
                TransparencyReportLayout.italic(
                        line, "\u201C" + s.link().quote().strip() + "\u201D");
                if (s.link().note() != null && !s.link().note().isBlank()) {
                    line.createRun().addBreak();
                    TransparencyReportLayout.run(
                            line,
                            words.get(
                                    "report.sources.note.prefix",
                                    s.link().note().strip()));
                }
                step(1);
            }
            step(1);
        }
    }

    /** A preambular paragraph opens with its participle in italics, as UN texts print it. */
    private static void writeParagraphText(XWPFParagraph para, ScopeParagraph p) {
        String text = p.text();
        int firstSpace = text.indexOf(' ');
        if (p.kind() == ParagraphKind.PP && firstSpace > 0) {
            TransparencyReportLayout.italic(para, text.substring(0, firstSpace));
            TransparencyReportLayout.run(para, text.substring(firstSpace));
        } else {
            TransparencyReportLayout.run(para, text);
        }
    }

    private void reflected(TransparencyReportLayout layout, TransparencyReport report) {
        layout.paragraph("Heading1", words.get("report.reflected.heading"));
        if (report.reflected().isEmpty()) {
            layout.paragraph("Normal", words.get("report.reflected.none"));
            return;
        }
        boolean[] numeric = {false, false, false, false};
        XWPFTable t = layout.table(
                List.of(
                        words.get("report.column.stakeholder"),
                        words.get("report.column.group"),
                        words.get("report.column.input"),
                        words.get("report.column.paragraphs")),
                REFLECTED_WIDTHS,
                numeric);
        for (TransparencyReport.ReflectedInput r : report.reflected()) {
            InputCoverage in = r.input();
            TransparencyReportLayout.row(
                    t,
                    REFLECTED_WIDTHS,
                    numeric,
                    false,
                    orUnknown(in.stakeholder()),
                    orNone(in.group()),
                    in.title(),
                    String.join(", ", r.paragraphs()));
            step(1);
        }
    }

    private void unreflected(TransparencyReportLayout layout, List<InputCoverage> inputs) {
        layout.paragraph("Heading1", words.get("report.unreflected.heading"));
        if (inputs.isEmpty()) {
            layout.paragraph("Normal", words.get("report.unreflected.none"));
            return;
        }
        layout.paragraph("Note", words.get("report.unreflected.note", inputs.size()));
        boolean[] numeric = {false, false, false, false, false};
        XWPFTable t = layout.table(
                List.of(
                        words.get("report.column.stakeholder"),
                        words.get("report.column.group"),
                        words.get("report.column.input"),
                        words.get("report.column.clusters"),
                        words.get("report.column.date")),
                UNREFLECTED_WIDTHS,
                numeric);
        for (InputCoverage in : inputs) {
            TransparencyReportLayout.row(
                    t,
                    UNREFLECTED_WIDTHS,
                    numeric,
                    false,
                    orUnknown(in.stakeholder()),
                    orNone(in.group()),
                    in.title(),
                    String.join(", ", in.clusters()),
                    words.date(in.date()));
            step(1);
        }
    }

    private void step(int n) {
        done += n;
        if (progress.isCancelled()) {
            throw new CancellationException("the export of the report was cancelled");
        }
        if (n == 0 || done % 200 == 0) {
            progress.update(done, total);
        }
    }

    private String date(Instant at) {
        return words.date(at.atZone(zone).toLocalDate());
    }

    private String orUnknown(String stakeholder) {
        return stakeholder == null ? words.get("report.unknownStakeholder") : stakeholder;
    }

    private static String orNone(String group) {
        return group == null ? "\u2013" : group;
    }

    private static String join(String separator, String... parts) {
        return String.join(
                separator,
                java.util.Arrays.stream(parts)
                        .filter(s -> s != null && !s.isBlank())
                        .toList());
    }

    private static String reason(IOException e) {
        return switch (e) {
            case NoSuchFileException x -> "its folder does not exist";
            case AccessDeniedException x -> "permission denied";
            default -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        };
    }
}
