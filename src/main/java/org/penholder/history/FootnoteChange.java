package org.penholder.history;

import java.util.List;

/**
 * What became of one footnote between two versions of its paragraph: kept, changed (word by word,
 * or its mark moved to other words), added or removed. Numbers count the footnotes through each
 * version, as a reader sees them; 0 on the side that lacks the footnote.
 *
 * @param fromAnchor where its mark stood in the older text (for a split or merge: in the texts joined
 *                   by {@link ParagraphChange#PARAGRAPH_BREAK}); -1 when added
 * @param toAnchor   where it stands in the newer text; -1 when removed
 * @param moved      its mark now follows other words than before
 * @param diff       the footnote's words, from the older to the newer text
 */
public record FootnoteChange(
        ChangeKind kind,
        String uid,
        int fromNumber,
        int toNumber,
        int fromAnchor,
        int toAnchor,
        String fromText,
        String toText,
        boolean moved,
        List<WordDiff.Segment> diff) {

    public FootnoteChange {
        diff = List.copyOf(diff);
        fromText = fromText == null ? "" : fromText;
        toText = toText == null ? "" : toText;
    }

    /** True unless the footnote is the same text at the same place. */
    public boolean isChange() {
        return kind != ChangeKind.UNCHANGED || moved;
    }

    /** "footnote 3", "footnote 2 → 3", "footnote 4 (new)": how a list of changes names it. */
    public String title() {
        return switch (kind) {
            case ADDED -> "footnote " + toNumber + " (new)";
            case DELETED -> "footnote " + fromNumber + " (deleted)";
            default ->
                fromNumber == toNumber ? "footnote " + toNumber : "footnote " + fromNumber + " \u2192 " + toNumber;
        };
    }
}
