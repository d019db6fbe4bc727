package org.penholder.docx;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.penholder.history.WordDiff;

/**
 * Tracked changes next to each other in a paragraph, read as edits: {@code [start, start +
 * before.length)} of the paragraph's original text became {@code after}. Closed, the run is cut down
 * to the words that differ, one edit per stretch of them, and attributed to whoever changed most of
 * it (the first of them on a tie).
 */
final class ChangeRun {

    private final int original;
    private final int start;
    private final StringBuilder before = new StringBuilder();
    private final StringBuilder after = new StringBuilder();
    private final Set<String> ids = new LinkedHashSet<>();
    /** Characters changed by each author, and the first of their changes. */
    private final Map<String, int[]> sizes = new LinkedHashMap<>();

    private final Map<String, WordParagraph.Change> firsts = new HashMap<>();
    private String lastAuthor;

    ChangeRun(int original, int start) {
        this.original = original;
        this.start = start;
    }

    /** Who made the latest change of the run. */
    String lastAuthor() {
        return lastAuthor;
    }

    /** Text both versions keep, inside the run (spaces between two changes). */
    void kept(String text) {
        before.append(text);
        after.append(text);
    }

    /** Text a change removed from the original ({@code removed}) or added. */
    void changed(WordParagraph.Change c, String text, boolean removed) {
        (removed ? before : after).append(text);
        String author = Objects.toString(c.author(), "");
        sizes.computeIfAbsent(author, k -> new int[1])[0] += text.length();
        firsts.putIfAbsent(author, c);
        ids.add(c.id());
        lastAuthor = c.author();
    }

    /** Adds the run's edits to {@code edits}. */
    void close(List<TrackedEdit> edits) {
        ids.remove(null);
        String author = sizes.entrySet().stream()
                .max(Comparator.comparingInt(e -> e.getValue()[0]))
                .map(Map.Entry::getKey)
                .orElse("");
        WordParagraph.Change first = firsts.get(author);
        regions(
                edits,
                original,
                start,
                before.toString(),
                after.toString(),
                new TrackedEdit.Who(
                        first == null ? null : first.author(), first == null ? null : first.date(), List.copyOf(ids)));
    }

    /** One text edit per stretch of words that differ between {@code before} (at {@code start}) and {@code after}. */
    static void regions(
            List<TrackedEdit> edits, int original, int start, String before, String after, TrackedEdit.Who who) {
        int at = start;
        int from = -1;
        StringBuilder removed = new StringBuilder();
        StringBuilder added = new StringBuilder();
        for (WordDiff.Segment s : WordDiff.diff(before, after)) {
            switch (s.op()) {
                case EQUAL -> {
                    if (from >= 0) {
                        edits.add(new TrackedEdit.TextEdit(
                                edits.size(), original, from, from + removed.length(), added.toString(), who));
                        from = -1;
                        removed.setLength(0);
                        added.setLength(0);
                    }
                    at += s.text().length();
                }
                case DELETE -> {
                    from = from < 0 ? at : from;
                    removed.append(s.text());
                    at += s.text().length();
                }
                case INSERT -> {
                    from = from < 0 ? at : from;
                    added.append(s.text());
                }
            }
        }
        if (from >= 0) {
            edits.add(new TrackedEdit.TextEdit(
                    edits.size(), original, from, from + removed.length(), added.toString(), who));
        }
    }
}
