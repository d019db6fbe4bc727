package org.penholder.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.penholder.model.Tag;
import org.penholder.model.TagKind;
import org.penholder.text.DocumentWords;

/**
 * The lists a new project starts with, in the document's language: stakeholder groups, the thematic
 * clusters of the WSIS+20 Elements Paper and the WSIS Action Lines C1 to C11 (Geneva Plan of Action).
 * Every entry is editable in the project; they are data from then on and do not follow a later change
 * of the document language. The words are in {@code org/penholder/text/document*.properties}
 * ({@code lists.*}), so the glossary and the translation check cover them with the rest.
 */
public record DefaultLists(List<String> stakeholderGroups, List<String> clusters, List<Tag> actionLines) {

    public DefaultLists {
        stakeholderGroups = List.copyOf(stakeholderGroups);
        clusters = List.copyOf(clusters);
        actionLines = List.copyOf(actionLines);
    }

    /** The lists in English: the sample project and the benchmark's generated projects use them. */
    public static final DefaultLists ENGLISH = in(Locale.ENGLISH);

    /** The lists in a document language (English where a translation lacks an entry). */
    public static DefaultLists in(Locale language) {
        DocumentWords words = DocumentWords.in(language);
        List<String> actionLineNames = numbered(words, "lists.actionLine.C");
        List<Tag> actionLines = new ArrayList<>();
        for (int n = 1; n <= actionLineNames.size(); n++) {
            actionLines.add(new Tag(0, TagKind.ACTION_LINE, "C" + n, actionLineNames.get(n - 1)));
        }
        return new DefaultLists(numbered(words, "lists.group."), numbered(words, "lists.cluster."), actionLines);
    }

    /** The words of the keys {@code prefix} followed by 1, 2, 3 ... for as long as there are such keys. */
    private static List<String> numbered(DocumentWords words, String prefix) {
        List<String> entries = new ArrayList<>();
        for (int n = 1; words.has(prefix + n); n++) {
            entries.add(words.get(prefix + n));
        }
        return entries;
    }
}
