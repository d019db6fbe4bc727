package org.penholder.docx;

import java.math.BigInteger;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFFootnotes;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.penholder.model.Footnote;

/**
 * The draft's footnotes as real Word footnotes: numbered by Word, their marks where they stand in
 * the text (docs/adr/0130). Sources written as footnotes ({@link SourcesWriter}) share the same
 * footnotes part and the same numbering.
 */
final class NoteWriter {

    private final UnDocument doc;
    private XWPFFootnotes footnotes;
    private int written;

    NoteWriter(UnDocument doc) {
        this.doc = doc;
    }

    /** Number of footnotes written. */
    int written() {
        return written;
    }

    /**
     * Writes {@code text[from, to)} as plain runs of {@code format}, with the mark of every footnote
     * that stands after a character of it (and, from the start, those before the first character).
     */
    void text(CTP p, String text, int from, int to, RunWriter.Format format, List<Footnote> notes) {
        int at = from;
        for (Footnote f : notes) {
            int anchor = Math.min(f.anchor(), text.length());
            if (anchor < from || anchor > to || (anchor == from && from > 0)) {
                continue;
            }
            if (anchor > at) {
                RunWriter.fill(p.addNewR(), text.substring(at, anchor), format, false);
            }
            at = anchor;
            reference(p.addNewR(), footnote(n -> RunWriter.plain(n, " " + f.text())));
        }
        if (at < to) {
            RunWriter.fill(p.addNewR(), text.substring(at, to), format, false);
        }
    }

    /** A new footnote whose paragraph {@code content} fills after its number; returns its id. */
    BigInteger footnote(Consumer<CTP> content) {
        if (footnotes == null) {
            footnotes = doc.poi().createFootnotes();
        }
        XWPFFootnote note = footnotes.createFootnote();
        CTP p = note.getCTFtnEdn().addNewP();
        UnDocument.style(p, UnDocument.FOOTNOTE_TEXT);
        CTR mark = p.addNewR();
        mark.addNewRPr().addNewRStyle().setVal(UnDocument.FOOTNOTE_REFERENCE);
        mark.addNewFootnoteRef();
        content.accept(p);
        written++;
        return note.getCTFtnEdn().getId();
    }

    /** Makes {@code run} the mark of footnote {@code id}. */
    static void reference(CTR run, BigInteger id) {
        run.addNewRPr().addNewRStyle().setVal(UnDocument.FOOTNOTE_REFERENCE);
        run.addNewFootnoteReference().setId(id);
    }
}
