package org.penholder.docx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The tracked changes of a Word file read as edits of the paragraphs the file held before them (its
 * "original": every change rejected). The body is read as one stream of text runs and paragraph
 * marks, each kept, added or removed; a paragraph of the original and one of the accepted text that
 * share kept text are the same paragraph. Within such a pair, each run of changes by one author
 * (spaces between them included) is one edit, cut down to the words that really differ, each
 * stretch of them on its own: deleting a phrase and inserting it again with two more words is an
 * edit inserting two words. A paragraph of the accepted text that shares nothing with the original
 * is new; one of the original that shares nothing with the accepted text is removed, or moved when
 * it arrives elsewhere whole. A split or merge edits its first paragraph and adds or removes the rest.
 */
final class TrackedEdits {

    /** A paragraph of the file before the changes. */
    record Original(int index, String text, String embeddedId, boolean heading, boolean inTable) {

        /** True when proposals can be made on it: body text of the draft, not a heading, table or empty line. */
        boolean isBody() {
            return !heading && !inTable && !text.isBlank();
        }
    }

    /**
     * What was read.
     *
     * @param changes  tracked changes in the body
     * @param warnings what was left out (changes in headings and tables), for the person to check
     */
    record Result(List<Original> originals, List<TrackedEdit> edits, int changes, List<String> warnings) {
    }

    private final WordFile file;
    private final List<WordParagraph> body;
    private final List<StreamAtom> atoms = new ArrayList<>();
    private final List<Original> originals = new ArrayList<>();
    private final List<TrackedEdit> edits = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private int[] firstOfOriginal;
    private int[] firstOfAccepted;
    private int[] endOfAccepted;
    private int acceptedCount;
    /** The text of each paragraph of the accepted view. */
    private String[] acceptedTexts;
    /** For each paragraph of the original: some of its words are still there once the changes are accepted. */
    private boolean[] stays;
    /** Paragraphs of the original that are removed or moved away: new paragraphs do not go after them. */
    private final Set<Integer> gone = new java.util.HashSet<>();
    private int leftOut;

    private TrackedEdits(WordFile file) {
        this.file = file;
        this.body = file.body();
    }

    /** Reads the edits tracked in a file's body. */
    static Result read(WordFile file) {
        TrackedEdits t = new TrackedEdits(file);
        t.run();
        int changes = file.body().stream().mapToInt(WordParagraph::changeCount).sum();
        return new Result(t.originals, t.edits, changes, t.warnings);
    }

    private void run() {
        for (int k = 0; k < body.size(); k++) {
            int paragraph = k;
            WordParagraph p = body.get(k);
            p.segments().forEach(seg -> atoms.add(new StreamAtom(seg.text(), seg.changes(), paragraph)));
            atoms.add(new StreamAtom(null, p.markChanges(), k));
        }
        place();
        describeOriginals();
        List<Set<Integer>[]> components = components();
        pairMoves(components);
        if (leftOut > 0) {
            warnings.add(leftOut + (leftOut == 1 ? " change in a heading, a table or the title was" : " changes in headings, "
                    + "tables or the title were") + " not read as proposals");
        }
    }

    /** Numbers the paragraphs of each view and tells every atom where it stands in them. */
    private void place() {
        int o = 0;
        int a = 0;
        for (StreamAtom x : atoms) {
            boolean inOriginal = WordParagraph.keptWhenRejected(x.changes);
            boolean inAccepted = WordParagraph.keptWhenAccepted(x.changes);
            x.original = inOriginal ? o : -1;
            x.accepted = inAccepted ? a : -1;
            if (x.isMark()) {
                o += inOriginal ? 1 : 0;
                a += inAccepted ? 1 : 0;
            }
        }
        firstOfOriginal = new int[o];
        firstOfAccepted = new int[a];
        endOfAccepted = new int[a];
        acceptedCount = a;
        java.util.Arrays.fill(firstOfOriginal, -1);
        java.util.Arrays.fill(firstOfAccepted, -1);
        StringBuilder[] texts = new StringBuilder[a];
        for (int k = 0; k < a; k++) {
            texts[k] = new StringBuilder();
        }
        stays = new boolean[o];
        for (int i = 0; i < atoms.size(); i++) {
            StreamAtom x = atoms.get(i);
            if (!x.isMark() && x.accepted >= 0) {
                texts[x.accepted].append(x.text);
                if (x.original >= 0 && !x.text.isBlank()) {
                    stays[x.original] = true;
                }
            }
            if (x.original >= 0 && firstOfOriginal[x.original] < 0) {
                firstOfOriginal[x.original] = i;
            }
            if (x.accepted >= 0 && firstOfAccepted[x.accepted] < 0) {
                firstOfAccepted[x.accepted] = i;
            }
            if (x.isMark() && x.accepted >= 0) {
                endOfAccepted[x.accepted] = x.paragraph;
            }
        }
        acceptedTexts = java.util.Arrays.stream(texts).map(StringBuilder::toString).toArray(String[]::new);
    }

