package org.penholder.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Derives the labels of paragraphs from their order. Preambular and operative paragraphs are
 * counted separately and continuously across sections. When numbering is frozen (a revision has
 * been circulated), paragraphs that were in that revision keep their number and new ones take the
 * number before them with "bis", "ter" ..., so every delegation's references stay valid.
 */
public final class Numbering {

    private Numbering() {}

    /** Labels of the given paragraphs, in draft order, with fresh consecutive numbers. */
    public static Map<String, ParagraphLabel> consecutive(List<Paragraph> inOrder) {
        return frozen(inOrder, Map.of());
    }

    /**
     * Labels of the given paragraphs, in draft order. {@code frozen} maps paragraph ids to the
     * labels they had in the circulated revision; an empty map numbers consecutively.
     */
    public static Map<String, ParagraphLabel> frozen(List<Paragraph> inOrder, Map<String, ParagraphLabel> frozen) {
        Map<String, ParagraphLabel> labels = new LinkedHashMap<>();
        int[] lastNumber = new int[ParagraphKind.values().length];
        int[] lastSuffix = new int[ParagraphKind.values().length];
        for (Paragraph p : inOrder) {
            int k = p.kind().ordinal();
            ParagraphLabel kept = frozen.get(p.id());
            ParagraphLabel label;
            if (kept != null && kept.kind() == p.kind() && comesAfter(kept, lastNumber[k], lastSuffix[k])) {
                label = kept;
            } else if (frozen.isEmpty()) {
                label = new ParagraphLabel(p.kind(), lastNumber[k] + 1, 0);
            } else {
                label = new ParagraphLabel(p.kind(), lastNumber[k], lastSuffix[k] + 1);
            }
            lastNumber[k] = label.number();
            lastSuffix[k] = label.suffix();
            labels.put(p.id(), label);
        }
        return labels;
    }

    private static boolean comesAfter(ParagraphLabel label, int number, int suffix) {
        return label.number() > number || (label.number() == number && label.suffix() > suffix);
    }
}
