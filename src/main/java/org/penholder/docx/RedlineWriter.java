package org.penholder.docx;

import java.math.BigInteger;
import java.util.List;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.penholder.history.Redline;
import org.penholder.history.Redline.Mark;
import org.penholder.model.BlockKind;
import org.penholder.model.ParagraphLabel;

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

    private final UnDocument doc;
    private final RunWriter runs;
    private final OperativeNumbering numbering;
    private final RedlineContent content;

    RedlineWriter(UnDocument doc, RunWriter runs, RedlineContent content) {
        this.doc = doc;
        this.runs = runs;
        this.numbering = new OperativeNumbering(doc.numbering());
        this.content = content;
    }

    /** Writes the masthead and every line; returns the number of lines that hold a change. */
    int write(CirculatedText newer, Progress progress) {
        CirculatedText older = content.older();
        RunWriter.ChangeMark versionMark = content.markOf(List.of());
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
        int changed = 0;
        for (int i = 0; i < lines.size(); i++) {
            Redline.Line line = lines.get(i);
            line(line);
            if (!line.unchanged()) {
                changed++;
            }
            if (i % 20 == 0) {
                progress.update(i, lines.size(), "Writing the redline");
                progress.checkCancelled();
            }
        }
        progress.update(lines.size(), lines.size(), "Writing the redline");
        return changed;
    }

    private void line(Redline.Line line) {
        Redline.Ends ends = line.newer() != null ? line.newer() : line.older();
        CTP p = doc.paragraph(style(ends.kind()));
        String text = line.newer() != null ? line.acceptedText() : line.rejectedText();
        RunWriter.Format plain = CleanTextWriter.format(p, text);
        RunWriter.ChangeMark mark = content.markOf(line.changeOf());
        String typed = "";
        if (ends.kind() == BlockKind.OP) {
            if (line.newer() != null) {
                ParagraphLabel label =
                        ParagraphLabel.parse(line.newer().label()).orElse(null);
                typed = label == null ? "" : numbering.number(p, label);
            } else {
                numbering.numberRemoved(p);
            }
        }
        if (line.newer() != null
                && line.older() != null
                && line.older().kind() != line.newer().kind()) {
            runs.trackParagraphStyle(
                    p,
                    style(line.older().kind()),
                    line.older().kind() == BlockKind.OP ? numbering.removedInstance() : null,
                    mark);
        }
        String bookmarkName = line.newer() == null
                ? null
                : ParagraphBookmarks.name(line.newer().id()).orElse(null);
        BigInteger bookmark = bookmarkName == null ? null : runs.startBookmark(p, bookmarkName);
        boolean movedFrom = line.end() == Mark.MOVED_FROM;
        BigInteger move = line.move() == null ? null : runs.startMove(p, movedFrom, line.move(), mark);
        // a number Word cannot print is typed: it belongs to the newer version, unless the older had the same
        boolean sameNumber = line.older() != null
                && line.end() == Mark.KEPT
                && line.older().label().equals(line.newer().label());
        run(p, typed, plain, sameNumber ? Mark.KEPT : Mark.INSERTED, mark);
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
