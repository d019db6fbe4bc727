package org.penholder.history;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.penholder.model.BlockKind;

/**
 * Merges two versions into a {@link Redline}. Paragraphs are paired as their {@link Comparison}
 * pairs them, headings by id and then by text. Pairs that keep their order on both sides are
 * written once (word by word where they differ; a split or merge as paragraph ends inserted or
 * deleted); a paragraph that moved with its text intact becomes a move; anything else out of order,
 * and whatever is on one side only, is deleted where it stood and inserted where it now stands.
 * Between two kept blocks, what was removed comes before what was added.
 */
final class RedlineBuilder {

    /** Joins the texts of a split's or merge's paragraphs for one word diff; never typed in a draft. */
    private static final String BREAK = "\u2029";

    private final DocumentVersion from;
    private final DocumentVersion to;
    private final Comparison comparison;
    private final List<DocumentVersion.Block> olds;
    private final List<DocumentVersion.Block> news;
    private final Unit[] oldOwner;
    private final Unit[] newOwner;
    private final List<Redline.Line> lines = new ArrayList<>();
    private final List<RedlineNotes.Target> notes = new ArrayList<>();
    private int moves;

    /** Blocks of the older and of the newer version that are one thing: a pair, or a block of one side alone. */
    private static final class Unit {
        final List<Integer> olds = new ArrayList<>();
        final List<Integer> news = new ArrayList<>();
        final LinkedHashSet<String> ids = new LinkedHashSet<>();
        String move;

        boolean common() {
            return !olds.isEmpty() && !news.isEmpty() && move == null;
        }
    }

    RedlineBuilder(DocumentVersion from, DocumentVersion to, Comparison comparison) {
        this.from = from;
        this.to = to;
        this.comparison = comparison;
        this.olds = from.blocks();
        this.news = to.blocks();
        this.oldOwner = new Unit[olds.size()];
        this.newOwner = new Unit[news.size()];
    }

    Redline build() {
        List<Unit> units = new ArrayList<>();
        paragraphUnits(units);
        headingUnits(units);
        List<Unit> placed = new ArrayList<>();
        for (Unit u : units) {
            placed.addAll(contiguous(u) ? List.of(u) : apart(u));
        }
        placed = keepOrder(placed);
        for (Unit u : placed) {
            u.olds.forEach(i -> oldOwner[i] = u);
            u.news.forEach(j -> newOwner[j] = u);
        }
        merge();
        return new Redline(from.name(), to.name(), RedlineNotes.place(lines, notes));
    }

    /** The comparison's entries, each tied to the blocks it names. */
    private void paragraphUnits(List<Unit> units) {
        Map<String, ArrayDeque<Integer>> oldByKey = byKey(olds);
        Map<String, ArrayDeque<Integer>> newByKey = byKey(news);
        for (ParagraphChange c : comparison.changes()) {
            Unit u = new Unit();
            for (int k = 0; k < c.fromTexts().size(); k++) {
                u.olds.add(take(oldByKey, key(c.fromIds().get(k), c.fromTexts().get(k))));
            }
            for (int k = 0; k < c.toTexts().size(); k++) {
                u.news.add(take(newByKey, key(c.toIds().get(k), c.toTexts().get(k))));
            }
            c.toIds().stream().filter(Objects::nonNull).forEach(u.ids::add);
            c.fromIds().stream().filter(Objects::nonNull).forEach(u.ids::add);
            units.add(u);
            for (FootnoteChange f : c.footnotes()) {
                int[] old = f.fromAnchor() < 0 ? new int[] {-1, 0} : locate(u.olds, c.fromTexts(), f.fromAnchor());
                int[] now = f.toAnchor() < 0 ? new int[] {-1, 0} : locate(u.news, c.toTexts(), f.toAnchor());
                notes.add(new RedlineNotes.Target(
                        old[0], old[1], now[0], now[1], new Redline.Note(f.uid(), f.fromText(), f.toText())));
            }
        }
        if (oldByKey.values().stream().anyMatch(q -> !q.isEmpty())
                || newByKey.values().stream().anyMatch(q -> !q.isEmpty())) {
            throw new IllegalStateException("the comparison of " + from.name() + " and " + to.name()
                    + " leaves out paragraphs of its versions");
        }
    }

    /** The block and the place in it of a place in texts joined by a paragraph break. */
    private static int[] locate(List<Integer> blocks, List<String> texts, int offset) {
        int at = offset;
        for (int k = 0; k < texts.size(); k++) {
            if (at <= texts.get(k).length() || k == texts.size() - 1) {
                return new int[] {blocks.get(k), Math.min(at, texts.get(k).length())};
            }
            at -= texts.get(k).length() + ParagraphChange.PARAGRAPH_BREAK.length();
        }
        return new int[] {-1, 0};
    }

