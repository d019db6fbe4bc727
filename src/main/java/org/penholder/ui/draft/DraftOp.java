package org.penholder.ui.draft;

import org.penholder.model.BlockKind;

/** A change to the draft found in the editor, to be carried out by the draft service. */
public sealed interface DraftOp {

    /** New text of a paragraph, a heading or the title, as typed. */
    record Typed(BlockKind kind, String id, String text) implements DraftOp {}

    /** A paragraph split in two (or a new empty paragraph after it, when {@code first} is its whole text). */
    record Split(String id, String newId, String first, String second) implements DraftOp {}

    /** Two paragraphs joined: {@code keepId} takes the merged text, {@code removeId} goes. */
    record Join(String keepId, String removeId, String merged) implements DraftOp {}

    /** A paragraph removed. */
    record Delete(String id) implements DraftOp {}

    /** A new paragraph at a position of a section ({@code sectionId} null in the preamble). */
    record Insert(String newId, String sectionId, int position, BlockKind kind, String text) implements DraftOp {}
}
