package org.penholder.docx;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFFootnotes;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.penholder.agreed.AgreedSource;
import org.penholder.model.LinkedPassage;
import org.penholder.model.RevisionBlock;
import org.penholder.text.DocumentWords;
import org.penholder.text.Phrase;

/**
 * Each paragraph's stakeholder sources: as a footnote at the end of the paragraph (who, which
 * input, where and when), or as an annex table (paragraph, input, stakeholder, group, the quoted
 * passage), so that contributors can see how their inputs were reflected.
 */
final class SourcesWriter {

    private final UnDocument doc;
    private final RunWriter runs;
    private final Map<String, List<LinkedPassage>> sources;
    private final boolean sourceNotes;
    private final Map<String, List<AgreedSource>> agreed;
    private final boolean agreedNotes;
    private final DocumentWords words;
    private XWPFFootnotes footnotes;
    private int written;

    SourcesWriter(UnDocument doc, RunWriter runs, Map<String, List<LinkedPassage>> sources) {
        this(doc, runs, sources, true, Map.of(), false);
    }

    /**
     * Footnotes name the stakeholder sources when {@code sourceNotes}, and the adopted texts a
     * paragraph reuses ({@code agreed}) when {@code agreedNotes}: one footnote each.
     */
    SourcesWriter(
            UnDocument doc,
            RunWriter runs,
            Map<String, List<LinkedPassage>> sources,
            boolean sourceNotes,
            Map<String, List<AgreedSource>> agreed,
            boolean agreedNotes) {
        this.doc = doc;
        this.runs = runs;
        this.sources = sources;
        this.sourceNotes = sourceNotes;
        this.agreed = agreed;
        this.agreedNotes = agreedNotes;
        this.words = doc.words();
    }

    /** Number of footnotes or annex rows written. */
    int written() {
        return written;
    }

    /** Adds a footnote naming the sources of a paragraph, and one naming the agreed language it reuses, when it has any. */
    void footnote(CTP paragraph, String paragraphId) {
        List<LinkedPassage> passages = sources.getOrDefault(paragraphId, List.of());
        if (sourceNotes && !passages.isEmpty()) {
            note(paragraph, footnoteText(passages));
        }
        List<AgreedSource> reused = agreed.getOrDefault(paragraphId, List.of());
        if (agreedNotes && !reused.isEmpty()) {
            note(paragraph, agreedText(reused));
        }
    }

    private void note(CTP paragraph, String text) {
        if (footnotes == null) {
            footnotes = doc.poi().createFootnotes();
        }
        XWPFFootnote note = footnotes.createFootnote();
        BigInteger id = note.getCTFtnEdn().getId();
        CTP p = note.getCTFtnEdn().addNewP();
        UnDocument.style(p, UnDocument.SOURCES_NOTE);
        CTR mark = p.addNewR();
        mark.addNewRPr().addNewRStyle().setVal(UnDocument.FOOTNOTE_REFERENCE);
        mark.addNewFootnoteRef();
        RunWriter.plain(p, " " + text);
        CTR ref = paragraph.addNewR();
        ref.addNewRPr().addNewRStyle().setVal(UnDocument.FOOTNOTE_REFERENCE);
        ref.addNewFootnoteReference().setId(id);
        written++;
    }

    /** "Sources: Youth networks (Youth), Environmental Impacts, Virtual consultation, 29 July 2025; ..." */
    String footnoteText(List<LinkedPassage> passages) {
        Map<Long, LinkedPassage> byInput = new LinkedHashMap<>();
        for (LinkedPassage p : passages) {
            byInput.putIfAbsent(p.link().inputId(), p);
        }
        List<String> entries = new ArrayList<>();
        for (LinkedPassage p : byInput.values()) {
            entries.add(who(p) + ", " + where(p));
        }
        return words.get("sources.footnote", entries.size(), String.join("; ", entries));
    }

