package org.penholder.docx;

import java.math.BigInteger;
import java.util.List;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.penholder.history.Redline;
import org.penholder.history.Redline.Mark;
import org.penholder.model.BlockKind;
import org.penholder.model.ParagraphLabel;
import org.penholder.text.Phrase;

/**
 * The redline: the newer text in UN style with every change since the older one as a Word tracked
 * change, author and date per change, so that Word's Accept All gives the newer text and Reject All
 * the older. Words changed in a paragraph are insertions and deletions; a paragraph added or removed
 * takes its paragraph mark with it (no empty paragraph is left either way); a paragraph moved whole
 * is a move; a split or merge inserts or deletes the paragraph mark between the parts; a paragraph
 * that became preambular or operative carries its former style as a tracked formatting change.
 * Paragraphs of the newer text carry their ids in bookmarks (docs/adr/0030); numbers are Word's.
 */
final class RedlineWriter {

    /** Where the text of an operative paragraph begins after its typed number (2 cm, as in the clean text). */
    private static final BigInteger NUMBER_TAB = BigInteger.valueOf(1134);

    private final UnDocument doc;
    private final RunWriter runs;
    private final RedlineContent content;
    private final NoteWriter notes;
    /** For each line, the number of the older and of the newer paragraph that begin on it ("12."), or null. */
    private String[] oldNumbers;

    private String[] newNumbers;

    RedlineWriter(UnDocument doc, RunWriter runs, RedlineContent content) {
        this.doc = doc;
        this.runs = runs;
        this.content = content;
        this.notes = new NoteWriter(doc);
    }

    /** Writes the masthead and every line; returns the number of lines that hold a change. */
    int write(CirculatedText newer, Progress progress) {
        CirculatedText older = content.older();
        RunWriter.ChangeMark versionMark = content.markOf(List.of(), doc.words());
        if (!older.symbol().isEmpty() || !newer.symbol().isEmpty()) {
            CTP symbol = doc.paragraph(UnDocument.SYMBOL);
            pieces(symbol, Redline.pieces(older.symbol(), newer.symbol()), RunWriter.Format.PLAIN, versionMark, null);
            if (older.symbol().isEmpty() || newer.symbol().isEmpty()) {
                runs.trackParagraphMark(
                        symbol,
                        older.symbol().isEmpty() ? WordParagraph.ChangeKind.INSERTED : WordParagraph.ChangeKind.DELETED,
                        versionMark);
            }
        }
        CTP title = doc.paragraph(UnDocument.TITLE);
        pieces(
                title,
                Redline.pieces(older.title(), newer.title()),
                CleanTextWriter.format(title, newer.title()),
                versionMark,
                null);
        List<Redline.Line> lines = content.redline().lines();
        oldNumbers = numbers(lines, false);
        newNumbers = numbers(lines, true);
        int changed = 0;
        for (int i = 0; i < lines.size(); i++) {
            Redline.Line line = lines.get(i);
            line(line, oldNumbers[i], newNumbers[i]);
            if (!line.unchanged()) {
                changed++;
            }
            if (i % 20 == 0) {
                progress.update(i, lines.size(), Phrase.of("docx.progress.writingRedline"));
                progress.checkCancelled();
            }
        }
        progress.update(lines.size(), lines.size(), Phrase.of("docx.progress.writingRedline"));
        return changed;
    }

    /**
     * The number each line shows of the paragraph (of one version) it begins, as Word shows a
     * paragraph: on the first of its lines that holds any of its text, else its last (docs/adr/0131).
     */
    static String[] numbers(List<Redline.Line> lines, boolean newer) {
        String[] out = new String[lines.size()];
        int first = 0;
        for (int k = 0; k < lines.size(); k++) {
            Redline.Ends ends = newer ? lines.get(k).newer() : lines.get(k).older();
            if (ends == null) {
                continue;
            }
            int at = k;
            for (int j = first; j <= k; j++) {
                if (!(newer ? lines.get(j).acceptedText() : lines.get(j).rejectedText()).isEmpty()) {
                    at = j;
                    break;
                }
            }
            if (ends.kind() == BlockKind.OP) {
                out[at] = ParagraphLabel.parse(ends.label())
                        .map(l -> l.numberText() + ".")
                        .orElse(null);
            }
            first = k + 1;
        }
        return out;
    }

