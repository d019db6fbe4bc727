package org.penholder.history;

import java.util.List;
import org.penholder.model.BlockKind;

/**
 * One entry of a {@link Comparison}: a paragraph (or the paragraphs of a split or merge) of the
 * older version, what became of it in the newer one, and the word-level changes. Plain data, free
 * of any view: the compare views and the Word redline export read the same records.
 *
 * @param kind       what happened
 * @param moved      true when the paragraph changed its place relative to the others (not merely its number)
 * @param paragraphKind PP or OP, as the paragraph is in the newer version (the older, when deleted)
 * @param fromLabels labels in the older version ("OP5"); empty for an added paragraph; several for a merge
 * @param toLabels   labels in the newer version; empty for a deleted paragraph; several for a split
 * @param fromIds    stable ids in the older version, where it has them (nulls for outside documents)
 * @param toIds      stable ids in the newer version
 * @param fromTexts  the texts in the older version, one per label
 * @param toTexts    the texts in the newer version, one per label
 * @param diff       word-level changes from the older texts to the newer, each side's paragraphs
 *                   joined by a line break ({@link #PARAGRAPH_BREAK})
 * @param section    the heading the paragraph stands under (in the newer version, or the older when deleted); may be empty
 * @param similarity how alike the two sides are, 0 to 1 (1 for unchanged; 0 for added and deleted)
 * @param footnotes  what became of each footnote of the paragraph(s), in the newer version's order;
 *                   a paragraph whose words are the same but whose footnotes changed is changed
 */
public record ParagraphChange(
        ChangeKind kind,
        boolean moved,
        BlockKind paragraphKind,
        List<String> fromLabels,
        List<String> toLabels,
        List<String> fromIds,
        List<String> toIds,
        List<String> fromTexts,
        List<String> toTexts,
        List<WordDiff.Segment> diff,
        String section,
        double similarity,
        List<FootnoteChange> footnotes) {

    /** What stands between the paragraphs of a split or merge in {@link #diff}. */
    public static final String PARAGRAPH_BREAK = "\n";

    public ParagraphChange {
        fromLabels = List.copyOf(fromLabels);
        toLabels = List.copyOf(toLabels);
        fromIds = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(fromIds));
        toIds = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(toIds));
        fromTexts = List.copyOf(fromTexts);
        toTexts = List.copyOf(toTexts);
        diff = List.copyOf(diff);
        section = section == null ? "" : section;
        footnotes = footnotes == null ? List.of() : List.copyOf(footnotes);
    }

    public ParagraphChange(
            ChangeKind kind,
            boolean moved,
            BlockKind paragraphKind,
            List<String> fromLabels,
            List<String> toLabels,
            List<String> fromIds,
            List<String> toIds,
            List<String> fromTexts,
            List<String> toTexts,
            List<WordDiff.Segment> diff,
            String section,
            double similarity) {
        this(
                kind,
                moved,
                paragraphKind,
                fromLabels,
                toLabels,
                fromIds,
                toIds,
                fromTexts,
                toTexts,
                diff,
                section,
                similarity,
                List.of());
    }

    /** The footnotes that changed, were added or removed, or whose marks moved. */
    public List<FootnoteChange> footnoteChanges() {
        return footnotes.stream().filter(FootnoteChange::isChange).toList();
    }

    /** True unless the paragraph is the same text at the same place. */
    public boolean isChange() {
        return kind != ChangeKind.UNCHANGED || moved;
    }

    /** The older text, paragraphs joined by a line break. */
    public String fromText() {
        return String.join(PARAGRAPH_BREAK, fromTexts);
    }

    /** The newer text, paragraphs joined by a line break. */
    public String toText() {
        return String.join(PARAGRAPH_BREAK, toTexts);
    }

    /** "OP5 → OP4, OP5", "PP3 (new)": how a list of changes names this entry. */
    public String title() {
        String from = String.join(", ", fromLabels);
        String to = String.join(", ", toLabels);
        return switch (kind) {
            case ADDED -> to + " (new)";
            case DELETED -> from + " (deleted)";
            default -> from.equals(to) ? to : from + " \u2192 " + to;
        };
    }
}
