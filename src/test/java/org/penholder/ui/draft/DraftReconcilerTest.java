package org.penholder.ui.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.penholder.model.BlockKind;
import org.penholder.model.Draft.Block;

/** The editor's lines, compared with the draft, say what the person did. */
class DraftReconcilerTest {

    private final List<Block> draft = List.of(
            new Block(BlockKind.TITLE, null, "Title"),
            new Block(BlockKind.PP, "pp1", "Recalling the summit,"),
            new Block(BlockKind.HEADING, "s1", "Financing"),
            new Block(BlockKind.OP, "op1", "We decide to act, and we commit to report;"),
            new Block(BlockKind.OP, "op2", "We invite partners;"));

    private static List<EditorLine> lines(List<Block> blocks) {
        List<EditorLine> out = new ArrayList<>();
        for (Block b : blocks) {
            out.add(new EditorLine(new BlockRef(b.kind(), b.id()), b.text()));
        }
        return out;
    }

    private static EditorLine line(BlockKind kind, String id, String text) {
        return new EditorLine(new BlockRef(kind, id), text);
    }

    @Test
    void typingChangesOneParagraphsText() {
        List<EditorLine> after = lines(draft);
        after.set(3, line(BlockKind.OP, "op1", "We decide to act now, and we commit to report;"));
        var r = DraftReconciler.reconcile(draft, after);
        assertEquals(
                List.of(new DraftOp.Typed(BlockKind.OP, "op1", "We decide to act now, and we commit to report;")),
                r.ops());
        assertTrue(r.restyle().isEmpty());
    }

    @Test
    void enterInTheMiddleSplitsAndTheFirstPartKeepsTheId() {
        List<EditorLine> after = lines(draft);
        after.set(3, line(BlockKind.OP, "op1", "We decide to act, "));
        after.add(4, line(BlockKind.OP, "op1", "and we commit to report;"));
        var r = DraftReconciler.reconcile(draft, after);
        assertEquals(1, r.ops().size());
        DraftOp.Split s = assertInstanceOf(DraftOp.Split.class, r.ops().get(0));
        assertEquals("op1", s.id());
        assertEquals("We decide to act, ", s.first());
        assertEquals("and we commit to report;", s.second());
        assertEquals(s.newId(), r.blocks().get(4).id());
        assertEquals(new BlockRef(BlockKind.OP, s.newId()), r.restyle().get(4));
    }

    @Test
    void enterAtTheStartLeavesTheIdWithTheText() {
        List<EditorLine> after = lines(draft);
        after.set(4, line(BlockKind.OP, "op2", ""));
        after.add(5, line(BlockKind.OP, "op2", "We invite partners;"));
        var r = DraftReconciler.reconcile(draft, after);
        assertEquals("op2", r.blocks().get(5).id(), "the paragraph with the text keeps its id (and its links)");
        DraftOp.Insert ins = assertInstanceOf(DraftOp.Insert.class, r.ops().get(0));
        assertEquals("s1", ins.sectionId());
        assertEquals(1, ins.position(), "the empty paragraph goes before the one with the text");
        assertEquals("", ins.text());
        assertEquals(1, r.ops().size());
    }

    @Test
    void backspaceAtTheStartJoinsIntoTheParagraphBefore() {
        List<EditorLine> after = lines(draft);
        after.remove(4);
        after.set(3, line(BlockKind.OP, "op1", "We decide to act, and we commit to report;We invite partners;"));
        var r = DraftReconciler.reconcile(draft, after);
        assertEquals(
                List.of(new DraftOp.Join(
                        "op1", "op2", "We decide to act, and we commit to report;We invite partners;")),
                r.ops());
    }

    @Test
    void joiningAnEmptyParagraphKeepsTheOneWithText() {
        List<Block> withEmpty = new ArrayList<>(draft);
        withEmpty.add(4, new Block(BlockKind.OP, "empty", ""));
        List<EditorLine> after = lines(withEmpty);
        after.remove(5);
        after.set(4, line(BlockKind.OP, "empty", "We invite partners;"));
        var r = DraftReconciler.reconcile(withEmpty, after);
        assertEquals(List.of(new DraftOp.Delete("empty")), r.ops());
        assertEquals("op2", r.blocks().get(4).id());
        assertEquals(new BlockRef(BlockKind.OP, "op2"), r.restyle().get(4));
    }

    @Test
    void aParagraphSelectedAndDeletedIsDeleted() {
        List<EditorLine> after = lines(draft);
        after.remove(4);
        var r = DraftReconciler.reconcile(draft, after);
        assertEquals(List.of(new DraftOp.Delete("op2")), r.ops());
    }

    @Test
    void pastedLinesBecomeNewParagraphsAfterTheOneTypedIn() {
        List<EditorLine> after = lines(draft);
        after.set(4, line(BlockKind.OP, "op2", "We invite partners; first pasted"));
        after.add(5, line(BlockKind.OP, "op2", "second pasted"));
        after.add(6, line(BlockKind.OP, "op2", "third pasted"));
        var r = DraftReconciler.reconcile(draft, after);
        assertEquals(3, r.ops().size());
        DraftOp.Insert second = assertInstanceOf(DraftOp.Insert.class, r.ops().get(0));
        DraftOp.Insert third = assertInstanceOf(DraftOp.Insert.class, r.ops().get(1));
        assertEquals(2, second.position());
        assertEquals(3, third.position());
        assertEquals(
                new DraftOp.Typed(BlockKind.OP, "op2", "We invite partners; first pasted"),
                r.ops().get(2));
    }

    @Test
    void headingsAndTheTitleCannotBeSplitOrRemoved() {
        List<EditorLine> splitHeading = lines(draft);
        splitHeading.set(2, line(BlockKind.HEADING, "s1", "Fin"));
        splitHeading.add(3, line(BlockKind.HEADING, "s1", "ancing"));
        assertTrue(DraftReconciler.reconcile(draft, splitHeading).rejected());

        List<EditorLine> noHeading = lines(draft);
        noHeading.remove(2);
        assertTrue(DraftReconciler.reconcile(draft, noHeading).rejected());

        List<EditorLine> noTitle = lines(draft);
        noTitle.remove(0);
        assertTrue(DraftReconciler.reconcile(draft, noTitle).rejected());
    }

    @Test
    void renamingAHeadingAndTheTitleIsTyping() {
        List<EditorLine> after = lines(draft);
        after.set(0, line(BlockKind.TITLE, null, "New title"));
        after.set(2, line(BlockKind.HEADING, "s1", "Financial mechanisms"));
        var r = DraftReconciler.reconcile(draft, after);
        assertFalse(r.rejected());
        assertEquals(
                List.of(
                        new DraftOp.Typed(BlockKind.TITLE, null, "New title"),
                        new DraftOp.Typed(BlockKind.HEADING, "s1", "Financial mechanisms")),
                r.ops());
    }
}
