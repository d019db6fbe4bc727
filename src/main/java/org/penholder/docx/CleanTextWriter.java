package org.penholder.docx;

import java.math.BigInteger;
import java.util.List;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.penholder.model.BlockKind;
import org.penholder.model.ParagraphLabel;
import org.penholder.model.RevisionBlock;
import org.penholder.model.TextScripts;
import org.penholder.text.Phrase;

/**
 * The clean text in UN style: symbol and title, then headings, preambular paragraphs with their
 * opening words in italics, and operative paragraphs numbered by Word. Every heading and paragraph
 * carries its id in a bookmark; right-to-left paragraphs are marked as such.
 */
final class CleanTextWriter {

    private final UnDocument doc;
    private final RunWriter runs;
    private final OperativeNumbering numbering;
    private final SourcesWriter footnotes;
    private final NoteWriter notes;

    /** {@code footnotes} is null when sources are not given as footnotes. */
    CleanTextWriter(UnDocument doc, RunWriter runs, SourcesWriter footnotes) {
        this.doc = doc;
        this.runs = runs;
        this.numbering = new OperativeNumbering(doc.numbering());
        this.footnotes = footnotes;
        this.notes = new NoteWriter(doc);
    }

    /** Number of the draft's footnotes written (sources as footnotes apart). */
    int footnotes() {
        return notes.written();
    }

    /** Writes the whole text; returns the number of paragraphs written. */
    int write(CirculatedText text, Progress progress) {
        masthead(doc, text);
        List<RevisionBlock> blocks = text.blocks();
        int paragraphs = 0;
        for (int i = 0; i < blocks.size(); i++) {
            RevisionBlock b = blocks.get(i);
            if (b.kind() == BlockKind.HEADING) {
                CTP p = doc.paragraph(UnDocument.HEADING);
                bookmarked(p, b.id(), () -> runs.text(p, b.text(), format(p, b.text())));
            } else {
                paragraph(b);
                paragraphs++;
            }
            if (i % 20 == 0) {
                progress.update(i, blocks.size(), Phrase.of("docx.progress.writingText"));
                progress.checkCancelled();
            }
        }
        progress.update(blocks.size(), blocks.size(), Phrase.of("docx.progress.writingText"));
        return paragraphs;
    }

    /** The document symbol and the title, as the top of every document we write. */
    static void masthead(UnDocument doc, CirculatedText text) {
        if (!text.symbol().isEmpty()) {
            CTP symbol = doc.paragraph(UnDocument.SYMBOL);
            RunWriter.plain(symbol, text.symbol());
        }
        CTP title = doc.paragraph(UnDocument.TITLE);
        RunWriter.fill(title.addNewR(), text.title(), format(title, text.title()), false);
    }

    private void paragraph(RevisionBlock b) {
        String text = b.text() == null ? "" : b.text();
        if (b.kind() == BlockKind.PP) {
            CTP p = doc.paragraph(UnDocument.PREAMBULAR);
            RunWriter.Format plain = format(p, text);
            bookmarked(p, b.id(), () -> {
                int[] opening = PreambleOpening.find(text);
                notes.text(p, text, 0, opening[0], plain, b.footnotes());
                notes.text(p, text, opening[0], opening[1], plain.withItalic(), b.footnotes());
                notes.text(p, text, opening[1], text.length(), plain, b.footnotes());
                sources(p, b);
            });
        } else {
            CTP p = doc.paragraph(UnDocument.OPERATIVE);
            RunWriter.Format plain = format(p, text);
            ParagraphLabel label = CirculatedText.label(b).orElse(null);
            String typed = label == null ? "" : numbering.number(p, label);
            bookmarked(p, b.id(), () -> {
                runs.text(p, typed, plain);
                notes.text(p, text, 0, text.length(), plain, b.footnotes());
                sources(p, b);
            });
        }
    }

    private void sources(CTP p, RevisionBlock b) {
        if (footnotes != null) {
            footnotes.footnote(p, b.id());
        }
    }

    private void bookmarked(CTP p, String id, Runnable content) {
        String name = ParagraphBookmarks.name(id).orElse(null);
        BigInteger bookmark = name == null ? null : runs.startBookmark(p, name);
        content.run();
        if (bookmark != null) {
            runs.endBookmark(p, bookmark);
        }
    }

    /** Marks a paragraph right to left when its text is mostly Arabic or Hebrew; its runs follow. */
    static RunWriter.Format format(CTP p, String text) {
        boolean rtl = text != null && TextScripts.isRightToLeft(text);
        if (rtl) {
            (p.isSetPPr() ? p.getPPr() : p.addNewPPr()).addNewBidi();
        }
        return RunWriter.Format.PLAIN.withRtl(rtl);
    }
}