    private static Map<String, ArrayDeque<Integer>> byKey(List<DocumentVersion.Block> blocks) {
        Map<String, ArrayDeque<Integer>> out = new HashMap<>();
        for (int k = 0; k < blocks.size(); k++) {
            DocumentVersion.Block b = blocks.get(k);
            if (b.kind().isParagraph()) {
                out.computeIfAbsent(key(b.id(), b.text()), x -> new ArrayDeque<>())
                        .add(k);
            }
        }
        return out;
    }

    private static String key(String id, String text) {
        return id + "\u0000" + text;
    }

    private int take(Map<String, ArrayDeque<Integer>> byKey, String key) {
        ArrayDeque<Integer> q = byKey.get(key);
        if (q == null || q.isEmpty()) {
            throw new IllegalStateException("the comparison of " + from.name() + " and " + to.name()
                    + " names a paragraph its versions do not hold");
        }
        return q.poll();
    }

    /** Headings are paired by id, then by the same text, in order; the rest stand alone. */
    private void headingUnits(List<Unit> units) {
        Map<String, Integer> oldById = new HashMap<>();
        Map<String, ArrayDeque<Integer>> oldByText = new HashMap<>();
        List<Integer> oldHeadings = new ArrayList<>();
        for (int i = 0; i < olds.size(); i++) {
            DocumentVersion.Block b = olds.get(i);
            if (b.kind() == BlockKind.HEADING) {
                oldHeadings.add(i);
                if (b.id() != null) {
                    oldById.putIfAbsent(b.id(), i);
                }
            }
        }
        boolean[] oldPaired = new boolean[olds.size()];
        List<Integer> newLeft = new ArrayList<>();
        Map<Integer, Unit> byNew = new HashMap<>();
        for (int j = 0; j < news.size(); j++) {
            DocumentVersion.Block b = news.get(j);
            if (b.kind() != BlockKind.HEADING) {
                continue;
            }
            Integer i = b.id() == null ? null : oldById.get(b.id());
            if (i != null && !oldPaired[i]) {
                oldPaired[i] = true;
                byNew.put(j, pair(i, j));
            } else {
                newLeft.add(j);
            }
        }
        for (int i : oldHeadings) {
            if (!oldPaired[i]) {
                oldByText
                        .computeIfAbsent(ParagraphAligner.normalise(olds.get(i).text()), x -> new ArrayDeque<>())
                        .add(i);
            }
        }
        for (int j : newLeft) {
            ArrayDeque<Integer> same =
                    oldByText.get(ParagraphAligner.normalise(news.get(j).text()));
            Integer i = same == null ? null : same.poll();
            if (i != null) {
                oldPaired[i] = true;
            }
            byNew.put(j, i == null ? alone(j, false) : pair(i, j));
        }
        units.addAll(byNew.values());
        for (int i : oldHeadings) {
            if (!oldPaired[i]) {
                units.add(alone(i, true));
            }
        }
    }

    private Unit pair(int i, int j) {
        Unit u = new Unit();
        u.olds.add(i);
        u.news.add(j);
        addIds(u);
        return u;
    }

    private Unit alone(int k, boolean old) {
        Unit u = new Unit();
        (old ? u.olds : u.news).add(k);
        addIds(u);
        return u;
    }

    private void addIds(Unit u) {
        u.news.forEach(j -> {
            if (news.get(j).id() != null) {
                u.ids.add(news.get(j).id());
            }
        });
        u.olds.forEach(i -> {
            if (olds.get(i).id() != null) {
                u.ids.add(olds.get(i).id());
            }
        });
    }

    /** A split or merge is written as one run of text only when its paragraphs stand together on both sides. */
    private static boolean contiguous(Unit u) {
        return consecutive(u.olds) && consecutive(u.news);
    }

    private static boolean consecutive(List<Integer> places) {
        for (int k = 1; k < places.size(); k++) {
            if (places.get(k) != places.get(k - 1) + 1) {
                return false;
            }
        }
        return true;
    }

    /** A pair taken apart: each of its blocks deleted or inserted on its own. */
    private List<Unit> apart(Unit u) {
        List<Unit> out = new ArrayList<>();
        for (int i : u.olds) {
            Unit d = alone(i, true);
            d.ids.addAll(u.ids);
            out.add(d);
        }
        for (int j : u.news) {
            Unit a = alone(j, false);
            a.ids.addAll(u.ids);
            out.add(a);
        }
        return out;
    }