    /** "Agreed language: A/RES/70/125, para. 9 (84% of the words); A/RES/79/1, para. 3 (40%)." */
    String agreedText(List<AgreedSource> reused) {
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < reused.size(); i++) {
            AgreedSource s = reused.get(i);
            String date = doc.date(s.text().date());
            String cited = date.isEmpty() ? s.citation() : words.get("agreed.citation.dated", s.citation(), date);
            entries.add(words.get(i == 0 ? "agreed.share.first" : "agreed.share", cited, s.percent()));
        }
        return words.get("agreed.footnote", String.join("; ", entries));
    }

    /** An annex after the text: the adopted paragraphs each paragraph reuses, with the wording shared. */
    void agreedAnnex(CirculatedText text, Progress progress) {
        CTP heading = doc.paragraph(UnDocument.ANNEX_HEADING);
        RunWriter.plain(heading, words.get("annex.agreed.heading"));
        CTP intro = doc.paragraph("Normal");
        RunWriter.plain(intro, words.get("annex.agreed.intro", text.describe(words)));
        int w = doc.textWidth();
        int label = Tables.LABEL_WIDTH;
        Tables table = Tables.create(
                doc.body(),
                new int[] {label, w * 26 / 100, w * 10 / 100, w * 9 / 100, w - label - w * 45 / 100},
                words.get("annex.agreed.paragraph"),
                words.get("annex.agreed.text"),
                words.get("annex.agreed.para"),
                words.get("annex.agreed.share"),
                words.get("annex.agreed.shared"));
        int done = 0;
        List<RevisionBlock> paragraphs = text.paragraphs();
        for (RevisionBlock b : paragraphs) {
            List<AgreedSource> reused = agreed.getOrDefault(b.id(), List.of());
            for (int i = 0; i < reused.size(); i++) {
                AgreedSource s = reused.get(i);
                CTRow row = table.row();
                RunWriter.plain(table.cell(row, 0, 1, UnDocument.TABLE_TEXT), i == 0 ? display(b) : "");
                String date = doc.date(s.text().date());
                RunWriter.plain(
                        table.cell(row, 1, 1, UnDocument.TABLE_TEXT),
                        s.text().name()
                                + (s.text().symbol().isBlank()
                                        ? ""
                                        : ", " + s.text().title())
                                + (date.isEmpty() ? "" : ", " + date));
                RunWriter.plain(
                        table.cell(row, 2, 1, UnDocument.TABLE_TEXT),
                        s.paragraph().citation());
                RunWriter.plain(table.cell(row, 3, 1, UnDocument.TABLE_TEXT), s.percent());
                CTP shared = table.cell(row, 4, 1, UnDocument.TABLE_TEXT);
                runs.text(
                        shared,
                        "\u201C"
                                + String.join(
                                        " \u2026 ",
                                        s.spans().stream()
                                                .map(AgreedSource.Span::text)
                                                .toList()) + "\u201D",
                        RunWriter.Format.PLAIN);
                written++;
            }
            progress.update(++done, paragraphs.size(), Phrase.of("docx.progress.agreedAnnex"));
            progress.checkCancelled();
        }
    }

    /** An annex after the text: a table of every passage each paragraph draws on. */
    void annex(CirculatedText text, Progress progress) {
        CTP heading = doc.paragraph(UnDocument.ANNEX_HEADING);
        RunWriter.plain(heading, words.get("annex.sources.heading"));
        CTP intro = doc.paragraph("Normal");
        RunWriter.plain(intro, words.get("annex.sources.intro", text.describe(words)));
        int w = doc.textWidth();
        int label = Tables.LABEL_WIDTH;
        Tables table = Tables.create(
                doc.body(),
                new int[] {
                    label,
                    w * 21 / 100,
                    w * 17 / 100,
                    w * 13 / 100,
                    w - label - w * 21 / 100 - w * 17 / 100 - w * 13 / 100
                },
                words.get("annex.sources.paragraph"),
                words.get("annex.sources.input"),
                words.get("annex.sources.stakeholder"),
                words.get("annex.sources.group"),
                words.get("annex.sources.quote"));
        int done = 0;
        List<RevisionBlock> paragraphs = text.paragraphs();
        for (RevisionBlock b : paragraphs) {
            List<LinkedPassage> passages = sources.getOrDefault(b.id(), List.of());
            for (int i = 0; i < passages.size(); i++) {
                LinkedPassage p = passages.get(i);
                CTRow row = table.row();
                RunWriter.plain(table.cell(row, 0, 1, UnDocument.TABLE_TEXT), i == 0 ? display(b) : "");
                RunWriter.plain(table.cell(row, 1, 1, UnDocument.TABLE_TEXT), where(p));
                RunWriter.plain(table.cell(row, 2, 1, UnDocument.TABLE_TEXT), stakeholder(p));
                RunWriter.plain(table.cell(row, 3, 1, UnDocument.TABLE_TEXT), p.group() == null ? "" : p.group());
                CTP quote = table.cell(row, 4, 1, UnDocument.TABLE_TEXT);
                runs.text(quote, "\u201C" + p.link().quote() + "\u201D", RunWriter.Format.PLAIN);
                written++;
            }
            progress.update(++done, paragraphs.size(), Phrase.of("docx.progress.sourcesAnnex"));
            progress.checkCancelled();
        }
    }

    static String display(RevisionBlock b) {
        return CirculatedText.label(b).map(l -> l.display()).orElse("");
    }

    private String who(LinkedPassage p) {
        String name = stakeholder(p);
        return p.group() == null || p.group().isBlank() ? name : name + " (" + p.group() + ")";
    }

    private String stakeholder(LinkedPassage p) {
        return p.stakeholder() == null || p.stakeholder().isBlank()
                ? words.get("sources.unattributed")
                : p.stakeholder();
    }

    private String where(LinkedPassage p) {
        StringBuilder b = new StringBuilder(p.inputTitle());
        String occasion = p.occasion() == null ? "" : p.occasion().strip();
        String date = doc.date(p.date());
        if (!occasion.isEmpty()) {
            b.append(", ").append(occasion);
        }
        if (!date.isEmpty() && !occasion.contains(date)) {
            b.append(", ").append(date);
        }
        return b.toString();
    }
}
