package org.penholder.docx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.penholder.text.Phrase;

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
    record Result(List<Original> originals, List<TrackedEdit> edits, int changes, List<Phrase> warnings) {}

    private final WordFile file;
    private final List<WordParagraph> body;
    private final List<StreamAtom> atoms = new ArrayList<>();
    private final List<Original> originals = new ArrayList<>();
    private final List<TrackedEdit> edits = new ArrayList<>();
    private final List<Phrase> warnings = new ArrayList<>();
    /** The atoms of each paragraph of the original and of the accepted text, by their place in the stream. */
    private List<List<Integer>> atomsOfOriginal;

    private List<List<Integer>> atomsOfAccepted;
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
        int changes = file.body().stream().mapToInt(WordParagraph::changeCount).sum()
                + file.notes().entrySet().stream()
                        .filter(e -> !e.getKey().startsWith("comment:"))
                        .flatMap(e -> e.getValue().stream())
                        .mapToInt(WordParagraph::changeCount)
                        .sum();
        return new Result(t.originals, t.edits, changes, t.warnings);
    }

    private void run() {
        for (int k = 0; k < body.size(); k++) {
            int paragraph = k;
            WordParagraph p = body.get(k);
            p.segments().forEach(seg -> atoms.add(new StreamAtom(seg.text(), seg.changes(), paragraph, seg.note())));
            atoms.add(new StreamAtom(null, p.markChanges(), k));
        }
        place();
        describeOriginals();
        pairMoves(components());
        footnotes();
        if (leftOut > 0) {
            warnings.add(Phrase.of("docx.reading.changesLeftOut", leftOut));
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
        atomsOfOriginal = new ArrayList<>();
        atomsOfAccepted = new ArrayList<>();
        for (int k = 0; k < Math.max(o, a); k++) {
            if (k < o) {
                atomsOfOriginal.add(new ArrayList<>());
            }
            if (k < a) {
                atomsOfAccepted.add(new ArrayList<>());
            }
        }
        StringBuilder[] texts = new StringBuilder[a];
        java.util.Arrays.setAll(texts, k -> new StringBuilder());
        stays = new boolean[o];
        for (int i = 0; i < atoms.size(); i++) {
            StreamAtom x = atoms.get(i);
            if (x.original >= 0) {
                atomsOfOriginal.get(x.original).add(i);
            }
            if (x.accepted >= 0) {
                atomsOfAccepted.get(x.accepted).add(i);
                if (!x.isMark()) {
                    texts[x.accepted].append(x.text);
                    if (x.original >= 0 && !x.text.isBlank()) {
                        stays[x.original] = true;
                    }
                }
            }
        }
        acceptedTexts =
                java.util.Arrays.stream(texts).map(StringBuilder::toString).toArray(String[]::new);
    }

    /** Where a paragraph begins in the stream (every paragraph has at least its mark). */
    private int firstOf(List<List<Integer>> atomsOf, int paragraph) {
        return atomsOf.get(paragraph).get(0);
    }

    private void describeOriginals() {
        for (int k = 0; k < atomsOfOriginal.size(); k++) {
            StringBuilder text = new StringBuilder();
            String id = null;
            WordParagraph end = null;
            for (StreamAtom x : atomsOf(List.of(k), List.of())) {
                id = id == null
                        ? ParagraphBookmarks.firstId(body.get(x.paragraph).bookmarks())
                        : id;
                if (x.isMark()) {
                    end = body.get(x.paragraph);
                } else {
                    text.append(x.text);
                }
            }
            originals.add(new Original(k, text.toString(), id, file.isHeading(end), end.inTable()));
        }
    }

    /*
     * Paragraphs of the two views that share kept text, as components: {original indices, accepted
     * indices}. A kept paragraph mark joins two paragraphs only when neither shares text with
     * another (all its words replaced): Word marks a paragraph inserted after another by inserting
     * the other's mark, and that must not make the new paragraph part of it.
     */
    /** Paragraphs of the original and of the accepted text that are one paragraph, in the order the file reads. */
    private record Shared(Set<Integer> olds, Set<Integer> news) {}

    private List<Shared> components() {
        int n = originals.size();
        int[] parent = new int[n + atomsOfAccepted.size()];
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
        Map<Integer, Shared> byRoot = new java.util.LinkedHashMap<>();
        // in the order the file is read, so that edits are numbered the same way every time
        for (StreamAtom x : atoms) {
            for (int node : new int[] {x.original, x.accepted < 0 ? -1 : n + x.accepted}) {
                if (node >= 0) {
                    Shared c = byRoot.computeIfAbsent(
                            find(parent, node), r -> new Shared(new LinkedHashSet<>(), new LinkedHashSet<>()));
                    (node < n ? c.olds() : c.news()).add(node < n ? node : node - n);
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
    private void pairMoves(List<Shared> components) {
        Map<String, Integer> movedAway = new HashMap<>();
        for (Shared c : components) {
            if (c.news().isEmpty() && c.olds().size() == 1 && allMoved(only(c.olds()), true)) {
                movedAway.putIfAbsent(
                        TypedNumbers.strip(originals.get(only(c.olds())).text().strip()), only(c.olds()));
            }
        }
        Map<Integer, Integer> arrivals = new HashMap<>();
        for (Shared c : components) {
            if (c.olds().isEmpty() && c.news().size() == 1 && allMoved(only(c.news()), false)) {
                Integer from = movedAway.remove(TypedNumbers.strip(acceptedTexts[only(c.news())].strip()));
                if (from != null) {
                    arrivals.put(from, only(c.news()));
                }
            }
        }
        for (Shared c : components) {
            if (c.olds().size() == 1 && c.news().isEmpty() && arrivals.containsKey(only(c.olds()))) {
                int o = only(c.olds());
                if (originals.get(o).isBody()) {
                    gone.add(o);
                    // where it goes is settled once every paragraph that goes away is known
                    edits.add(new TrackedEdit.MovedParagraph(
                            edits.size(), o, arrivals.get(o), who(atomsOf(List.of(o), List.of()))));
                }
            } else if (!(c.olds().isEmpty() && c.news().size() == 1 && arrivals.containsValue(only(c.news())))) {
                component(new ArrayList<>(c.olds()), new ArrayList<>(c.news()));
            }
        }
        for (int k = 0; k < edits.size(); k++) {
            if (edits.get(k) instanceof TrackedEdit.NewParagraph n) {
                edits.set(
                        k,
                        new TrackedEdit.NewParagraph(
                                n.ordinal(), anchorBefore(n.after()), n.text(), n.kind(), n.who()));
            } else if (edits.get(k) instanceof TrackedEdit.MovedParagraph m) {
                edits.set(
                        k, new TrackedEdit.MovedParagraph(m.ordinal(), m.original(), anchorBefore(m.after()), m.who()));
            }
        }
    }

    private static int only(Set<Integer> one) {
        return one.iterator().next();
    }

    private boolean allMoved(int paragraph, boolean original) {
        boolean any = false;
        for (StreamAtom x :
                original ? atomsOf(List.of(paragraph), List.of()) : atomsOf(List.of(), List.of(paragraph))) {
            if (!x.isMark() && !x.text.isBlank()) {
                WordParagraph.Change c = x.change();
                if (c == null
                        || c.kind()
                                != (original
                                        ? WordParagraph.ChangeKind.MOVED_FROM
                                        : WordParagraph.ChangeKind.MOVED_TO)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    private void component(List<Integer> olds, List<Integer> news) {
        if (olds.stream()
                .anyMatch(o -> originals.get(o).heading() || originals.get(o).inTable())) {
            countLeftOut(atomsOf(olds, news));
            return;
        }
        List<Integer> before =
                olds.stream().filter(o -> !originals.get(o).text().isBlank()).toList();
        List<Integer> after =
                news.stream().filter(a -> !acceptedTexts[a].isBlank()).toList();
        if (before.isEmpty()) {
            after.forEach(a -> newParagraph(a, null));
        } else if (after.isEmpty()) {
            before.forEach(o -> removed(o, null));
        } else if (before.size() == 1 && after.size() == 1) {
            textEdits(before.get(0), after.get(0));
        } else {
            // a split or merge: whoever changed it made all its parts
            TrackedEdit.Who who = who(atomsOf(olds, news));
            int first = before.get(0);
            ChangeRun.regions(edits, first, 0, originals.get(first).text(), acceptedTexts[after.get(0)], who);
            before.subList(1, before.size()).forEach(o -> removed(o, who));
            after.subList(1, after.size()).forEach(a -> newParagraph(a, who));
        }
    }

    /** Original paragraph {@code o} removed, by {@code who} (null: whoever changed it). */
    private void removed(int o, TrackedEdit.Who who) {
        gone.add(o);
        if (originals.get(o).isBody()) {
            edits.add(new TrackedEdit.RemovedParagraph(
                    edits.size(), o, who != null ? who : who(atomsOf(List.of(o), List.of()))));
        }
    }

    /** Accepted paragraph {@code a} new, by {@code who} (null: whoever changed it). */
    private void newParagraph(int a, TrackedEdit.Who who) {
        String text = acceptedTexts[a].strip();
        if (text.isEmpty()) {
            return;
        }
        List<Integer> own = atomsOfAccepted.get(a);
        WordParagraph end = body.get(atoms.get(own.get(own.size() - 1)).paragraph);
        if (file.isHeading(end) || end.inTable()) {
            countLeftOut(atomsOf(List.of(), List.of(a)));
            return;
        }
        edits.add(new TrackedEdit.NewParagraph(
                edits.size(), a, text, file.kindOf(end), who != null ? who : who(atomsOf(List.of(), List.of(a)))));
    }

    /** The last paragraph of body text of the original that begins before accepted paragraph {@code a}. */
    private int anchorBefore(int a) {
        // paragraphs of the original begin in the order they are numbered: find the last before, then step back
        int begins = firstOf(atomsOfAccepted, a);
        int lo = 0;
        int hi = originals.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (firstOf(atomsOfOriginal, mid) < begins) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int k = lo - 1; k >= 0; k--) {
            if (originals.get(k).isBody() && stays[k] && !gone.contains(k)) {
                return k;
            }
        }
        return -1;
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
        for (StreamAtom x : atomsOf(List.of(o), List.of(a))) {
            if (x.isMark()) {
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

    /**
     * The tracked changes inside the footnotes of the original's body paragraphs, as edits of each
     * footnote's words. A footnote whose mark was inserted or deleted is said, not proposed.
     */
    private void footnotes() {
        int added = 0;
        int removed = 0;
        for (StreamAtom x : atoms) {
            if (x.note == null || !file.notes().containsKey(x.note) || file.isSourcesNote(x.note)) {
                continue;
            }
            if (x.original < 0 || x.accepted < 0) {
                if (x.original < 0) {
                    added++;
                } else {
                    removed++;
                }
                continue;
            }
            Original o = originals.get(x.original);
            String before = file.noteText(x.note, false);
            String after = file.noteText(x.note, true);
            if (!o.isBody() || before.equals(after)) {
                continue;
            }
            int index = 0;
            for (StreamAtom y : atomsOf(List.of(x.original), List.of())) {
                if (y == x) {
                    break;
                }
                index += y.note != null && y.original == x.original ? 1 : 0;
            }
            WordParagraph.Change first = null;
            Set<String> ids = new LinkedHashSet<>();
            for (WordParagraph p : file.notes().get(x.note)) {
                for (WordParagraph.Segment seg : p.segments()) {
                    for (WordParagraph.Change c : seg.changes()) {
                        first = first == null ? c : first;
                        ids.add(c.id());
                    }
                }
            }
            ids.remove(null);
            TrackedEdit.Who who = first == null
                    ? new TrackedEdit.Who(null, null, List.of())
                    : new TrackedEdit.Who(first.author(), first.date(), List.copyOf(ids));
            List<TrackedEdit> stretches = new ArrayList<>();
            ChangeRun.regions(stretches, x.original, 0, before, after, who);
            for (TrackedEdit e : stretches) {
                TrackedEdit.TextEdit t = (TrackedEdit.TextEdit) e;
                edits.add(new TrackedEdit.FootnoteEdit(
                        edits.size(), x.original, index, before, t.start(), t.end(), t.text(), who));
            }
        }
        if (added + removed > 0) {
            warnings.add(Phrase.of(
                    removed == 0
                            ? "docx.reading.footnotesAdded"
                            : added == 0 ? "docx.reading.footnotesRemoved" : "docx.reading.footnotesAddedOrRemoved",
                    added + removed));
        }
    }

    /** Who made the first change among some atoms. */
    private TrackedEdit.Who who(List<StreamAtom> among) {
        Set<String> ids = new LinkedHashSet<>();
        WordParagraph.Change first = null;
        for (StreamAtom x : among) {
            if (x.change() != null) {
                first = first == null ? x.change() : first;
                ids.add(x.change().id());
            }
        }
        ids.remove(null);
        return first == null
                ? new TrackedEdit.Who(null, null, List.of())
                : new TrackedEdit.Who(first.author(), first.date(), List.copyOf(ids));
    }

    private void countLeftOut(List<StreamAtom> among) {
        Set<WordParagraph.Change> seen = new java.util.HashSet<>();
        among.forEach(x -> seen.addAll(x.changes));
        leftOut += seen.size();
    }

    /** The atoms of some paragraphs of the original and of the accepted text, in the order of the stream. */
    private List<StreamAtom> atomsOf(java.util.Collection<Integer> olds, java.util.Collection<Integer> news) {
        java.util.TreeSet<Integer> at = new java.util.TreeSet<>();
        olds.forEach(o -> at.addAll(atomsOfOriginal.get(o)));
        news.forEach(a -> at.addAll(atomsOfAccepted.get(a)));
        return at.stream().map(atoms::get).toList();
    }
}
