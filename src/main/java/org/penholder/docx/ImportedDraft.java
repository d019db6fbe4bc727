package org.penholder.docx;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.penholder.model.BlockKind;
import org.penholder.model.ParagraphLabel;

/**
 * A draft as read from a Word file: title, symbol, the other lines of its masthead, and its
 * headings and paragraphs in order, with their numbers and the ids Penholder embedded (if any).
 *
 * @param fromVersion    the version a file Penholder wrote was made from ("Rev.1"), if it says
 * @param trackedChanges tracked changes found in the file, all read as accepted
 * @param warnings       what the reader had to guess or leave out, for the person to check
 */
public record ImportedDraft(
        Path file,
        String title,
        String symbol,
        List<String> titleLines,
        List<Block> blocks,
        Optional<String> fromVersion,
        int trackedChanges,
        List<String> warnings) {

    public ImportedDraft {
        titleLines = List.copyOf(titleLines);
        blocks = List.copyOf(blocks);
        warnings = List.copyOf(warnings);
    }

    /**
     * A heading or a paragraph.
     *
     * @param embeddedId the paragraph or section id Penholder wrote into the file, or null
     * @param label      the paragraph's number (null for headings)
     */
    public record Block(BlockKind kind, String embeddedId, ParagraphLabel label, String text) {}

    public long count(BlockKind kind) {
        return blocks.stream().filter(b -> b.kind() == kind).count();
    }

    /** Number of blocks that carried an id written by Penholder. */
    public long embeddedIds() {
        return blocks.stream().filter(b -> b.embeddedId() != null).count();
    }
}
