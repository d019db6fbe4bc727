package org.penholder.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The draft as it stands: title, document symbol, sections and live paragraphs, in reading
 * order (the preamble, whose paragraphs have no section, first), and the footnotes of each
 * paragraph (by paragraph id, in the order of their marks).
 */
public record Draft(
        String title,
        String symbol,
        List<Section> sections,
        List<Paragraph> paragraphs,
        Map<String, List<Footnote>> footnotes) {

    public Draft {
        sections = List.copyOf(sections);
        paragraphs = List.copyOf(paragraphs);
        footnotes = footnotes == null ? Map.of() : Map.copyOf(footnotes);
    }

    public Draft(String title, String symbol, List<Section> sections, List<Paragraph> paragraphs) {
        this(title, symbol, sections, paragraphs, Map.of());
    }

    /** The footnotes of a paragraph, in the order of their marks (none: an empty list). */
    public List<Footnote> footnotesOf(String paragraphId) {
        return footnotes.getOrDefault(paragraphId, List.of());
    }

    /** Paragraphs in reading order. */
    public List<Paragraph> paragraphsInOrder() {
        Map<String, Integer> sectionOrder = new LinkedHashMap<>();
        for (Section s : sections) {
            sectionOrder.put(s.id(), s.position());
        }
        List<Paragraph> ordered = new ArrayList<>(paragraphs);
        ordered.sort(Comparator.comparingInt((Paragraph p) -> p.sectionId() == null
                        ? Integer.MIN_VALUE
                        : sectionOrder.getOrDefault(p.sectionId(), Integer.MAX_VALUE))
                .thenComparingInt(Paragraph::position));
        return Collections.unmodifiableList(ordered);
    }

    /** Sections in order. */
    public List<Section> sectionsInOrder() {
        List<Section> ordered = new ArrayList<>(sections);
        ordered.sort(Comparator.comparingInt(Section::position));
        return Collections.unmodifiableList(ordered);
    }

    /** Title, then the preamble, then each heading followed by its paragraphs. */
    public List<Block> blocks() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block(BlockKind.TITLE, null, title));
        List<Paragraph> ordered = paragraphsInOrder();
        int i = 0;
        while (i < ordered.size() && ordered.get(i).sectionId() == null) {
            blocks.add(Block.of(ordered.get(i++)));
        }
        for (Section s : sectionsInOrder()) {
            blocks.add(new Block(BlockKind.HEADING, s.id(), s.title()));
            while (i < ordered.size() && Objects.equals(ordered.get(i).sectionId(), s.id())) {
                blocks.add(Block.of(ordered.get(i++)));
            }
        }
        return blocks;
    }

    /** Labels of all paragraphs, numbered consecutively. */
    public Map<String, ParagraphLabel> labels() {
        return Numbering.consecutive(paragraphsInOrder());
    }

    /** One line of the draft: the title, a heading (id = section id) or a paragraph. */
    public record Block(BlockKind kind, String id, String text) {
        static Block of(Paragraph p) {
            return new Block(BlockKind.of(p.kind()), p.id(), p.text());
        }
    }
}
