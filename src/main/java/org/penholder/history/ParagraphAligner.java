package org.penholder.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.penholder.model.BlockKind;

/**
 * Works out which paragraph of an older version became which of a newer one, then describes each
 * with a word diff. In this order: the same stable id (inside a project); the same text (a
 * renumbered or moved paragraph from outside); similar words (a changed paragraph); then a changed
 * paragraph takes in its unmatched neighbours whose words it holds (a split, or a merge). Paragraphs
 * whose order differs from the rest are marked moved. Only the few changed paragraphs are diffed
 * word by word, so two revisions of 500 paragraphs compare in milliseconds.
 */
final class ParagraphAligner {

    /** Least share of common words for two paragraphs from outside to count as the same paragraph. */
    static final double SAME_PARAGRAPH = 0.5;
    /** Least share of a neighbour's words found in the other side for it to be part of a split or merge. */
    static final double PART_OF = 0.6;

    private final Side older;
    private final Side newer;
    private final Group[] oldGroup;
    private final Group[] newGroup;
    private final List<Group> groups = new ArrayList<>();

    private ParagraphAligner(DocumentVersion from, DocumentVersion to) {
        WordBag.Dictionary dictionary = new WordBag.Dictionary();
        this.older = new Side(from, dictionary);
        this.newer = new Side(to, dictionary);
        this.oldGroup = new Group[older.size()];
        this.newGroup = new Group[newer.size()];
    }

    /** Compares two versions. */
    static Comparison compare(DocumentVersion from, DocumentVersion to) {
        ParagraphAligner a = new ParagraphAligner(from, to);
        a.matchIds();
        a.matchSameText();
        stopIfCancelled();
        a.matchSimilar();
        stopIfCancelled();
        a.extendSplitsAndMerges();
        a.markMoves();
        List<ParagraphChange> changes = a.changes();
        return new Comparison(from.name(), to.name(), Comparison.Summary.of(changes), changes);
    }

    /** A compare running in the window's background task stops when its Cancel interrupts it. */
    private static void stopIfCancelled() {
        if (Thread.currentThread().isInterrupted()) {
            throw new java.util.concurrent.CancellationException("compare cancelled");
        }
    }

    private static final class Side {
        final List<DocumentVersion.Block> paragraphs = new ArrayList<>();
        final List<String> sections = new ArrayList<>();
        final WordBag[] bags;
        final String[] normal;
        /** The word diff's tokens of each paragraph, split once for its bag and its diff. */
        final List<List<String>> tokens = new ArrayList<>();
        /** The number of each paragraph's first footnote, counted through the version. */
        final int[] firstFootnote;

        Side(DocumentVersion v, WordBag.Dictionary dictionary) {
            String section = "";
            for (DocumentVersion.Block b : v.blocks()) {
                if (b.kind() == BlockKind.HEADING) {
                    section = b.text();
                } else if (b.kind().isParagraph()) {
                    paragraphs.add(b);
                    sections.add(section);
                }
            }
            bags = new WordBag[paragraphs.size()];
            normal = new String[paragraphs.size()];
            firstFootnote = new int[paragraphs.size()];
            int footnotes = 0;
            for (int i = 0; i < firstFootnote.length; i++) {
                firstFootnote[i] = footnotes + 1;
                footnotes += paragraphs.get(i).footnotes().size();
            }
            for (int i = 0; i < bags.length; i++) {
                String text = paragraphs.get(i).text();
                tokens.add(WordDiff.tokens(text == null ? "" : text));
                bags[i] = dictionary.bag(tokens.get(i));
                normal[i] = normalise(text);
            }
        }

        int size() {
            return paragraphs.size();
        }

        DocumentVersion.Block at(int i) {
            return paragraphs.get(i);
        }
    }

    /** Paragraphs of the older version and what they became: one to one, one to many, or many to one. */
    private static final class Group {
        final List<Integer> olds = new ArrayList<>();
        final List<Integer> news = new ArrayList<>();
        boolean moved;

        int firstOld() {
            return olds.isEmpty() ? -1 : olds.get(0);
        }

        int firstNew() {
            return news.isEmpty() ? -1 : news.get(0);
        }
    }

