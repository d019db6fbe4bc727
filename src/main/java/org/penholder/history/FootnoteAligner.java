package org.penholder.history;

import java.util.ArrayList;
import java.util.List;
import org.penholder.model.Footnote;
import org.penholder.model.FootnoteAnchors;

/**
 * Pairs the footnotes of a paragraph in two versions: by their identity where both sides have one,
 * else those of the same words in order, and between two such pairs the rest in order. A paired
 * footnote whose words differ is changed, word by word; one whose mark now follows other words moved.
 */
final class FootnoteAligner {

    private FootnoteAligner() {}

    /** A footnote of one side, with its number in that version. */
    record Numbered(Footnote note, int number) {}

    static List<FootnoteChange> compare(List<Numbered> olds, List<Numbered> news, String fromText, String toText) {
        int n = olds.size();
        int m = news.size();
        if (n == 0 && m == 0) {
            return List.of();
        }
        int[] pairOf = new int[n];
        java.util.Arrays.fill(pairOf, -1);
        boolean[] taken = new boolean[m];
        for (int i = 0; i < n; i++) {
            String uid = olds.get(i).note().uid();
            for (int j = 0; uid != null && j < m; j++) {
                if (!taken[j] && uid.equals(news.get(j).note().uid())) {
                    pairOf[i] = j;
                    taken[j] = true;
                    break;
                }
            }
        }
        // the same words in order (longest common run), then the rest between them in order
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = pairOf[i] < 0 && !taken[j] && same(olds.get(i), news.get(j))
                        ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        for (int i = 0, j = 0; i < n && j < m; ) {
            if (pairOf[i] < 0 && !taken[j] && same(olds.get(i), news.get(j)) && lcs[i][j] == lcs[i + 1][j + 1] + 1) {
                pairOf[i] = j;
                taken[j] = true;
                i++;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        int next = 0;
        for (int i = 0; i < n; i++) {
            if (pairOf[i] >= 0) {
                next = Math.max(next, pairOf[i] + 1);
                continue;
            }
            int limit = m;
            for (int k = i + 1; k < n; k++) {
                if (pairOf[k] >= 0) {
                    limit = pairOf[k];
                    break;
                }
            }
            while (next < limit && taken[next]) {
                next++;
            }
            if (next < limit) {
                pairOf[i] = next;
                taken[next++] = true;
            }
        }
        // in the newer version's order, each removed footnote after the one before it
        List<FootnoteChange> out = new ArrayList<>();
        int[] oldOf = new int[m];
        java.util.Arrays.fill(oldOf, -1);
        for (int i = 0; i < n; i++) {
            if (pairOf[i] >= 0) {
                oldOf[pairOf[i]] = i;
            }
        }
        int i = 0;
        for (int j = 0; j < m; j++) {
            while (i < n && pairOf[i] < 0 && (oldOf[j] < 0 || i < oldOf[j])) {
                out.add(removed(olds.get(i++)));
            }
            if (oldOf[j] >= 0) {
                i = Math.max(i, oldOf[j] + 1);
                out.add(paired(olds.get(oldOf[j]), news.get(j), fromText, toText));
            } else {
                out.add(added(news.get(j)));
            }
        }
        for (; i < n; i++) {
            if (pairOf[i] < 0) {
                out.add(removed(olds.get(i)));
            }
        }
        return out;
    }

    private static boolean same(Numbered a, Numbered b) {
        return ParagraphAligner.normalise(a.note().text())
                .equals(ParagraphAligner.normalise(b.note().text()));
    }

    private static FootnoteChange paired(Numbered a, Numbered b, String fromText, String toText) {
        boolean sameWords = same(a, b);
        int followed = FootnoteAnchors.follow(fromText, toText, a.note().anchor());
        boolean moved = !sameMark(toText, followed, b.note().anchor());
        return new FootnoteChange(
                sameWords ? ChangeKind.UNCHANGED : ChangeKind.CHANGED,
                b.note().uid() != null ? b.note().uid() : a.note().uid(),
                a.number(),
                b.number(),
                a.note().anchor(),
                b.note().anchor(),
                a.note().text(),
                b.note().text(),
                moved,
                sameWords
                        ? List.of(
                                new WordDiff.Segment(WordDiff.Op.EQUAL, b.note().text()))
                        : WordDiff.diff(a.note().text(), b.note().text()));
    }

    /** Two places of a mark in a text are the same when only spaces lie between them. */
    private static boolean sameMark(String text, int x, int y) {
        int lo = Math.clamp(Math.min(x, y), 0, text.length());
        int hi = Math.clamp(Math.max(x, y), 0, text.length());
        return text.substring(lo, hi).isBlank();
    }

    private static FootnoteChange added(Numbered b) {
        return new FootnoteChange(
                ChangeKind.ADDED,
                b.note().uid(),
                0,
                b.number(),
                -1,
                b.note().anchor(),
                "",
                b.note().text(),
                false,
                List.of(new WordDiff.Segment(WordDiff.Op.INSERT, b.note().text())));
    }

    private static FootnoteChange removed(Numbered a) {
        return new FootnoteChange(
                ChangeKind.DELETED,
                a.note().uid(),
                a.number(),
                0,
                a.note().anchor(),
                -1,
                a.note().text(),
                "",
                false,
                List.of(new WordDiff.Segment(WordDiff.Op.DELETE, a.note().text())));
    }
}