    private void describeOriginals() {
        StringBuilder[] texts = new StringBuilder[firstOfOriginal.length];
        String[] ids = new String[texts.length];
        int[] end = new int[texts.length];
        for (int k = 0; k < texts.length; k++) {
            texts[k] = new StringBuilder();
        }
        for (StreamAtom x : atoms) {
            if (x.original < 0) {
                continue;
            }
            if (x.isMark()) {
                end[x.original] = x.paragraph;
            } else {
                texts[x.original].append(x.text);
            }
            if (ids[x.original] == null) {
                ids[x.original] = ParagraphBookmarks.firstId(body.get(x.paragraph).bookmarks());
            }
        }
        for (int k = 0; k < texts.length; k++) {
            WordParagraph p = body.get(end[k]);
            originals.add(new Original(k, texts[k].toString(), ids[k], file.isHeading(p), p.inTable()));
        }
    }

    /**
     * Paragraphs of the two views that share kept text, as components: {original indices, accepted
     * indices}. A kept paragraph mark joins two paragraphs only when neither shares text with
     * another (all its words replaced): Word marks a paragraph inserted after another by inserting
     * the other's mark, and that must not make the new paragraph part of it.
     */
    private List<Set<Integer>[]> components() {
        int n = originals.size();
        int[] parent = new int[n + acceptedCount];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        boolean[] linked = new boolean[parent.length];
        for (StreamAtom x : atoms) {
            if (!x.isMark() && x.original >= 0 && x.accepted >= 0) {
                union(parent, x.original, n + x.accepted);
                linked[x.original] = true;
                linked[n + x.accepted] = true;
            }
        }
        for (StreamAtom x : atoms) {
            if (x.isMark() && x.original >= 0 && x.accepted >= 0 && !linked[x.original] && !linked[n + x.accepted]) {
                union(parent, x.original, n + x.accepted);
            }
        }
        Map<Integer, Set<Integer>[]> byRoot = new java.util.LinkedHashMap<>();
        // in the order the file is read, so that edits are numbered the same way every time
        for (StreamAtom x : atoms) {
            for (int node : new int[] {x.original, x.accepted < 0 ? -1 : n + x.accepted}) {
                if (node < 0) {
                    continue;
                }
                @SuppressWarnings("unchecked")
                Set<Integer>[] c = byRoot.computeIfAbsent(find(parent, node), r -> new Set[] {new LinkedHashSet<>(),
                        new LinkedHashSet<>()});
                if (node < n) {
                    c[0].add(node);
                } else {
                    c[1].add(node - n);
                }
            }
        }
        return new ArrayList<>(byRoot.values());
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }

    /** Removed and new paragraphs of the same text, moved by Word as such, become moves; then every component becomes edits. */
    private void pairMoves(List<Set<Integer>[]> components) {
        Map<String, Integer> movedAway = new HashMap<>();
        for (Set<Integer>[] c : components) {
            if (c[1].isEmpty() && c[0].size() == 1 && allMoved(c[0].iterator().next(), true)) {
                movedAway.putIfAbsent(originals.get(c[0].iterator().next()).text().strip(), c[0].iterator().next());
            }
        }
        Map<Integer, Integer> arrivals = new HashMap<>();
        for (Set<Integer>[] c : components) {
            if (c[0].isEmpty() && c[1].size() == 1 && allMoved(c[1].iterator().next(), false)) {
                Integer from = movedAway.remove(acceptedTexts[c[1].iterator().next()].strip());
                if (from != null) {
                    arrivals.put(from, c[1].iterator().next());
                }
            }
        }
        for (Set<Integer>[] c : components) {
            if (c[0].size() == 1 && c[1].isEmpty() && arrivals.containsKey(c[0].iterator().next())) {
                int o = c[0].iterator().next();
                int a = arrivals.get(o);
                if (originals.get(o).isBody()) {
                    gone.add(o);
                    // where it goes is settled once every paragraph that goes away is known
                    edits.add(new TrackedEdit.MovedParagraph(edits.size(), o, a, who(x -> x.original == o)));
                }
            } else if (!(c[0].isEmpty() && c[1].size() == 1 && arrivals.containsValue(c[1].iterator().next()))) {
                component(new ArrayList<>(c[0]), new ArrayList<>(c[1]));
            }
        }
        for (int k = 0; k < edits.size(); k++) {
            if (edits.get(k) instanceof TrackedEdit.NewParagraph n) {
                edits.set(k, new TrackedEdit.NewParagraph(n.ordinal(), anchorBefore(n.after()), n.text(), n.kind(), n.who()));
            } else if (edits.get(k) instanceof TrackedEdit.MovedParagraph m) {
                edits.set(k, new TrackedEdit.MovedParagraph(m.ordinal(), m.original(), anchorBefore(m.after()), m.who()));
            }
        }
    }

