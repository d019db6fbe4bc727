package org.penholder.history;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;

/**
 * Word-level differences between two texts, as delegations read them: whole words inserted or
 * deleted, never fragments of words. Words, the spaces between them and punctuation are tokens of
 * their own; Chinese and Japanese characters are a token each. The diff keeps the words
 * java-diff-utils' Myers diff keeps, found on numbered tokens ({@link ShortestEdit}, docs/adr/0022).
 */
public final class WordDiff {

    private WordDiff() {}

    /** What a segment of the diff does. */
    public enum Op {
        EQUAL,
        INSERT,
        DELETE
    }

    /** A run of text that is kept, inserted or deleted. */
    public record Segment(Op op, String text) {}

    /**
     * The segments that turn {@code before} into {@code after}: the EQUAL and DELETE segments
     * concatenated give {@code before}, the EQUAL and INSERT segments give {@code after}. Within one
     * change, deletions come before insertions.
     */
    public static List<Segment> diff(String before, String after) {
        return diff(tokens(before == null ? "" : before), tokens(after == null ? "" : after));
    }

    /** The diff of two texts already split by {@link #tokens}. */
    static List<Segment> diff(List<String> a, List<String> b) {
        int[][] ids = TokenIds.of(a, b);
        int[] kept = ShortestEdit.kept(ids[0], ids[1]);
        List<Segment> raw = new ArrayList<>();
        int ia = 0;
        int ib = 0;
        for (int k = 0; k <= kept.length; k += 2) {
            // the next kept pair, or the ends of both texts after the last one
            int ka = k < kept.length ? kept[k] : a.size();
            int kb = k < kept.length ? kept[k + 1] : b.size();
            if (ka > ia) {
                raw.add(new Segment(Op.DELETE, String.join("", a.subList(ia, ka))));
            }
            if (kb > ib) {
                raw.add(new Segment(Op.INSERT, String.join("", b.subList(ib, kb))));
            }
            if (k == kept.length) {
                break;
            }
            int run = 1;
            while (k + 2 < kept.length && kept[k + 2] == ka + run && kept[k + 3] == kb + run) {
                run++;
                k += 2;
            }
            raw.add(new Segment(Op.EQUAL, String.join("", a.subList(ka, ka + run))));
            ia = ka + run;
            ib = kb + run;
        }
        return tidy(raw);
    }

    /** Kept, deleted and inserted runs as a delegation reads them: no lone kept spaces, deletions before insertions, no empty or split runs. */
    static List<Segment> tidy(List<Segment> raw) {
        return merge(absorbLoneSpaces(raw));
    }

    /** The tokens of two texts as small integers, equal tokens the same number, so that comparing them is cheap. */
    private static final class TokenIds {
        static int[][] of(List<String> a, List<String> b) {
            java.util.Map<String, Integer> ids = new java.util.HashMap<>();
            return new int[][] {number(a, ids), number(b, ids)};
        }

        private static int[] number(List<String> tokens, java.util.Map<String, Integer> ids) {
            int[] out = new int[tokens.size()];
            for (int k = 0; k < out.length; k++) {
                out[k] = ids.computeIfAbsent(tokens.get(k), t -> ids.size());
            }
            return out;
        }
    }

    /** True when the diff changes nothing. */
    public static boolean unchanged(List<Segment> diff) {
        return diff.stream().allMatch(s -> s.op() == Op.EQUAL);
    }

    /**
     * How alike two texts are, from 0 (nothing in common) to 1 (the same words): twice the number of
     * characters in equal word tokens over the characters of both texts, spaces not counted.
     */
    public static double similarity(String x, String y) {
        List<String> a = tokens(x);
        List<String> b = tokens(y);
        int total = letters(a) + letters(b);
        if (total == 0) {
            return 1.0;
        }
        Patch<String> patch = DiffUtils.diff(a, b);
        int changed = 0;
        for (AbstractDelta<String> d : patch.getDeltas()) {
            changed += letters(d.getSource().getLines()) + letters(d.getTarget().getLines());
        }
        return (double) (total - changed) / total;
    }