    /** The text with runs of white space as one space and none at either end (a hand loop: it runs on every paragraph). */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = !b.isEmpty();
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    private void pair(int i, int j) {
        Group g = new Group();
        g.olds.add(i);
        g.news.add(j);
        oldGroup[i] = g;
        newGroup[j] = g;
        groups.add(g);
    }

    private void matchIds() {
        Map<String, Integer> newById = new HashMap<>();
        for (int j = 0; j < newer.size(); j++) {
            String id = newer.at(j).id();
            if (id != null) {
                newById.putIfAbsent(id, j);
            }
        }
        for (int i = 0; i < older.size(); i++) {
            String id = older.at(i).id();
            Integer j = id == null ? null : newById.get(id);
            if (j != null && newGroup[j] == null) {
                pair(i, j);
            }
        }
    }

    /**
     * Pairs paragraphs of the same text: first texts found once on each side (sure anchors), then
     * repeated texts ("(deleted)", a phrase used in two articles) by nearness to where the anchors
     * say they should be, so that two equal paragraphs are never swapped across the document.
     */
    private void matchSameText() {
        Map<String, List<Integer>> oldByText = byText(older, oldGroup);
        Map<String, List<Integer>> newByText = byText(newer, newGroup);
        List<String> repeated = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> e : oldByText.entrySet()) {
            List<Integer> news = newByText.get(e.getKey());
            if (news == null) {
                continue;
            }
            if (e.getValue().size() == 1 && news.size() == 1) {
                pair(e.getValue().get(0), news.get(0));
            } else {
                repeated.add(e.getKey());
            }
        }
        if (repeated.isEmpty()) {
            return;
        }
        double[] expected = expectedPlaces();
        List<Candidate> candidates = new ArrayList<>();
        for (String text : repeated) {
            for (int i : oldByText.get(text)) {
                for (int j : newByText.get(text)) {
                    candidates.add(new Candidate(i, j, 1, Math.abs(j - expected[i])));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::distance));
        for (Candidate c : candidates) {
            if (oldGroup[c.i()] == null && newGroup[c.j()] == null) {
                pair(c.i(), c.j());
            }
        }
    }

    private static Map<String, List<Integer>> byText(Side side, Group[] owner) {
        Map<String, List<Integer>> out = new HashMap<>();
        for (int k = 0; k < side.size(); k++) {
            if (owner[k] == null && !side.normal[k].isEmpty()) {
                out.computeIfAbsent(side.normal[k], x -> new ArrayList<>()).add(k);
            }
        }
        return out;
    }

    /** Where each older paragraph would stand in the newer version, judged from the nearest pair before it. */
    private double[] expectedPlaces() {
        double[] expected = new double[older.size()];
        double scale = older.size() == 0 ? 1 : (double) newer.size() / older.size();
        int anchorOld = -1;
        int anchorNew = -1;
        for (int i = 0; i < older.size(); i++) {
            expected[i] = anchorOld < 0 ? i * scale : anchorNew + (i - anchorOld);
            if (oldGroup[i] != null) {
                anchorOld = i;
                anchorNew = oldGroup[i].firstNew();
            }
        }
        return expected;
    }

    private record Candidate(int i, int j, double score, double distance) {}

    private void matchSimilar() {
        List<Integer> olds = unmatched(oldGroup);
        List<Integer> news = unmatched(newGroup);
        if (olds.isEmpty() || news.isEmpty()) {
            return;
        }
        List<Candidate> candidates = new ArrayList<>();
        double[] expected = expectedPlaces();
        // every unmatched pair is scored, but through an index of the new side's words: a pair
        // costs only the words it shares, so 300 × 300 paragraphs take milliseconds
        List<WordBag> newBags = new ArrayList<>(news.size());
        news.forEach(j -> newBags.add(newer.bags[j]));
        WordBag.Index index = new WordBag.Index(newBags);
        for (int i : olds) {
            stopIfCancelled();
            WordBag a = older.bags[i];
            if (a.size() == 0) {
                continue;
            }
            int[] common = index.common(a);
            for (int n = 0; n < news.size(); n++) {
                int j = news.get(n);
                WordBag b = newBags.get(n);
                // cheap bound first: the Dice score cannot exceed 2·min/(sum)
                if (b.size() == 0 || 2.0 * Math.min(a.size(), b.size()) / (a.size() + b.size()) < SAME_PARAGRAPH) {
                    continue;
                }
                double score = a.dice(b, common[n]);
                if (score >= SAME_PARAGRAPH) {
                    candidates.add(new Candidate(i, j, score, Math.abs(j - expected[i])));
                }
            }
        }
        candidates.sort(
                Comparator.comparingDouble(Candidate::score).reversed().thenComparingDouble(Candidate::distance));
        for (Candidate c : candidates) {
            if (oldGroup[c.i()] == null && newGroup[c.j()] == null) {
                pair(c.i(), c.j());
            }
        }
    }

