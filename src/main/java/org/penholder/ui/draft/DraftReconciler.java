package org.penholder.ui.draft;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.penholder.model.BlockKind;
import org.penholder.model.Draft.Block;
import org.penholder.model.Ids;

/**
 * Compares the editor's lines with the draft's blocks and says what happened: typing, a split
 * (Enter), a join (Backspace at the start of a paragraph), deleted or new paragraphs. Ids are kept
 * sensibly: the part of a split that holds the old text keeps the id, and so does the paragraph
 * with text when an empty one is joined to it.
 *
 * <p>The title and the headings are not split, joined or deleted by typing; a change that would do
 * so is rejected and the editor shows the draft again.
 */
public final class DraftReconciler {

    private DraftReconciler() {}

    /** The outcome: the draft's blocks after the change, the lines whose block must be set, the operations. */
    public record Result(boolean rejected, List<Block> blocks, Map<Integer, BlockRef> restyle, List<DraftOp> ops) {
        static Result reject() {
            return new Result(true, List.of(), Map.of(), List.of());
        }
    }

    public static Result reconcile(List<Block> before, List<EditorLine> after) {
        Map<String, Block> old = new HashMap<>();
        Map<String, Integer> oldIndex = new HashMap<>();
        for (int i = 0; i < before.size(); i++) {
            old.put(before.get(i).id() == null ? "" : before.get(i).id(), before.get(i));
            oldIndex.put(before.get(i).id() == null ? "" : before.get(i).id(), i);
        }
        // 1. Which line is which block: the first line carrying a block's id is that block.
        int n = after.size();
        List<Block> blocks = new ArrayList<>(n);
        boolean[] fresh = new boolean[n];
        Map<Integer, BlockRef> restyle = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < n; i++) {
            EditorLine line = after.get(i);
            String key = line.ref() == null ? null : keyOf(line.ref());
            if (key != null && old.containsKey(key) && seen.add(key)) {
                Block ob = old.get(key);
                blocks.add(new Block(ob.kind(), ob.id(), line.text()));
            } else {
                BlockKind kind = line.ref() == null ? BlockKind.OP : line.ref().kind();
                if (!kind.isParagraph()) {
                    return Result.reject();
                }
                String id = Ids.newParagraphId();
                blocks.add(new Block(kind, id, line.text()));
                fresh[i] = true;
                restyle.put(i, new BlockRef(kind, id));
            }
        }
        if (blocks.isEmpty() || blocks.get(0).kind() != BlockKind.TITLE) {
            return Result.reject();
        }
        List<Block> vanished = new ArrayList<>();
        for (Block b : before) {
            if (!seen.contains(keyOf(b))) {
                if (!b.kind().isParagraph()) {
                    return Result.reject();
                }
                vanished.add(b);
            }
        }

        // 2. Enter at the very start of a paragraph: the old text went to the new line; it keeps the id,
        //    and the new, empty paragraph is inserted before it.
        boolean[] insertedBefore = new boolean[n];
        for (int i = 0; i + 1 < n; i++) {
            Block b = blocks.get(i);
            if (!fresh[i] && fresh[i + 1] && b.kind().isParagraph() && b.text().isEmpty()) {
                Block was = old.get(keyOf(b));
                Block next = blocks.get(i + 1);
                if (!was.text().isEmpty() && next.text().equals(was.text())) {
                    blocks.set(i, new Block(b.kind(), next.id(), ""));
                    blocks.set(i + 1, new Block(b.kind(), b.id(), next.text()));
                    fresh[i] = true;
                    fresh[i + 1] = false;
                    insertedBefore[i] = true;
                    restyle.put(i, new BlockRef(b.kind(), next.id()));
                    restyle.put(i + 1, new BlockRef(b.kind(), b.id()));
                }
            }
        }

        List<DraftOp> ops = new ArrayList<>();
        Set<String> textHandled = new HashSet<>();
        // 3. Paragraphs gone: joined into the one before them, or deleted.
        for (Block v : vanished) {
            int oi = oldIndex.get(keyOf(v));
            Block prev = oi > 0 ? before.get(oi - 1) : null;
            int ni = prev == null ? -1 : indexOf(blocks, prev.id());
            if (prev != null
                    && prev.kind().isParagraph()
                    && ni >= 0
                    && !fresh[ni]
                    && blocks.get(ni).text().equals(prev.text() + v.text())) {
                if (prev.text().isEmpty() && !v.text().isEmpty()) {
                    blocks.set(ni, new Block(v.kind(), v.id(), v.text()));
                    restyle.put(ni, new BlockRef(v.kind(), v.id()));
                    ops.add(new DraftOp.Delete(prev.id()));
                    textHandled.add(v.id());
                } else {
                    ops.add(new DraftOp.Join(prev.id(), v.id(), blocks.get(ni).text()));
                    textHandled.add(prev.id());
                }
                continue;
            }
            ops.add(new DraftOp.Delete(v.id()));
        }

        // 4. New paragraphs, in reading order: the second part of a split, or inserted.
        for (int i = 1; i < n; i++) {
            if (!fresh[i]) {
                continue;
            }
            Block b = blocks.get(i);
            Block prev = blocks.get(i - 1);
            if (!insertedBefore[i] && !fresh[i - 1] && prev.kind().isParagraph() && !textHandled.contains(prev.id())) {
                Block was = old.get(keyOf(prev));
                if (was != null && was.text().equals(prev.text() + b.text())) {
                    ops.add(new DraftOp.Split(prev.id(), b.id(), prev.text(), b.text()));
                    textHandled.add(prev.id());
                    continue;
                }
            }
            ops.add(new DraftOp.Insert(
                    b.id(), sectionBefore(blocks, i), positionInSection(blocks, i), b.kind(), b.text()));
        }

        // 5. Typing.
        for (int i = 0; i < n; i++) {
            Block b = blocks.get(i);
            if (fresh[i] || textHandled.contains(b.id() == null ? "" : b.id())) {
                continue;
            }
            Block was = old.get(keyOf(b));
            if (was != null && !was.text().equals(b.text())) {
                ops.add(new DraftOp.Typed(b.kind(), b.id(), b.text()));
            }
        }
        return new Result(false, blocks, restyle, ops);
    }

    private static String keyOf(Block b) {
        return b.id() == null ? "" : b.id();
    }

    private static String keyOf(BlockRef r) {
        return r.id() == null ? "" : r.id();
    }

    private static int indexOf(List<Block> blocks, String id) {
        for (int i = 0; i < blocks.size(); i++) {
            if (id.equals(blocks.get(i).id())) {
                return i;
            }
        }
        return -1;
    }

    /** The section a line falls in: the last heading above it, or null in the preamble. */
    static String sectionBefore(List<Block> blocks, int index) {
        for (int i = index - 1; i >= 0; i--) {
            if (blocks.get(i).kind() == BlockKind.HEADING) {
                return blocks.get(i).id();
            }
        }
        return null;
    }

    /** How many paragraphs come before a line in its section. */
    static int positionInSection(List<Block> blocks, int index) {
        int position = 0;
        for (int i = index - 1; i >= 0; i--) {
            BlockKind k = blocks.get(i).kind();
            if (k == BlockKind.HEADING || k == BlockKind.TITLE) {
                break;
            }
            position++;
        }
        return position;
    }
}
