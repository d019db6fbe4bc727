package org.penholder.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a footnote's mark goes when its paragraph's text changes (docs/adr/0130). The mark stays
 * after the character it followed: typing before it moves it, typing right after it does not.
 * When that character itself was deleted or replaced, the mark goes after whatever replaced it,
 * or to where the deleted words were; a footnote is never lost to typing. Texts are mapped through
 * the change between them: the common start and end, then a character alignment of what lies
 * between (several edits at once, as when a proposal is accepted, each move the mark as their own).
 */
public final class FootnoteAnchors {

    /** Beyond this many cells, the middle of a change is not aligned character by character. */
    private static final long MAX_CELLS = 1_000_000;

    private FootnoteAnchors() {}

    /** The footnotes of a paragraph whose text went from {@code before} to {@code after}, each mark followed. */
    public static List<Footnote> follow(String before, String after, List<Footnote> notes) {
        if (notes.isEmpty() || before.equals(after)) {
            return notes;
        }
        List<Footnote> out = new ArrayList<>(notes.size());
        for (Footnote f : notes) {
            out.add(f.withAnchor(follow(before, after, f.anchor())));
        }
        out.sort(Footnote.IN_TEXT);
        return out;
    }

    /** Where a mark at {@code anchor} of {@code before} stands in {@code after}. */
    public static int follow(String before, String after, int anchor) {
        int at = Math.clamp(anchor, 0, before.length());
        int max = Math.min(before.length(), after.length());
        int prefix = 0;
        while (prefix < max && before.charAt(prefix) == after.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
            suffix++;
        }
        if (at <= prefix) {
            return at;
        }
        if (at >= before.length() - suffix) {
            return at + after.length() - before.length();
        }
        String a = before.substring(prefix, before.length() - suffix);
        String b = after.substring(prefix, after.length() - suffix);
        return prefix + inMiddle(a, b, at - prefix);
    }

    /**
     * A mark inside a changed stretch: aligned by the longest common subsequence of characters,
     * insertions taken before deletions, so that a mark after replaced words follows their replacement.
     */
    private static int inMiddle(String a, String b, int anchor) {
        int n = a.length();
        int m = b.length();
        if ((long) (n + 1) * (m + 1) > MAX_CELLS) {
            return m; // a rewrite too large to align: the mark follows all of it
        }
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.charAt(i) == b.charAt(j) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < anchor) {
            if (j < m && a.charAt(i) == b.charAt(j) && lcs[i][j] == lcs[i + 1][j + 1] + 1) {
                i++;
                j++;
            } else if (j < m && lcs[i][j + 1] >= lcs[i + 1][j]) {
                j++; // an insertion, taken first
            } else {
                i++; // a deletion
            }
        }
        return j;
    }
}