    private void line(Redline.Line line, String oldNumber, String newNumber) {
        Redline.Ends ends = line.newer() != null ? line.newer() : line.older();
        CTP p = doc.paragraph(style(ends.kind()));
        String text = line.newer() != null ? line.acceptedText() : line.rejectedText();
        RunWriter.Format plain = CleanTextWriter.format(p, text);
        RunWriter.ChangeMark mark = content.markOf(line.changeOf(), doc.words());
        if (oldNumber != null || newNumber != null) {
            var ppr = p.isSetPPr() ? p.getPPr() : p.addNewPPr();
            var tab = ppr.addNewTabs().addNewTab();
            tab.setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc.LEFT);
            tab.setPos(NUMBER_TAB);
        }
        if (line.newer() != null
                && line.older() != null
                && line.older().kind() != line.newer().kind()) {
            runs.trackParagraphStyle(p, style(line.older().kind()), null, mark);
        }
        String bookmarkName = line.newer() == null
                ? null
                : ParagraphBookmarks.name(line.newer().id()).orElse(null);
        BigInteger bookmark = bookmarkName == null ? null : runs.startBookmark(p, bookmarkName);
        boolean movedFrom = line.end() == Mark.MOVED_FROM;
        BigInteger move = line.move() == null ? null : runs.startMove(p, movedFrom, line.move(), mark);
        number(p, oldNumber, newNumber, line.end(), plain, mark);
        pieces(p, line.pieces(), plain, mark, ends.kind() == BlockKind.PP ? line : null);
        if (move != null) {
            runs.endMove(p, movedFrom, move);
        }
        if (bookmark != null) {
            runs.endBookmark(p, bookmark);
        }
        if (line.end() != Mark.KEPT) {
            runs.trackParagraphMark(p, change(line.end()), mark);
        }
    }

    /**
     * An operative paragraph's number, typed so that every reader shows the same one: kept when both
     * versions number it alike; else the older number struck and the newer inserted, once. Accept
     * All leaves the newer numbers, Reject All the older.
     */
    private void number(
            CTP p, String oldNumber, String newNumber, Mark end, RunWriter.Format plain, RunWriter.ChangeMark mark) {
        if (oldNumber != null && oldNumber.equals(newNumber)) {
            run(p, oldNumber + "\t", plain, Mark.KEPT, mark);
            return;
        }
        Mark removed = end == Mark.MOVED_FROM ? Mark.MOVED_FROM : Mark.DELETED;
        Mark added = end == Mark.MOVED_TO ? Mark.MOVED_TO : Mark.INSERTED;
        if (oldNumber != null && newNumber != null) {
            run(p, oldNumber, plain, removed, mark);
            run(p, newNumber, plain, added, mark);
            run(p, "\t", plain, Mark.KEPT, mark);
        } else if (oldNumber != null) {
            run(p, oldNumber + "\t", plain, removed, mark);
        } else if (newNumber != null) {
            run(p, newNumber + "\t", plain, added, mark);
        }
    }

    /** A footnote's mark, and the footnote: its words changed inside it where the mark is kept. */
    private void note(CTP p, Redline.Piece piece, RunWriter.ChangeMark mark) {
        Redline.Note n = piece.note();
        BigInteger id = notes.footnote(f -> {
            RunWriter.plain(f, " ");
            switch (piece.mark()) {
                case KEPT -> {
                    for (Redline.Piece words : Redline.pieces(n.fromText(), n.toText())) {
                        run(f, words.text(), RunWriter.Format.PLAIN, words.mark(), mark);
                    }
                }
                case INSERTED -> run(f, n.toText(), RunWriter.Format.PLAIN, Mark.INSERTED, mark);
                case DELETED -> run(f, n.fromText(), RunWriter.Format.PLAIN, Mark.DELETED, mark);
                case MOVED_TO -> RunWriter.plain(f, n.toText());
                case MOVED_FROM -> RunWriter.plain(f, n.fromText());
            }
        });
        NoteWriter.reference(runs.run(p, piece.mark() == Mark.KEPT ? null : change(piece.mark()), mark), id);
    }

    /**
     * Writes pieces of text as runs, kept or tracked; for a preambular line ({@code preamble} not
     * null) the opening words of each side, the accepted and the rejected, are in italics.
     */
    private void pieces(
            CTP p,
            List<Redline.Piece> pieces,
            RunWriter.Format plain,
            RunWriter.ChangeMark mark,
            Redline.Line preamble) {
        int[] acceptedOpening = preamble == null ? new int[2] : PreambleOpening.find(preamble.acceptedText());
        int[] rejectedOpening = preamble == null ? new int[2] : PreambleOpening.find(preamble.rejectedText());
        int accepted = 0;
        int rejected = 0;
        for (Redline.Piece piece : pieces) {
            if (piece.note() != null) {
                note(p, piece, mark);
                continue;
            }
            boolean onAccepted = piece.mark().keptWhenAccepted();
            int at = onAccepted ? accepted : rejected;
            int[] opening = onAccepted ? acceptedOpening : rejectedOpening;
            String text = piece.text();
            int italicFrom = Math.clamp(opening[0] - at, 0, text.length());
            int italicTo = Math.clamp(opening[1] - at, italicFrom, text.length());
            run(p, text.substring(0, italicFrom), plain, piece.mark(), mark);
            run(p, text.substring(italicFrom, italicTo), plain.withItalic(), piece.mark(), mark);
            run(p, text.substring(italicTo), plain, piece.mark(), mark);
            accepted += piece.mark().keptWhenAccepted() ? text.length() : 0;
            rejected += piece.mark().keptWhenRejected() ? text.length() : 0;
        }
    }

    private void run(CTP p, String text, RunWriter.Format format, Mark what, RunWriter.ChangeMark mark) {
        if (text.isEmpty()) {
            return;
        }
        if (what == Mark.KEPT) {
            runs.text(p, text, format);
        } else {
            runs.tracked(p, text, format, change(what), mark);
        }
    }

    private static WordParagraph.ChangeKind change(Mark mark) {
        return switch (mark) {
            case INSERTED -> WordParagraph.ChangeKind.INSERTED;
            case DELETED -> WordParagraph.ChangeKind.DELETED;
            case MOVED_FROM -> WordParagraph.ChangeKind.MOVED_FROM;
            case MOVED_TO -> WordParagraph.ChangeKind.MOVED_TO;
            case KEPT -> throw new IllegalArgumentException("kept text is not a change");
        };
    }

    private static String style(BlockKind kind) {
        return switch (kind) {
            case HEADING -> UnDocument.HEADING;
            case PP -> UnDocument.PREAMBULAR;
            case OP -> UnDocument.OPERATIVE;
            case TITLE -> UnDocument.TITLE;
        };
    }
}
