package org.penholder.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.penholder.model.BlockKind;
import org.penholder.model.Draft;
import org.penholder.model.Footnote;
import org.penholder.model.ParagraphLabel;
import org.penholder.model.RevisionBlock;

/**
 * One version of a document as compare reads it: headings and paragraphs in reading order. A
 * revision, the current draft and a document from outside the project (a Word or Markdown file)
 * all become a {@code DocumentVersion}, so one service compares any two of them. Blocks of a
 * project carry the paragraph's stable id; blocks from outside have none and are aligned by text.
 *
 * @param name what the version is called in a compare ("Rev.1", "current", "draft-v2.docx")
 */
public record DocumentVersion(String name, List<Block> blocks) {

    public DocumentVersion {
        blocks = List.copyOf(blocks);
    }

    /**
     * One heading or paragraph.
     *
     * @param kind  HEADING, PP or OP
     * @param id    the stable paragraph (or section) id inside a project; null for outside documents
     * @param label the paragraph's number as a reader sees it in the outline ("PP3", "OP12",
     *              "OP12bis"); for a heading, empty
     */
    public record Block(BlockKind kind, String id, String label, String text, List<Footnote> footnotes) {
        public Block {
            text = text == null ? "" : text;
            label = label == null ? "" : label;
            footnotes = footnotes == null ? List.of() : List.copyOf(footnotes);
        }

        public Block(BlockKind kind, String id, String label, String text) {
            this(kind, id, label, text, List.of());
        }
    }

    /** The paragraphs, without headings. */
    public List<Block> paragraphs() {
        return blocks.stream().filter(b -> b.kind().isParagraph()).toList();
    }

    /** A revision's snapshot. */
    public static DocumentVersion ofRevision(String name, List<RevisionBlock> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (RevisionBlock b : blocks) {
            out.add(new Block(b.kind(), b.id(), b.kind().isParagraph() ? b.label() : "", b.text(), b.footnotes()));
        }
        return new DocumentVersion(name, out);
    }

    /** The draft as it stands, labelled with {@code labels} (frozen or consecutive numbering). */
    public static DocumentVersion ofDraft(String name, Draft draft, Map<String, ParagraphLabel> labels) {
        List<Block> out = new ArrayList<>();
        for (Draft.Block b : draft.blocks()) {
            switch (b.kind()) {
                case TITLE -> {
                    /* the title is not part of the body that is compared */
                }
                case HEADING -> out.add(new Block(BlockKind.HEADING, b.id(), "", b.text()));
                case PP, OP -> {
                    ParagraphLabel l = labels.get(b.id());
                    out.add(new Block(
                            b.kind(), b.id(), l == null ? "" : l.code(), b.text(), draft.footnotesOf(b.id())));
                }
            }
        }
        return new DocumentVersion(name, out);
    }

    /**
     * A paragraph read from a file outside the project: a heading, or text with the number it showed
     * (Word's automatic numbering, or a number typed at its start); {@code number} is null when none.
     */
    public record OutsideParagraph(boolean heading, String number, String text) {

        private static final Pattern TYPED = Pattern.compile(
                "^(\\(?(?:[0-9]{1,4}(?:\\s?(?:bis|ter|quater|quinquies|sexies"
                        + "|septies|octies|novies|decies|[a-z]{1,2}))?|[a-z]|[ivx]{1,5})[.)])\\s+(\\S.*)$",
                Pattern.DOTALL);

        /** A paragraph of text whose number, if any, is typed at its start ("12.", "12 bis.", "4c.", "(a)"). */
        public static OutsideParagraph typed(String text) {
            Matcher m = TYPED.matcher(text);
            return m.matches()
                    ? new OutsideParagraph(false, m.group(1), m.group(2))
                    : new OutsideParagraph(false, null, text);
        }
    }

    private static final Pattern NUMBER =
            Pattern.compile("^\\(?([0-9]+(?:\\s*[a-z]+)?|[a-z]|[ivxlc]+)[.)]?$", Pattern.CASE_INSENSITIVE);

    /**
     * A document from outside, labelled as Penholder would import it: numbered paragraphs are
     * operative and keep their number ("OP12", "OP4c"); unnumbered paragraphs before the first
     * numbered one are preambular ("PP1", "PP2" ...); an unnumbered paragraph after it is labelled by
     * its place in the document ("¶17").
     */
    public static DocumentVersion ofOutside(String name, List<OutsideParagraph> paragraphs) {
        List<Block> out = new ArrayList<>();
        boolean numberedSeen = false;
        int pp = 0;
        int ordinal = 0;
        for (OutsideParagraph p : paragraphs) {
            if (p.heading()) {
                out.add(new Block(BlockKind.HEADING, null, "", p.text()));
                continue;
            }
            ordinal++;
            String number = p.number() == null ? "" : p.number().strip();
            if (!number.isEmpty()) {
                numberedSeen = true;
                out.add(new Block(BlockKind.OP, null, "OP" + numberCode(number), p.text()));
            } else if (!numberedSeen) {
                out.add(new Block(BlockKind.PP, null, "PP" + (++pp), p.text()));
            } else {
                out.add(new Block(BlockKind.OP, null, "\u00b6" + ordinal, p.text()));
            }
        }
        return new DocumentVersion(name, out);
    }

    /** "12 bis." -> "12bis", "(c)" -> "c", "4c." -> "4c". */
    static String numberCode(String number) {
        String n = number.strip();
        Matcher m = NUMBER.matcher(n);
        String core = m.matches() ? m.group(1) : n.replaceAll("[.)]+$", "");
        return core.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