    /**
     * Pairs outside the longest run kept in the same order on both sides cannot be written once:
     * a paragraph whose text is the same becomes a move, the others are taken apart.
     */
    private List<Unit> keepOrder(List<Unit> units) {
        List<Unit> pairs = units.stream()
                .filter(u -> !u.olds.isEmpty() && !u.news.isEmpty())
                .sorted(Comparator.comparingInt(u -> u.news.get(0)))
                .toList();
        boolean[] inOrder =
                LongestRun.members(pairs.stream().mapToInt(u -> u.olds.get(0)).toArray());
        List<Unit> out = new ArrayList<>(
                units.stream().filter(u -> u.olds.isEmpty() || u.news.isEmpty()).toList());
        for (int k = 0; k < pairs.size(); k++) {
            Unit u = pairs.get(k);
            if (inOrder[k]) {
                out.add(u);
            } else if (u.olds.size() == 1
                    && u.news.size() == 1
                    && olds.get(u.olds.get(0)).kind().isParagraph()
                    && olds.get(u.olds.get(0))
                            .text()
                            .equals(news.get(u.news.get(0)).text())) {
                u.move = "PenholderMove" + (++moves);
                out.add(u);
            } else {
                out.addAll(apart(u));
            }
        }
        return out;
    }

    /** Walks both versions at once: removals, then additions, then the next block they share. */
    private void merge() {
        int i = 0;
        int j = 0;
        while (i < olds.size() || j < news.size()) {
            if (i < olds.size() && !oldOwner[i].common()) {
                removed(oldOwner[i], olds.get(i));
                i++;
            } else if (j < news.size() && !newOwner[j].common()) {
                added(newOwner[j], news.get(j));
                j++;
            } else {
                Unit u = i < olds.size() ? oldOwner[i] : null;
                if (u == null || j >= news.size() || u != newOwner[j]) {
                    throw new IllegalStateException("the redline of " + from.name() + " and " + to.name()
                            + " lost its way at block " + i + " / " + j);
                }
                common(u);
                i = u.olds.get(u.olds.size() - 1) + 1;
                j = u.news.get(u.news.size() - 1) + 1;
            }
        }
    }

    private void removed(Unit u, DocumentVersion.Block b) {
        Redline.Mark mark = u.move != null ? Redline.Mark.MOVED_FROM : Redline.Mark.DELETED;
        add(pieces(mark, b.text()), mark, null, Redline.Ends.of(b), u);
    }

    private void added(Unit u, DocumentVersion.Block b) {
        Redline.Mark mark = u.move != null ? Redline.Mark.MOVED_TO : Redline.Mark.INSERTED;
        add(pieces(mark, b.text()), mark, Redline.Ends.of(b), null, u);
    }

    private static List<Redline.Piece> pieces(Redline.Mark mark, String text) {
        return text.isEmpty() ? List.of() : List.of(new Redline.Piece(mark, text));
    }

    /** A pair in place: one line, or for a split or merge, lines whose ends are inserted or deleted. */
    private void common(Unit u) {
        if (u.olds.size() == 1 && u.news.size() == 1) {
            DocumentVersion.Block o = olds.get(u.olds.get(0));
            DocumentVersion.Block n = news.get(u.news.get(0));
            add(Redline.pieces(o.text(), n.text()), Redline.Mark.KEPT, Redline.Ends.of(n), Redline.Ends.of(o), u);
            return;
        }
        List<String> oldTexts = u.olds.stream().map(i -> olds.get(i).text()).toList();
        List<String> newTexts = u.news.stream().map(j -> news.get(j).text()).toList();
        if (oldTexts.stream().anyMatch(t -> t.contains(BREAK))
                || newTexts.stream().anyMatch(t -> t.contains(BREAK))) {
            apart(u).forEach(x -> {
                if (x.olds.isEmpty()) {
                    added(x, news.get(x.news.get(0)));
                } else {
                    removed(x, olds.get(x.olds.get(0)));
                }
            });
            return;
        }
        int oldAt = 0;
        int newAt = 0;
        List<Redline.Piece> pieces = new ArrayList<>();
        for (WordDiff.Segment s : WordDiff.diff(String.join(BREAK, oldTexts), String.join(BREAK, newTexts))) {
            Redline.Mark mark = Redline.Mark.of(s.op());
            String[] parts = s.text().split(BREAK, -1);
            for (int k = 0; k < parts.length; k++) {
                if (!parts[k].isEmpty()) {
                    pieces.add(new Redline.Piece(mark, parts[k]));
                }
                if (k < parts.length - 1) {
                    Redline.Ends n = mark.keptWhenAccepted() ? Redline.Ends.of(news.get(u.news.get(newAt++))) : null;
                    Redline.Ends o = mark.keptWhenRejected() ? Redline.Ends.of(olds.get(u.olds.get(oldAt++))) : null;
                    add(pieces, mark, n, o, u);
                    pieces = new ArrayList<>();
                }
            }
        }
        add(
                pieces,
                Redline.Mark.KEPT,
                Redline.Ends.of(news.get(u.news.get(newAt))),
                Redline.Ends.of(olds.get(u.olds.get(oldAt))),
                u);
    }

    private void add(List<Redline.Piece> pieces, Redline.Mark end, Redline.Ends newer, Redline.Ends older, Unit u) {
        lines.add(new Redline.Line(pieces, end, newer, older, u.move, List.copyOf(u.ids)));
    }
}
