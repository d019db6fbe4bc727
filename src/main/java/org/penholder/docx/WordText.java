package org.penholder.docx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plain text of a Word file, for reading it as a stakeholder input (docs/adr/0010): the body
 * in order, a line per paragraph and a line per table row (cells split by tabs), the text of text
 * boxes where they stand, then the footnotes (endnotes too) numbered as their marks [1], [2] in the
 * text. Tracked changes are read as accepted. The file is read by {@link WordFile}, with its limits
 * and refusals, like every other Word file Penholder reads.
 */
public final class WordText {

    private WordText() {}

    /** The text of a .docx file, or a {@link DocxException} that says, in words, why it cannot be read. */
    public static String read(Path file, DocxLimits limits) {
        return WordFile.read(file, limits, Progress.NONE, WordText::text);
    }

    static String text(WordFile w) {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        Map<Integer, List<WordObject>> boxes = new LinkedHashMap<>();
        for (WordObject o : w.objects()) {
            if (o.kind() == WordObject.Kind.TEXT_BOX && o.offset() >= 0) {
                boxes.computeIfAbsent(o.paragraph(), k -> new ArrayList<>()).add(o);
            }
        }
        StringBuilder out = new StringBuilder();
        List<String> row = new ArrayList<>();
        WordParagraph.Cell at = null;
        List<WordParagraph> body = w.body();
        for (int k = 0; k < body.size(); k++) {
            WordParagraph p = body.get(k);
            String text = line(p, boxes.getOrDefault(k, List.of()), numbers, w);
            WordParagraph.Cell cell = p.cell();
            if (at != null && (cell == null || cell.table() != at.table() || cell.row() != at.row())) {
                line(out, String.join("\t", row));
                row.clear();
            }
            if (cell == null) {
                line(out, text);
                at = null;
                continue;
            }
            if (at != null && cell.table() == at.table() && cell.row() == at.row() && cell.column() == at.column()) {
                String before = row.remove(row.size() - 1);
                row.add(before.isEmpty() || text.isEmpty() ? before + text : before + " " + text);
            } else {
                row.add(text);
            }
            at = cell;
        }
        if (at != null) {
            line(out, String.join("\t", row));
        }
        List<String> notes = new ArrayList<>();
        numbers.forEach((note, n) -> {
            String said = w.noteText(note, true);
            if (said != null && !said.isBlank()) {
                notes.add("[" + n + "] " + said.strip().replaceAll("\\s+", " "));
            }
        });
        if (!notes.isEmpty()) {
            line(out, "Footnotes");
            notes.forEach(n -> line(out, n));
        }
        return out.toString();
    }

    /** A paragraph's accepted text, note marks as their numbers, text boxes where they stand. */
    private static String line(WordParagraph p, List<WordObject> boxes, Map<String, Integer> numbers, WordFile w) {
        StringBuilder b = new StringBuilder();
        int box = 0;
        int accepted = 0;
        for (WordParagraph.Segment s : p.segments()) {
            if (!s.keptWhenAccepted()) {
                continue;
            }
            while (box < boxes.size() && boxes.get(box).offset() <= accepted) {
                b.append(boxes.get(box++).text().replace('\n', ' ')).append(' ');
            }
            if (s.note() != null) {
                if (w.notes().containsKey(s.note())) {
                    b.append('[')
                            .append(numbers.computeIfAbsent(s.note(), k -> numbers.size() + 1))
                            .append(']');
                }
            } else {
                b.append(s.text());
                accepted += s.text().length();
            }
        }
        while (box < boxes.size()) {
            b.append(' ').append(boxes.get(box++).text().replace('\n', ' '));
        }
        return b.toString().strip();
    }

    private static void line(StringBuilder out, String text) {
        String t = text.strip();
        if (!t.isEmpty()) {
            out.append(t).append('\n');
        }
    }
}
