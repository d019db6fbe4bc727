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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrackChange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDateTime;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STUnderline;

/**
 * Text as Word runs: tabs and line breaks as their elements, characters XML cannot hold left out,
 * spaces kept. Text can be written as it stands, or as a tracked change ({@code w:ins},
 * {@code w:del}, moves, the paragraph mark itself, with author and date) that Word's Accept and
 * Reject act on: the building blocks of a redline.
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
    record ChangeMark(String author, Instant date) {}

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
        tracked(p, text, format, WordParagraph.ChangeKind.INSERTED, mark);
    }

    /** Appends text as a tracked deletion. */
    void deleted(CTP p, String text, Format format, ChangeMark mark) {
        tracked(p, text, format, WordParagraph.ChangeKind.DELETED, mark);
    }

    /**
     * Appends text as a tracked change of any kind; moved text belongs between
     * {@link #startMove} and {@link #endMove} of the same name.
     */
    void tracked(CTP p, String text, Format format, WordParagraph.ChangeKind kind, ChangeMark mark) {
        if (text.isEmpty()) {
            return;
        }
        CTRunTrackChange change = switch (kind) {
            case INSERTED -> p.addNewIns();
            case DELETED -> p.addNewDel();
            case MOVED_TO -> p.addNewMoveTo();
            case MOVED_FROM -> p.addNewMoveFrom();
        };
        mark(change, mark);
        fill(change.addNewR(), text, format, !kind.adds());
    }

    /** A new run at the end of the paragraph, inside a tracked change of {@code kind} (plain when null). */
    CTR run(CTP p, WordParagraph.ChangeKind kind, ChangeMark mark) {
        if (kind == null) {
            return p.addNewR();
        }
        CTRunTrackChange change = switch (kind) {
            case INSERTED -> p.addNewIns();
            case DELETED -> p.addNewDel();
            case MOVED_TO -> p.addNewMoveTo();
            case MOVED_FROM -> p.addNewMoveFrom();
        };
        mark(change, mark);
        return change.addNewR();
    }

    /** Tracks the paragraph mark itself: an inserted or deleted paragraph, or one moved as a whole. */
    void trackParagraphMark(CTP p, WordParagraph.ChangeKind kind, ChangeMark mark) {
        var ppr = p.isSetPPr() ? p.getPPr() : p.addNewPPr();
        var rpr = ppr.isSetRPr() ? ppr.getRPr() : ppr.addNewRPr();
        mark(
                switch (kind) {
                    case INSERTED -> rpr.addNewIns();
                    case DELETED -> rpr.addNewDel();
                    case MOVED_TO -> rpr.addNewMoveTo();
                    case MOVED_FROM -> rpr.addNewMoveFrom();
                },
                mark);
    }

    /**
     * Tracks a change of the paragraph's style: {@code formerStyleId} (and, when not null, the
     * numbering instance {@code formerNumId} at level 0) is what rejecting the change brings back.
     */
    void trackParagraphStyle(CTP p, String formerStyleId, BigInteger formerNumId, ChangeMark mark) {
        var ppr = p.isSetPPr() ? p.getPPr() : p.addNewPPr();
        var change = ppr.addNewPPrChange();
        mark(change, mark);
        var former = change.addNewPPr();
        former.addNewPStyle().setVal(formerStyleId);
        if (formerNumId != null) {
            var numPr = former.addNewNumPr();
            numPr.addNewIlvl().setVal(BigInteger.ZERO);
            numPr.addNewNumId().setVal(formerNumId);
        }
    }

    /**
     * Opens the range of a move, where the text left ({@code from}) or where it arrived; Word pairs
     * the two ranges by {@code name}. Returns the id for {@link #endMove}.
     */
    BigInteger startMove(CTP p, boolean from, String name, ChangeMark mark) {
        var start = from ? p.addNewMoveFromRangeStart() : p.addNewMoveToRangeStart();
        BigInteger id = document.nextAnnotationId();
        start.setId(id);
        start.setName(name);
        start.setAuthor(author(mark));
        if (mark.date() != null) {
            start.xsetDate(date(mark));
        }
        return id;
    }

    void endMove(CTP p, boolean from, BigInteger id) {
        (from ? p.addNewMoveFromRangeEnd() : p.addNewMoveToRangeEnd()).setId(id);
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

    private void mark(CTTrackChange change, ChangeMark mark) {
        change.setId(document.nextAnnotationId());
        change.setAuthor(author(mark));
        if (mark.date() != null) {
            change.xsetDate(date(mark));
        }
    }

    private static String author(ChangeMark mark) {
        return mark.author() == null || mark.author().isBlank() ? "Penholder" : mark.author();
    }

    /** Whole seconds in UTC, as Word writes them ("2025-10-01T10:00:00Z"). */
    private static STDateTime date(ChangeMark mark) {
        return STDateTime.Factory.newValue(
                mark.date().truncatedTo(ChronoUnit.SECONDS).toString());
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