    private boolean allMoved(int paragraph, boolean original) {
        boolean any = false;
        for (StreamAtom x : atoms) {
            if (!x.isMark() && (original ? x.original : x.accepted) == paragraph && !x.text.isBlank()) {
                WordParagraph.Change c = x.change();
                if (c == null || c.kind() != (original ? WordParagraph.ChangeKind.MOVED_FROM : WordParagraph.ChangeKind.MOVED_TO)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    private void component(List<Integer> olds, List<Integer> news) {
        if (olds.stream().anyMatch(o -> originals.get(o).heading() || originals.get(o).inTable())) {
            countLeftOut(x -> olds.contains(x.original) || news.contains(x.accepted));
            return;
        }
        List<Integer> before = olds.stream().filter(o -> !originals.get(o).text().isBlank()).toList();
        List<Integer> after = news.stream().filter(a -> !acceptedTexts[a].isBlank()).toList();
        if (before.isEmpty()) {
            after.forEach(this::newParagraph);
        } else if (after.isEmpty()) {
            before.forEach(this::removed);
        } else if (before.size() == 1 && after.size() == 1) {
            textEdits(before.get(0), after.get(0));
        } else {
            int first = before.get(0);
            ChangeRun.regions(edits, first, 0, originals.get(first).text(), acceptedTexts[after.get(0)],
                    who(x -> olds.contains(x.original) || news.contains(x.accepted)));
            before.subList(1, before.size()).forEach(this::removed);
            after.subList(1, after.size()).forEach(this::newParagraph);
        }
    }

    private void removed(int o) {
        gone.add(o);
        if (originals.get(o).isBody()) {
            edits.add(new TrackedEdit.RemovedParagraph(edits.size(), o, who(x -> x.original == o)));
        }
    }

    private void newParagraph(int a) {
        String text = acceptedTexts[a].strip();
        if (text.isEmpty()) {
            return;
        }
        WordParagraph end = body.get(endOfAccepted[a]);
        if (file.isHeading(end) || end.inTable()) {
            countLeftOut(x -> x.accepted == a);
            return;
        }
        edits.add(new TrackedEdit.NewParagraph(edits.size(), a, text, file.kindOf(end), who(x -> x.accepted == a)));
    }

    /** The last paragraph of body text of the original that begins before accepted paragraph {@code a}. */
    private int anchorBefore(int a) {
        int best = -1;
        for (Original o : originals) {
            if (firstOfOriginal[o.index()] >= 0 && firstOfOriginal[o.index()] < firstOfAccepted[a] && o.isBody()
                    && stays[o.index()] && !gone.contains(o.index())) {
                best = o.index();
            }
        }
        return best;
    }

    /**
     * The text edits of one paragraph. Changes right next to each other are one edit, whoever made
     * them (a word finished by another delegation is one word); changes apart by spaces only are one
     * edit when one author made them.
     */
    private void textEdits(int o, int a) {
        int at = 0;
        ChangeRun run = null;
        StringBuilder gap = null;
        for (StreamAtom x : atoms) {
            if (x.isMark() || (x.original != o && x.accepted != a)) {
                continue;
            }
            boolean inOriginal = x.original == o;
            boolean inAccepted = x.accepted == a;
            if (inOriginal && inAccepted) {
                if (run != null && x.text.isBlank()) {
                    gap = gap == null ? new StringBuilder(x.text) : gap.append(x.text);
                } else if (run != null) {
                    run.close(edits);
                    run = null;
                    gap = null;
                }
                at += x.text.length();
                continue;
            }
            WordParagraph.Change c = x.change();
            if (run != null && gap != null && !Objects.equals(run.lastAuthor(), c.author())) {
                run.close(edits);
                run = null;
                gap = null;
            }
            if (run == null) {
                run = new ChangeRun(o, at);
            } else if (gap != null) {
                run.kept(gap.toString());
            }
            gap = null;
            run.changed(c, x.text, inOriginal);
            at += inOriginal ? x.text.length() : 0;
        }
        if (run != null) {
            run.close(edits);
        }
    }

    /** Who made the first change among some atoms. */
    private TrackedEdit.Who who(java.util.function.Predicate<StreamAtom> among) {
        Set<String> ids = new LinkedHashSet<>();
        WordParagraph.Change first = null;
        for (StreamAtom x : atoms) {
            if (among.test(x) && x.change() != null) {
                first = first == null ? x.change() : first;
                ids.add(x.change().id());
            }
        }
        ids.remove(null);
        return first == null ? new TrackedEdit.Who(null, null, List.of()) : new TrackedEdit.Who(first.author(), first.date(), List.copyOf(ids));
    }

    private void countLeftOut(java.util.function.Predicate<StreamAtom> among) {
        Set<WordParagraph.Change> seen = new java.util.HashSet<>();
        for (StreamAtom x : atoms) {
            if (among.test(x)) {
                seen.addAll(x.changes);
            }
        }
        leftOut += seen.size();
    }
}
