package org.penholder.docx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.penholder.history.DocumentVersion;
import org.penholder.model.BlockKind;
import org.penholder.model.Footnote;
import org.penholder.model.ParagraphLabel;
import org.penholder.model.ParagraphStatus;
import org.penholder.model.RevisionBlock;
import org.penholder.text.Phrase;

/**
 * A draft as read from a Word file: title, symbol, the other lines of its masthead, and its
 * headings and paragraphs in order, with their numbers, footnotes and the ids Penholder embedded
 * (if any); and what the draft cannot hold, said where it was.
 *
 * @param fromVersion    the version a file Penholder wrote was made from ("Rev.1"), if it says
 * @param trackedChanges tracked changes found in the file, all read as accepted
 * @param warnings       what the reader had to guess or leave out, for the person to check: phrases
 *                       the window says in its language, the command line in English
 * @param status         the line that names the version ("Zero draft", "Rev.1", "Draft of 4 December 2026"), or ""
 * @param omissions      tables, images, text boxes, equations, comments ... the draft does not hold
 */
public record ImportedDraft(
        Path file,
        String title,
        String symbol,
        List<String> titleLines,
        List<Block> blocks,
        Optional<String> fromVersion,
        int trackedChanges,
        List<Phrase> warnings,
        String status,
        List<Omission> omissions) {

    public ImportedDraft {
        titleLines = List.copyOf(titleLines);
        blocks = List.copyOf(blocks);
        warnings = List.copyOf(warnings);
        status = status == null ? "" : status;
        omissions = List.copyOf(omissions);
    }

    /**
     * A heading or a paragraph.
     *
     * @param embeddedId the paragraph or section id Penholder wrote into the file, or null
     * @param label      the paragraph's number (null for headings)
     * @param footnotes  its footnotes (endnotes too), in the order of their marks, not yet stored (no uid)
     */
    public record Block(
            BlockKind kind, String embeddedId, ParagraphLabel label, String text, List<Footnote> footnotes) {

        public Block {
            footnotes = List.copyOf(footnotes);
        }

        public Block(BlockKind kind, String embeddedId, ParagraphLabel label, String text) {
            this(kind, embeddedId, label, text, List.of());
        }
    }

    /**
     * Something of the file the draft does not hold.
     *
     * @param kind        "table", "image", "text box", "equation", "chart", "drawing", "embedded object", "comment"
     * @param place       where it was: "after OP12", "in PP3", "after the heading “Follow-up”", "in the title"
     * @param text        its words, if it has any
     * @param fingerprint what tells two versions of it apart
     * @param kindCode    its kind as a code: "table", "textBox" ... (phrases name it in each language)
     * @param where       where it was, as a phrase said in the reader's language
     */
    public record Omission(String kind, String place, String text, String fingerprint, String kindCode, Phrase where) {}

    /**
     * The blocks as a revision stores them, labelled as read: each with the id {@code ids} gives it
     * and, for a paragraph, the status {@code statuses} gives its id. Importing a draft and comparing
     * Word files both go through here, so they read a file the same way.
     */
    public List<RevisionBlock> revisionBlocks(
            Function<Block, String> ids, Function<String, ParagraphStatus> statuses, Supplier<String> footnoteUids) {
        List<RevisionBlock> out = new ArrayList<>();
        int ordinal = 0;
        for (Block b : blocks) {
            String id = ids.apply(b);
            if (b.kind() == BlockKind.HEADING) {
                out.add(new RevisionBlock(ordinal++, BlockKind.HEADING, id, null, null, b.text()));
            } else {
                List<Footnote> notes = b.footnotes().stream()
                        .map(f -> f.withUid(footnoteUids.get()))
                        .toList();
                out.add(new RevisionBlock(
                        ordinal++, b.kind(), id, b.label().code(), statuses.apply(id), b.text(), notes));
            }
        }
        return out;
    }

    /** The draft as compare reads it, named {@code name}: the ids Penholder wrote, and no others. */
    public DocumentVersion version(String name) {
        Set<String> seen = new HashSet<>();
        return DocumentVersion.ofRevision(
                name,
                revisionBlocks(
                        b -> b.embeddedId() != null && seen.add(b.embeddedId()) ? b.embeddedId() : null,
                        id -> ParagraphStatus.DRAFTING,
                        () -> null));
    }

    public long count(BlockKind kind) {
        return blocks.stream().filter(b -> b.kind() == kind).count();
    }

    /** Number of blocks that carried an id written by Penholder. */
    public long embeddedIds() {
        return blocks.stream().filter(b -> b.embeddedId() != null).count();
    }

    /** Number of footnotes read (endnotes included). */
    public long footnotes() {
        return blocks.stream().mapToLong(b -> b.footnotes().size()).sum();
    }
}
