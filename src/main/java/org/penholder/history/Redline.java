package org.penholder.history;

import java.util.ArrayList;
import java.util.List;
import org.penholder.model.BlockKind;
import org.penholder.model.Footnote;

/**
 * Two versions of a document merged into one sequence of lines, paragraphs as a word processor holds
 * them, in which every piece of text and every paragraph end is kept, inserted, deleted or moved.
 * Accepting every change gives the newer version exactly, headings, labels and ids included;
 * rejecting every change gives the older. Plain data: built from a {@link Comparison} by
 * {@link #of}, written to Word as tracked changes by the docx package (docs/adr/0032).
 *
 * @param from the older version's name
 * @param to   the newer version's name
 */
public record Redline(String from, String to, List<Line> lines) {

    public Redline {
        lines = List.copyOf(lines);
    }

    /** What a change did to a piece of text or to the end of a line. */
    public enum Mark {
        KEPT,
        INSERTED,
        DELETED,
        MOVED_FROM,
        MOVED_TO;

        /** True when the text (or the end) is still there once every change is accepted. */
        public boolean keptWhenAccepted() {
            return this != DELETED && this != MOVED_FROM;
        }

        /** True when the text (or the end) is there once every change is rejected. */
        public boolean keptWhenRejected() {
            return this != INSERTED && this != MOVED_TO;
        }

        static Mark of(WordDiff.Op op) {
            return switch (op) {
                case EQUAL -> KEPT;
                case INSERT -> INSERTED;
                case DELETE -> DELETED;
            };
        }
    }

    /**
     * A run of text and what happened to it; or, when {@code note} is set, the mark of a footnote
     * (no text), kept, inserted, deleted or moved with its paragraph.
     */
    public record Piece(Mark mark, String text, Note note) {

        public Piece(Mark mark, String text) {
            this(mark, text, null);
        }
    }

    /**
     * A footnote of the redline: its words in the older and the newer version ("" on the side
     * that lacks it). Where its mark is kept, its words change word by word inside it.
     */
    public record Note(String uid, String fromText, String toText) {}

    /** The heading or paragraph of one version that a line's end closes. */
    public record Ends(BlockKind kind, String id, String label) {

        static Ends of(DocumentVersion.Block b) {
            return new Ends(b.kind(), b.id(), b.label());
        }
    }

    /**
     * One line.
     *
     * @param end      what happened to the line's end (its paragraph mark)
     * @param newer    the block of the newer version this line ends, when its end is kept or added; else null
     * @param older    the block of the older version this line ends, when its end is kept or removed; else null
     * @param move     for a moved line, the name that pairs where it left with where it arrived; else null
     * @param changeOf the ids of the paragraphs (or headings) on both sides of the change this line
     *                 belongs to: whose amendments say who made it and when
     */
    public record Line(List<Piece> pieces, Mark end, Ends newer, Ends older, String move, List<String> changeOf) {

        public Line {
            pieces = List.copyOf(pieces);
            changeOf = List.copyOf(changeOf);
        }

        /** The text once every change is accepted (the line's part of it). */
        public String acceptedText() {
            return text(true);
        }

        /** The text once every change is rejected. */
        public String rejectedText() {
            return text(false);
        }

        private String text(boolean accepted) {
            StringBuilder b = new StringBuilder();
            for (Piece p : pieces) {
                if (accepted ? p.mark().keptWhenAccepted() : p.mark().keptWhenRejected()) {
                    b.append(p.text());
                }
            }
            return b.toString();
        }

        /** True when nothing on the line is a change: its text, its end, its kind (a PP that became an OP). */
        public boolean unchanged() {
            return end == Mark.KEPT
                    && pieces.stream()
                            .allMatch(p -> p.mark() == Mark.KEPT
                                    && (p.note() == null
                                            || p.note()
                                                    .fromText()
                                                    .equals(p.note().toText())))
                    && newer.kind() == older.kind();
        }
    }

    /** The redline from {@code from} to {@code to}, as {@code comparison} (their compare) aligns them. */
    public static Redline of(DocumentVersion from, DocumentVersion to, Comparison comparison) {
        return new RedlineBuilder(from, to, comparison).build();
    }

    /** The pieces that turn {@code before} into {@code after}, word by word. */
    public static List<Piece> pieces(String before, String after) {
        List<Piece> out = new ArrayList<>();
        if (before.equals(after)) {
            if (!after.isEmpty()) {
                out.add(new Piece(Mark.KEPT, after));
            }
            return out;
        }
        for (WordDiff.Segment s : WordDiff.diff(before, after)) {
            out.add(new Piece(Mark.of(s.op()), s.text()));
        }
        return out;
    }

    /** The newer version: every change accepted. */
    public List<DocumentVersion.Block> accepted() {
        return resolve(true);
    }

    /** The older version: every change rejected. */
    public List<DocumentVersion.Block> rejected() {
        return resolve(false);
    }

    /** Lines that hold a change. */
    public long changedLines() {
        return lines.stream().filter(l -> !l.unchanged()).count();
    }

    private List<DocumentVersion.Block> resolve(boolean accept) {
        List<DocumentVersion.Block> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<Footnote> notes = new ArrayList<>();
        for (Line l : lines) {
            for (Piece p : l.pieces()) {
                if (accept ? p.mark().keptWhenAccepted() : p.mark().keptWhenRejected()) {
                    if (p.note() != null) {
                        notes.add(new Footnote(
                                p.note().uid(),
                                text.length(),
                                accept ? p.note().toText() : p.note().fromText()));
                    } else {
                        text.append(p.text());
                    }
                }
            }
            Ends ends = accept ? l.newer() : l.older();
            if (ends != null) {
                out.add(new DocumentVersion.Block(ends.kind(), ends.id(), ends.label(), text.toString(), notes));
                text.setLength(0);
                notes = new ArrayList<>();
            }
        }
        return out;
    }
}
