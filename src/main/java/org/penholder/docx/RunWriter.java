package org.penholder.docx;

import java.math.BigInteger;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STUnderline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDateTime;

/**
 * Text as Word runs: tabs and line breaks as their elements, characters XML cannot hold left out,
 * spaces kept. Text can be written as it stands, or as a tracked change ({@code w:ins} /
 * {@code w:del} with author and date) that Word's Accept and Reject act on.
 */
final class RunWriter {

    /** How a run looks. */
    record Format(boolean italic, boolean bold, boolean underline, boolean strike, boolean rtl) {

        static final Format PLAIN = new Format(false, false, false, false, false);

        Format withItalic() {
            return new Format(true, bold, underline, strike, rtl);
        }

        Format withRtl(boolean value) {
            return new Format(italic, bold, underline, strike, value);
        }

        static final Format BOLD = new Format(false, true, false, false, false);

        /** How compilations show words a proposal adds: bold and underlined. */
        static final Format ADDED = new Format(false, true, true, false, false);

        /** How compilations show words a proposal removes: struck through. */
        static final Format REMOVED = new Format(false, false, false, true, false);

        boolean isPlain() {
            return !italic && !bold && !underline && !strike && !rtl;
        }
    }

    /** Who made a tracked change, and when. */
    record ChangeMark(String author, Instant date) {
    }

    private final UnDocument document;

    RunWriter(UnDocument document) {
        this.document = document;
    }

    /** Appends text as it stands. */
    void text(CTP p, String text, Format format) {
        if (!text.isEmpty()) {
            fill(p.addNewR(), text, format, false);
        }
    }

    /** Appends text as a tracked insertion. */
    void inserted(CTP p, String text, Format format, ChangeMark mark) {
        if (!text.isEmpty()) {
            CTRunTrackChange ins = p.addNewIns();
            mark(ins, mark);
            fill(ins.addNewR(), text, format, false);
        }
    }

    /** Appends text as a tracked deletion. */
    void deleted(CTP p, String text, Format format, ChangeMark mark) {
        if (!text.isEmpty()) {
            CTRunTrackChange del = p.addNewDel();
            mark(del, mark);
            fill(del.addNewR(), text, format, true);
        }
    }

    /** Marks the start of a bookmark; returns its id for {@link #endBookmark}. */
    BigInteger startBookmark(CTP p, String name) {
        BigInteger id = document.nextAnnotationId();
        var start = p.addNewBookmarkStart();
        start.setId(id);
        start.setName(name);
        return id;
    }

    void endBookmark(CTP p, BigInteger id) {
        p.addNewBookmarkEnd().setId(id);
    }

    /** Appends plain text (headers, footers, labels). */
    static void plain(CTP p, String text) {
        if (!text.isEmpty()) {
            fill(p.addNewR(), text, Format.PLAIN, false);
        }
    }

    private void mark(CTRunTrackChange change, ChangeMark mark) {
        change.setId(document.nextAnnotationId());
        change.setAuthor(mark.author() == null || mark.author().isBlank() ? "Penholder" : mark.author());
        if (mark.date() != null) {
            // whole seconds in UTC, as Word writes them ("2025-10-01T10:00:00Z")
            change.xsetDate(STDateTime.Factory.newValue(mark.date().truncatedTo(ChronoUnit.SECONDS).toString()));
        }
    }

    static void fill(CTR run, String text, Format format, boolean deleted) {
        if (!format.isPlain()) {
            format(run.addNewRPr(), format);
        }
        StringBuilder chunk = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\t' || ch == '\n') {
                flush(run, chunk, deleted);
                if (ch == '\t') {
                    run.addNewTab();
                } else {
                    run.addNewBr();
                }
            } else if (isXmlChar(text, i)) {
                chunk.append(ch);
            }
        }
        flush(run, chunk, deleted);
    }

    private static void format(CTRPr rpr, Format f) {
        if (f.bold()) {
            rpr.addNewB();
            rpr.addNewBCs();
        }
        if (f.italic()) {
            rpr.addNewI();
            rpr.addNewICs();
        }
        if (f.strike()) {
            rpr.addNewStrike();
        }
        if (f.underline()) {
            rpr.addNewU().setVal(STUnderline.SINGLE);
        }
        if (f.rtl()) {
            rpr.addNewRtl();
        }
    }

    private static void flush(CTR run, StringBuilder chunk, boolean deleted) {
        if (chunk.isEmpty()) {
            return;
        }
        CTText t = deleted ? run.addNewDelText() : run.addNewT();
        t.setStringValue(chunk.toString());
        if (Character.isWhitespace(chunk.charAt(0)) || Character.isWhitespace(chunk.charAt(chunk.length() - 1))) {
            t.setSpace(SpaceAttribute.Space.PRESERVE);
        }
        chunk.setLength(0);
    }

    /** True when the character at {@code i} may appear in XML 1.0 (a lone surrogate or a control may not). */
    private static boolean isXmlChar(String s, int i) {
        char ch = s.charAt(i);
        if (Character.isHighSurrogate(ch)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(ch)) {
            return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
        }
        return ch >= 0x20 && ch != 0xFFFE && ch != 0xFFFF;
    }
}
