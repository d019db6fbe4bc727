package org.penholder.docx;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.penholder.model.BlockKind;
import org.penholder.model.ParagraphLabel;
import org.penholder.model.RevisionBlock;
import org.penholder.text.DocumentWords;

/**
 * A text as it goes out in a Word file: a revision, or the current draft with the numbers it is
 * circulated with. Blocks are headings and labelled paragraphs in reading order, as a revision
 * stores them, so a revision and the draft are written by the same code.
 *
 * @param versionName "Rev.1", or "Current draft"
 * @param date        the day the revision was made, or today for the current draft
 */
public record CirculatedText(
        String title, String symbol, String versionName, LocalDate date, List<RevisionBlock> blocks) {

    /** The version name of the draft as it stands. */
    public static final String CURRENT_DRAFT = "Current draft";

    public CirculatedText {
        title = title == null ? "" : title.strip();
        symbol = symbol == null ? "" : symbol.strip();
        versionName = versionName == null ? "" : versionName.strip();
        blocks = List.copyOf(blocks);
    }

    /** The paragraphs, without headings. */
    public List<RevisionBlock> paragraphs() {
        return blocks.stream().filter(b -> b.kind().isParagraph()).toList();
    }

    /** How a sentence names the version: "Rev.1", or "the current draft". */
    public String describe() {
        return describe(DocumentWords.english());
    }

    /** How a sentence in the document's language names the version: "Rev.1", or "le projet actuel". */
    public String describe(DocumentWords words) {
        return isCurrentDraft() ? words.get("version.current.inSentence") : versionName;
    }

    /** The version's name as a header shows it: "Rev.1", or "Current draft" in the document's language. */
    public String versionName(DocumentWords words) {
        return versionName.equals(CURRENT_DRAFT) ? words.get("version.current") : versionName;
    }

    private boolean isCurrentDraft() {
        return versionName.isEmpty() || versionName.equals(CURRENT_DRAFT);
    }

    /** The label of a paragraph block ("OP12bis" read back into a label). */
    public static Optional<ParagraphLabel> label(RevisionBlock block) {
        if (block.kind() == BlockKind.HEADING || block.label() == null) {
            return Optional.empty();
        }
        return ParagraphLabel.parse(block.label());
    }
}
