package org.penholder.docx;

import java.util.List;

/**
 * One paragraph of a Word file as it was read: its style, numbering and direction, the bookmarks
 * that start in it, and its text as runs, each either plain or part of a tracked change with its
 * author and date. The accepted and the original text of a paragraph both follow from it, which
 * is what reading a delegation's tracked changes as proposals needs.
 *
 * @param numId       direct numbering instance (0: numbering removed; null: from the style)
 * @param markChanges tracked insertion and/or deletion of the paragraph mark itself
 * @param cell        the cell of a table the paragraph is in (of the outermost table), or null
 */
record WordParagraph(
        String styleId,
        Integer numId,
        Integer ilvl,
        Integer outlineLevel,
        boolean centered,
        boolean bidi,
        Cell cell,
        List<String> bookmarks,
        List<Segment> segments,
        List<Change> markChanges) {

    /** A cell of a table: the table's place among the body's tables, its row and its column. */
    record Cell(int table, int row, int column) {}

    /** The paragraph is inside a table. */
    boolean inTable() {
        return cell != null;
    }

    WordParagraph {
        bookmarks = List.copyOf(bookmarks);
        segments = List.copyOf(segments);
        markChanges = List.copyOf(markChanges);
    }

    /** What a tracked change did. */
    enum ChangeKind {
        INSERTED,
        DELETED,
        MOVED_TO,
        MOVED_FROM;

        /** True when this change adds text (which rejecting it removes). */
        boolean adds() {
            return this == INSERTED || this == MOVED_TO;
        }
    }

    /** A tracked change: what, which (its id in the file), by whom, when (as written in the file). */
    record Change(ChangeKind kind, String id, String author, String date) {}

    /**
     * A run of text, plain or inside tracked changes: {@code changes} from the outermost to the
     * innermost, as when one reviewer deletes words another inserted. A footnote or endnote
     * reference is a segment without text whose {@code note} names the note ("footnote:2").
     */
    record Segment(String text, List<Change> changes, boolean bold, String note) {

        Segment {
            changes = List.copyOf(changes);
        }

        Segment(String text, List<Change> changes, boolean bold) {
            this(text, changes, bold, null);
        }

        /** The innermost change, the one that acted last; null for plain text. */
        Change change() {
            return changes.isEmpty() ? null : changes.get(changes.size() - 1);
        }

        /** In the text once every change is accepted: no enclosing change removes it. */
        boolean keptWhenAccepted() {
            return WordParagraph.keptWhenAccepted(changes);
        }

        /** In the text once every change is rejected: no enclosing change added it. */
        boolean keptWhenRejected() {
            return WordParagraph.keptWhenRejected(changes);
        }
    }

    static boolean keptWhenAccepted(List<Change> changes) {
        return changes.stream().allMatch(c -> c.kind().adds());
    }

    static boolean keptWhenRejected(List<Change> changes) {
        return changes.stream().noneMatch(c -> c.kind().adds());
    }

    /** True when the paragraph ends here once all changes are accepted (else it runs on into the next). */
    boolean markKeptWhenAccepted() {
        return keptWhenAccepted(markChanges);
    }

    /** True when the paragraph ended here before the changes. */
    boolean markKeptWhenRejected() {
        return keptWhenRejected(markChanges);
    }

    /** The text with every tracked change accepted. */
    String acceptedText() {
        return text(Segment::keptWhenAccepted);
    }

    /** A note referred to at a place of the text. */
    record NoteRef(String note, int offset, List<Change> changes) {}

    /** The notes referred to in the accepted text (or the original), with their places in it. */
    List<NoteRef> notes(boolean accepted) {
        List<NoteRef> out = new java.util.ArrayList<>();
        int at = 0;
        for (Segment s : segments) {
            if (accepted ? s.keptWhenAccepted() : s.keptWhenRejected()) {
                if (s.note() != null) {
                    out.add(new NoteRef(s.note(), at, s.changes()));
                }
                at += s.text().length();
            }
        }
        return out;
    }

    /** The text with every tracked change rejected: as it was before the changes. */
    String originalText() {
        return text(Segment::keptWhenRejected);
    }

    private String text(java.util.function.Predicate<Segment> kept) {
        StringBuilder b = new StringBuilder();
        for (Segment s : segments) {
            if (kept.test(s)) {
                b.append(s.text());
            }
        }
        return b.toString();
    }

    /** Number of tracked changes in the paragraph and its mark (runs of one change count once). */
    int changeCount() {
        java.util.Set<Change> seen = new java.util.HashSet<>(markChanges);
        for (Segment s : segments) {
            seen.addAll(s.changes());
        }
        return seen.size();
    }

    /** True when every letter of the accepted text is in bold runs. */
    boolean allBold() {
        boolean any = false;
        for (Segment s : segments) {
            if (!s.keptWhenAccepted()) {
                continue;
            }
            if (!s.text().isBlank()) {
                if (!s.bold()) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }
}