    private static List<Integer> unmatched(Group[] side) {
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < side.length; k++) {
            if (side[k] == null) {
                out.add(k);
            }
        }
        return out;
    }

    /** A changed paragraph takes in unmatched neighbours whose words it holds: a split (new side) or a merge (old side). */
    private void extendSplitsAndMerges() {
        for (Group g : List.copyOf(groups)) {
            int i = g.firstOld();
            int j = g.firstNew();
            if (older.normal[i].equals(newer.normal[j])) {
                continue;
            }
            if (!extend(g, g.news, newGroup, newer, older.bags[i])) {
                extend(g, g.olds, oldGroup, older, newer.bags[j]);
            }
        }
    }

    /** Grows one side of a group with neighbours while they make it more like the other side. */
    private static boolean extend(Group g, List<Integer> members, Group[] owner, Side side, WordBag other) {
        boolean grew = false;
        for (int direction : new int[] {1, -1}) {
            while (true) {
                int edge = direction > 0 ? members.get(members.size() - 1) : members.get(0);
                int k = edge + direction;
                if (k < 0
                        || k >= side.size()
                        || owner[k] != null
                        || side.bags[k].size() == 0
                        || side.bags[k].containedIn(other) < PART_OF) {
                    break;
                }
                List<WordBag> now = new ArrayList<>();
                members.forEach(m -> now.add(side.bags[m]));
                double before = WordBag.join(now).dice(other);
                now.add(side.bags[k]);
                double after = WordBag.join(now).dice(other);
                if (after <= before + 0.05) {
                    break;
                }
                if (direction > 0) {
                    members.add(k);
                } else {
                    members.add(0, k);
                }
                owner[k] = g;
                grew = true;
            }
        }
        return grew;
    }

    /** Paragraphs outside the longest run kept in the same order have moved. */
    private void markMoves() {
        List<Group> matched = new ArrayList<>(groups);
        matched.sort(Comparator.comparingInt(Group::firstOld));
        int[] newPlaces = matched.stream().mapToInt(Group::firstNew).toArray();
        boolean[] inOrder = LongestRun.members(newPlaces);
        for (int k = 0; k < inOrder.length; k++) {
            matched.get(k).moved = !inOrder[k];
        }
    }

    private record Placed(double at, int tie, ParagraphChange change) {}

    private List<ParagraphChange> changes() {
        List<Placed> placed = new ArrayList<>();
        for (Group g : groups) {
            placed.add(new Placed(g.firstNew(), -1, describe(g)));
        }
        // a deleted paragraph stands after what became of the paragraph before it (that did not move)
        for (int i = 0; i < older.size(); i++) {
            if (oldGroup[i] != null) {
                continue;
            }
            Group deleted = new Group();
            deleted.olds.add(i);
            double at = -1;
            for (int p = i - 1; p >= 0; p--) {
                Group before = oldGroup[p];
                if (before != null && !before.moved && !before.news.isEmpty()) {
                    at = before.news.get(before.news.size() - 1);
                    break;
                }
            }
            placed.add(new Placed(at + 0.5, i, describe(deleted)));
        }
        for (int j = 0; j < newer.size(); j++) {
            if (newGroup[j] == null) {
                Group added = new Group();
                added.news.add(j);
                placed.add(new Placed(j, -1, describe(added)));
            }
        }
        placed.sort(Comparator.comparingDouble(Placed::at).thenComparingInt(Placed::tie));
        return placed.stream().map(Placed::change).toList();
    }

    /** The labels, ids, texts and words of some paragraphs of one side. */
    private record Part(List<String> labels, List<String> ids, List<String> texts, List<WordBag> bags) {
        static Part of(Side side, List<Integer> members) {
            Part p = new Part(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            for (int k : members) {
                DocumentVersion.Block b = side.at(k);
                p.labels.add(b.label());
                p.ids.add(b.id());
                p.texts.add(b.text());
                p.bags.add(side.bags[k]);
            }
            return p;
        }
    }

    private ParagraphChange describe(Group g) {
        Part older = Part.of(this.older, g.olds);
        Part newer = Part.of(this.newer, g.news);
        List<String> fromTexts = older.texts();
        List<String> toTexts = newer.texts();
        String from = String.join(ParagraphChange.PARAGRAPH_BREAK, fromTexts);
        String to = String.join(ParagraphChange.PARAGRAPH_BREAK, toTexts);
        ChangeKind kind;
        List<WordDiff.Segment> diff;
        double similarity;
        if (g.olds.isEmpty()) {
            kind = ChangeKind.ADDED;
            diff = List.of(new WordDiff.Segment(WordDiff.Op.INSERT, to));
            similarity = 0;
        } else if (g.news.isEmpty()) {
            kind = ChangeKind.DELETED;
            diff = List.of(new WordDiff.Segment(WordDiff.Op.DELETE, from));
            similarity = 0;
        } else {
            kind = g.olds.size() > 1
                    ? ChangeKind.MERGED
                    : g.news.size() > 1
                            ? ChangeKind.SPLIT
                            : normalise(from).equals(normalise(to)) ? ChangeKind.UNCHANGED : ChangeKind.CHANGED;
            if (kind == ChangeKind.UNCHANGED) {
                diff = List.of(new WordDiff.Segment(WordDiff.Op.EQUAL, to));
                similarity = 1;
            } else {
                boolean single =
                        g.olds.size() == 1 && g.news.size() == 1 && fromTexts.get(0) != null && toTexts.get(0) != null;
                diff = single
                        ? WordDiff.diff(this.older.tokens.get(g.firstOld()), this.newer.tokens.get(g.firstNew()))
                        : WordDiff.diff(from, to);
                similarity = WordBag.join(older.bags()).dice(WordBag.join(newer.bags()));
            }
        }
        List<FootnoteChange> footnotes =
                FootnoteAligner.compare(notes(this.older, g.olds), notes(this.newer, g.news), from, to);
        if (kind == ChangeKind.UNCHANGED && footnotes.stream().anyMatch(FootnoteChange::isChange)) {
            kind = ChangeKind.CHANGED; // the same words, other footnotes
            similarity = 1
                    - 0.01 * footnotes.stream().filter(FootnoteChange::isChange).count();
        }
        BlockKind paragraphKind = g.news.isEmpty()
                ? this.older.at(g.olds.get(0)).kind()
                : this.newer.at(g.news.get(0)).kind();
        String section =
                g.news.isEmpty() ? this.older.sections.get(g.olds.get(0)) : this.newer.sections.get(g.news.get(0));
        return new ParagraphChange(
                kind,
                g.moved,
                paragraphKind,
                older.labels(),
                newer.labels(),
                older.ids(),
                newer.ids(),
                fromTexts,
                toTexts,
                diff,
                section,
                similarity,
                footnotes);
    }

    /** The footnotes of some paragraphs of one side, their marks placed in the texts joined by a break. */
    private static List<FootnoteAligner.Numbered> notes(Side side, List<Integer> members) {
        List<FootnoteAligner.Numbered> out = new ArrayList<>();
        int offset = 0;
        for (int k : members) {
            DocumentVersion.Block b = side.at(k);
            int number = side.firstFootnote[k];
            for (org.penholder.model.Footnote f : b.footnotes()) {
                out.add(new FootnoteAligner.Numbered(
                        f.withAnchor(offset + Math.min(f.anchor(), b.text().length())), number++));
            }
            offset += b.text().length() + ParagraphChange.PARAGRAPH_BREAK.length();
        }
        return out;
    }
}
