package org.penholder.history;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts the footnotes' marks into the lines of a redline. A footnote both versions hold goes where
 * its mark stands in both (its words then change inside it); one only the older version holds is
 * deleted where it stood, one only the newer holds is inserted where it stands, and one that cannot
 * stand at the same place in both (its words moved, its paragraph moved or was taken apart) is both.
 * A mark in moved text moves with it.
 */
final class RedlineNotes {

    /**
     * A footnote to place: where it stands in a block of the older version and of the newer
     * ({@code -1} blocks where it is not there), by block index and characters before its mark.
     */
    record Target(int oldBlock, int oldAnchor, int newBlock, int newAnchor, Redline.Note note) {

        Target removedPart() {
            return new Target(oldBlock, oldAnchor, -1, 0, new Redline.Note(note.uid(), note.fromText(), ""));
        }

        Target addedPart() {
            return new Target(-1, 0, newBlock, newAnchor, new Redline.Note(note.uid(), "", note.toText()));
        }
    }

    /** A place between two characters (or pieces) of a line, in both versions. */
    private record Point(
            int piece, int offset, int newBlock, int accepted, int oldBlock, int rejected, Redline.Mark around) {}

    private RedlineNotes() {}

    /** The lines with every footnote's mark put in. */
    static List<Redline.Line> place(List<Redline.Line> lines, List<Target> targets) {
        if (targets.isEmpty()) {
            return lines;
        }
        List<List<Point>> points = points(lines);
        List<List<Insert>> inserts = new ArrayList<>();
        lines.forEach(l -> inserts.add(new ArrayList<>()));
        for (Target t : targets) {
            if (t.oldBlock() >= 0 && t.newBlock() >= 0) {
                if (!put(points, inserts, t, true, true)) {
                    put(points, inserts, t.removedPart(), true, false);
                    put(points, inserts, t.addedPart(), false, true);
                }
            } else {
                put(points, inserts, t, t.oldBlock() >= 0, t.newBlock() >= 0);
            }
        }
        List<Redline.Line> out = new ArrayList<>(lines.size());
        for (int k = 0; k < lines.size(); k++) {
            out.add(inserts.get(k).isEmpty() ? lines.get(k) : withNotes(lines.get(k), inserts.get(k)));
        }
        return out;
    }

    private record Insert(int piece, int offset, Redline.Piece note, int order) {}

    private static boolean put(
            List<List<Point>> points, List<List<Insert>> inserts, Target t, boolean old, boolean now) {
        for (int k = 0; k < points.size(); k++) {
            for (Point p : points.get(k)) {
                boolean oldHere = !old || (p.oldBlock() == t.oldBlock() && p.rejected() == t.oldAnchor());
                boolean newHere = !now || (p.newBlock() == t.newBlock() && p.accepted() == t.newAnchor());
                if (oldHere && newHere) {
                    Redline.Mark mark = old && now
                            ? Redline.Mark.KEPT
                            : old
                                    ? (p.around() == Redline.Mark.MOVED_FROM
                                            ? Redline.Mark.MOVED_FROM
                                            : Redline.Mark.DELETED)
                                    : (p.around() == Redline.Mark.MOVED_TO
                                            ? Redline.Mark.MOVED_TO
                                            : Redline.Mark.INSERTED);
                    List<Insert> here = inserts.get(k);
                    here.add(new Insert(p.piece(), p.offset(), new Redline.Piece(mark, "", t.note()), here.size()));
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Every place of every line, with the blocks its accepted and rejected text belong to and how far
     * into them it stands. A line's text belongs to the block the next line ending one closes.
     */
    private static List<List<Point>> points(List<Redline.Line> lines) {
        int n = lines.size();
        int[] newBlockOf = new int[n];
        int[] oldBlockOf = new int[n];
        int newCount = 0;
        int oldCount = 0;
        for (int k = 0; k < n; k++) {
            newBlockOf[k] = newCount;
            oldBlockOf[k] = oldCount;
            if (lines.get(k).newer() != null) {
                newCount++;
            }
            if (lines.get(k).older() != null) {
                oldCount++;
            }
        }
        List<List<Point>> out = new ArrayList<>(n);
        int accepted = 0;
        int rejected = 0;
        for (int k = 0; k < n; k++) {
            Redline.Line line = lines.get(k);
            List<Point> here = new ArrayList<>();
            List<Redline.Piece> pieces = line.pieces();
            Redline.Mark around = line.end();
            for (int i = 0; i <= pieces.size(); i++) {
                Redline.Piece piece = i < pieces.size() ? pieces.get(i) : null;
                Redline.Mark mark = piece == null ? around : piece.mark();
                here.add(new Point(i, 0, newBlockOf[k], accepted, oldBlockOf[k], rejected, mark));
                if (piece == null || piece.note() != null) {
                    continue;
                }
                for (int c = 1; c <= piece.text().length(); c++) {
                    int a = accepted + (mark.keptWhenAccepted() ? c : 0);
                    int r = rejected + (mark.keptWhenRejected() ? c : 0);
                    here.add(new Point(i, c, newBlockOf[k], a, oldBlockOf[k], r, mark));
                }
                accepted += mark.keptWhenAccepted() ? piece.text().length() : 0;
                rejected += mark.keptWhenRejected() ? piece.text().length() : 0;
            }
            out.add(here);
            if (line.newer() != null) {
                accepted = 0;
            }
            if (line.older() != null) {
                rejected = 0;
            }
        }
        return out;
    }

    private static Redline.Line withNotes(Redline.Line line, List<Insert> inserts) {
        inserts.sort(java.util.Comparator.comparingInt(Insert::piece)
                .thenComparingInt(Insert::offset)
                .thenComparingInt(Insert::order));
        List<Redline.Piece> out = new ArrayList<>();
        List<Redline.Piece> pieces = line.pieces();
        int next = 0;
        for (int i = 0; i <= pieces.size(); i++) {
            Redline.Piece piece = i < pieces.size() ? pieces.get(i) : null;
            int at = 0;
            while (next < inserts.size() && inserts.get(next).piece() == i) {
                Insert x = inserts.get(next++);
                if (piece != null && x.offset() > at) {
                    out.add(new Redline.Piece(piece.mark(), piece.text().substring(at, x.offset()), piece.note()));
                    at = x.offset();
                }
                out.add(x.note());
            }
            if (piece != null
                    && (at < piece.text().length()
                            || piece.note() != null
                            || piece.text().isEmpty())) {
                out.add(
                        at == 0
                                ? piece
                                : new Redline.Piece(piece.mark(), piece.text().substring(at), null));
            }
        }
        return new Redline.Line(out, line.end(), line.newer(), line.older(), line.move(), line.changeOf());
    }
}