    private static int letters(List<String> tokens) {
        int n = 0;
        for (String t : tokens) {
            if (!t.isBlank()) {
                n += t.length();
            }
        }
        return n;
    }

    /** Splits text into words, runs of spaces, and single punctuation marks or ideographs. */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            int start = i;
            if (Character.isWhitespace(cp)) {
                while (i < n && Character.isWhitespace(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
            } else if (isWordChar(cp) && !isIdeograph(cp)) {
                while (i < n) {
                    int c = text.codePointAt(i);
                    if (isWordChar(c) && !isIdeograph(c)) {
                        i += Character.charCount(c);
                    } else if ((c == '-' || c == '\'' || c == '\u2019' || c == '\u2011')
                            && i + 1 < n
                            && isWordChar(text.codePointAt(i + 1))
                            && !isIdeograph(text.codePointAt(i + 1))) {
                        i += 1; // hyphens and apostrophes inside a word belong to it
                    } else {
                        break;
                    }
                }
            } else {
                i += Character.charCount(cp);
            }
            out.add(text.substring(start, i));
        }
        return out;
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp)
                || Character.getType(cp) == Character.NON_SPACING_MARK
                || Character.getType(cp) == Character.COMBINING_SPACING_MARK;
    }

    /** Below this code point no character is Han, Hiragana or Katakana (WordDiffTest checks it), so the script lookup is skipped. */
    static final int FIRST_IDEOGRAPH = 0x2E80;

    private static boolean isIdeograph(int cp) {
        if (cp < FIRST_IDEOGRAPH) {
            return false;
        }
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN
                || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA;
    }

    /**
     * A single space kept between two changes reads as noise ("~~shall~~ __should__ ~~be~~ __is__");
     * it is folded into the changes around it.
     */
    private static List<Segment> absorbLoneSpaces(List<Segment> in) {
        List<Segment> out = new ArrayList<>(in);
        for (int i = 1; i + 1 < out.size(); i++) {
            Segment s = out.get(i);
            if (s.op() == Op.EQUAL
                    && s.text().isBlank()
                    && out.get(i - 1).op() != Op.EQUAL
                    && out.get(i + 1).op() != Op.EQUAL) {
                // replace "change, space, change" by the space deleted and inserted in the changes
                out.set(i, new Segment(Op.DELETE, s.text()));
                out.add(i + 1, new Segment(Op.INSERT, s.text()));
                i++;
            }
        }
        return regroup(out);
    }

    /** Within each stretch of changes, puts all deletions first, then all insertions. */
    private static List<Segment> regroup(List<Segment> in) {
        List<Segment> out = new ArrayList<>();
        StringBuilder del = new StringBuilder();
        StringBuilder ins = new StringBuilder();
        for (Segment s : in) {
            switch (s.op()) {
                case DELETE -> del.append(s.text());
                case INSERT -> ins.append(s.text());
                case EQUAL -> {
                    flush(out, del, ins);
                    out.add(s);
                }
            }
        }
        flush(out, del, ins);
        return out;
    }

    private static void flush(List<Segment> out, StringBuilder del, StringBuilder ins) {
        if (!del.isEmpty()) {
            out.add(new Segment(Op.DELETE, del.toString()));
            del.setLength(0);
        }
        if (!ins.isEmpty()) {
            out.add(new Segment(Op.INSERT, ins.toString()));
            ins.setLength(0);
        }
    }

    private static List<Segment> merge(List<Segment> in) {
        List<Segment> out = new ArrayList<>();
        for (Segment s : in) {
            if (s.text().isEmpty()) {
                continue;
            }
            Segment last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.op() == s.op()) {
                out.set(out.size() - 1, new Segment(s.op(), last.text() + s.text()));
            } else {
                out.add(s);
            }
        }
        return out;
    }
}
