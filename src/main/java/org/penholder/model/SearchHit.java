package org.penholder.model;

import java.util.ArrayList;
import java.util.List;

/**
 * An input found by a search: the passage around the best match, with the matched words between
 * {@link #MARK_START} and {@link #MARK_END}, and its score (higher is better). {@code alike} counts
 * near-identical submissions that matched too and are shown under this one.
 */
public record SearchHit(Input input, String snippet, double score, int alike) {

    /** Marks around matched words in {@link #snippet}; neither can occur in an input's text. */
    public static final char MARK_START = '\u0002';

    public static final char MARK_END = '\u0003';

    /** A piece of a snippet: plain or matched text. */
    public record Run(String text, boolean match) {}

    /** The snippet without marks. */
    public String plainSnippet() {
        return snippet.replace(String.valueOf(MARK_START), "").replace(String.valueOf(MARK_END), "");
    }

    /** The snippet as runs of plain and matched text. */
    public List<Run> runs() {
        return runs(snippet);
    }

    /** Splits marked text into runs of plain and matched text. */
    public static List<Run> runs(String marked) {
        List<Run> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        boolean match = false;
        for (int i = 0; i < marked.length(); i++) {
            char ch = marked.charAt(i);
            if (ch == MARK_START || ch == MARK_END) {
                if (!b.isEmpty()) {
                    out.add(new Run(b.toString(), match));
                    b.setLength(0);
                }
                match = ch == MARK_START;
            } else {
                b.append(ch);
            }
        }
        if (!b.isEmpty()) {
            out.add(new Run(b.toString(), match));
        }
        return out;
    }

    /** Where the matched words stand in {@link #plainSnippet()}: pairs [start, end). */
    public List<int[]> highlights() {
        List<int[]> out = new ArrayList<>();
        int at = 0;
        for (Run r : runs()) {
            if (r.match()) {
                out.add(new int[] {at, at + r.text().length()});
            }
            at += r.text().length();
        }
        return out;
    }
}
