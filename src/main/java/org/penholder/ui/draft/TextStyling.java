package org.penholder.ui.draft;

import java.util.ArrayList;
import java.util.List;
import org.penholder.model.BlockKind;

/**
 * How the editor colours the text of a line: the opening word of a preambular paragraph in
 * italics, as in UN documents, and text in square brackets (unagreed text, alternatives such as
 * {@code [2030][2035]}) highlighted.
 */
public final class TextStyling {

    public static final String LEAD = "lead";
    public static final String BRACKET = "bracket";
    public static final String BRACKET_MARK = "bracket-mark";

    private TextStyling() {}

    /** A stretch of text and its style classes. */
    public record Run(int length, List<String> classes) {}

    /** The runs covering a line of {@code text}, in order. */
    public static List<Run> runs(BlockKind kind, String text) {
        int n = text.length();
        int leadEnd = 0;
        if (kind == BlockKind.PP) {
            while (leadEnd < n && Character.isWhitespace(text.charAt(leadEnd))) {
                leadEnd++;
            }
            while (leadEnd < n && (Character.isLetter(text.charAt(leadEnd)) || text.charAt(leadEnd) == '-')) {
                leadEnd++;
            }
        }
        List<Run> runs = new ArrayList<>();
        int depth = 0;
        List<String> current = null;
        int start = 0;
        for (int i = 0; i < n; i++) {
            char ch = text.charAt(i);
            boolean mark = ch == '[' || (ch == ']' && depth > 0);
            if (ch == '[') {
                depth++;
            }
            List<String> classes = new ArrayList<>(2);
            if (i < leadEnd) {
                classes.add(LEAD);
            }
            if (depth > 0) {
                classes.add(mark ? BRACKET_MARK : BRACKET);
            }
            if (ch == ']' && depth > 0) {
                depth--;
            }
            if (current == null) {
                current = classes;
            } else if (!current.equals(classes)) {
                runs.add(new Run(i - start, List.copyOf(current)));
                current = classes;
                start = i;
            }
        }
        runs.add(new Run(n - start, current == null ? List.of() : List.copyOf(current)));
        return runs;
    }
}
