package org.penholder.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.penholder.merge.Touched.Aspect;
import org.penholder.merge.Touched.TitleField;
import org.penholder.store.CopyRecords.AmendmentRow;
import org.penholder.store.CopyRecords.ParagraphRow;
import org.penholder.store.CopyRecords.SectionRow;

/**
 * The draft of two copies merged (docs/adr/0141). Replaying the other copy's amendments since the
 * copies parted, in order, leaves each paragraph they touch as the other copy has it, so a paragraph
 * only the other copy changed takes its state there; one both changed keeps this copy's state and
 * the other's becomes a conflict; new paragraphs are placed after the paragraph they follow in the
 * other copy. When this copy changed nothing of the draft since they parted, it takes the other's
 * draft whole, which is what makes two copies converge. Pure: reads rows, returns rows.
 */
final class DraftMerge {

    private DraftMerge() {}

    /** One copy's draft and what it did since the copies parted. */
    record Side(
            Map<String, ParagraphRow> paragraphs,
            List<SectionRow> sections,
            Touched touched,
            String title,
            String symbol) {}

    /**
     * Something both copies changed differently: this copy keeps its version ({@code mine}); the other's
     * ({@code theirs}) is to become a proposal by {@code by}.
     *
     * @param anchor        for a paragraph to bring back or move: the paragraph it follows in the
     *                      other copy, or null when it opens its section there
     * @param anchorSection that section (null: the preamble)
     */
    record Conflict(
            String paragraphId,
            Aspect aspect,
            ParagraphRow mine,
            ParagraphRow theirs,
            AmendmentRow by,
            List<String> theirUids,
            String anchor,
            String anchorSection) {}

    /** The merged draft as rows to write, and the conflicts. */
    record Outcome(
            boolean fastForward,
            List<ParagraphRow> inserts,
            List<ParagraphRow> updates,
            List<SectionRow> sectionInserts,
            List<SectionRow> sectionUpdates,
            String title,
            String symbol,
            List<Conflict> conflicts,
            int paragraphsAdded,
            int paragraphsChanged,
            Set<String> takenFromOther) {}

    private static final class Decision {
        final EnumSet<Aspect> take = EnumSet.noneOf(Aspect.class);
        final EnumSet<Aspect> conflict = EnumSet.noneOf(Aspect.class);
        boolean isNew;
    }

    static Outcome merge(Side mine, Side theirs) {
        boolean ff = !mine.touched().draftChanged();
        Map<String, Decision> decisions = new LinkedHashMap<>();
        for (ParagraphRow o : theirs.paragraphs().values()) {
            ParagraphRow f = mine.paragraphs().get(o.id());
            decisions.put(o.id(), f == null ? fresh(o) : ff ? fastForward(f, o) : decide(f, o, mine, theirs));
        }
        if (!ff) {
            spreadOverSplitsAndJoins(decisions, theirs);
        }
        Map<String, ParagraphRow> result = new LinkedHashMap<>(mine.paragraphs());
        Set<String> placeFromOther = new LinkedHashSet<>();
        for (var e : decisions.entrySet()) {
            ParagraphRow o = theirs.paragraphs().get(e.getKey());
            ParagraphRow f = mine.paragraphs().get(e.getKey());
            Decision d = e.getValue();
            ParagraphRow r = state(f, o, d);
            result.put(r.id(), r);
            if (!r.deleted() && (d.take.contains(Aspect.PLACE) || (d.isNew && !d.take.isEmpty()))) {
                placeFromOther.add(r.id());
            }
        }
        List<SectionRow> sectionsInOrder = sections(mine, theirs, ff);
        order(result, mine, theirs, placeFromOther, sectionsInOrder);

        List<ParagraphRow> inserts = new ArrayList<>();
        List<ParagraphRow> updates = new ArrayList<>();
        int added = 0;
        int changed = 0;
        Set<String> taken = new LinkedHashSet<>();
        for (ParagraphRow r : result.values()) {
            ParagraphRow f = mine.paragraphs().get(r.id());
            Decision d = decisions.get(r.id());
            if (f == null) {
                inserts.add(r);
                if (!r.deleted()) {
                    added++;
                    taken.add(r.id());
                }
            } else if (!r.equals(f)) {
                updates.add(r);
                boolean moved = d != null
                        && d.take.contains(Aspect.PLACE)
                        && theirs.touched().of(r.id()).contains(Aspect.PLACE);
                if (!sameBesidesPosition(r, f) || moved) {
                    changed++;
                }
                if (d != null && (d.take.contains(Aspect.TEXT) || d.take.contains(Aspect.LIFE))) {
                    taken.add(r.id());
                }
            }
        }
        List<Conflict> conflicts = conflicts(decisions, mine, theirs, result);
        List<SectionRow> sectionInserts = new ArrayList<>();
        List<SectionRow> sectionUpdates = new ArrayList<>();
        Map<String, SectionRow> mineSections = new HashMap<>();
        mine.sections().forEach(s -> mineSections.put(s.id(), s));
        for (SectionRow s : sectionsInOrder) {
            SectionRow had = mineSections.get(s.id());
            if (had == null) {
                sectionInserts.add(s);
            } else if (!had.equals(s)) {
                sectionUpdates.add(s);
            }
        }
        String title = ff ? differing(mine.title(), theirs.title()) : later(mine, theirs, TitleField.TITLE);
        String symbol = ff ? differing(mine.symbol(), theirs.symbol()) : later(mine, theirs, TitleField.SYMBOL);
        return new Outcome(
                ff, inserts, updates, sectionInserts, sectionUpdates, title, symbol, conflicts, added, changed, taken);
    }

    private static boolean sameBesidesPosition(ParagraphRow a, ParagraphRow b) {
        return Objects.equals(a.sectionId(), b.sectionId())
                && a.kind() == b.kind()
                && a.status() == b.status()
                && Objects.equals(a.text(), b.text())
                && a.deleted() == b.deleted();
    }

    /** A paragraph this copy lacks: live ones are added, deleted ones kept as deleted rows for their history. */
    private static Decision fresh(ParagraphRow o) {
        Decision d = new Decision();
        d.isNew = true;
        if (!o.deleted()) {
            d.take.addAll(EnumSet.allOf(Aspect.class));
        }
        return d;
    }

    private static Decision fastForward(ParagraphRow f, ParagraphRow o) {
        Decision d = new Decision();
        if (!Objects.equals(f.text(), o.text())) {
            d.take.add(Aspect.TEXT);
        }
        if (f.status() != o.status()) {
            d.take.add(Aspect.STATUS);
        }
        if (f.kind() != o.kind()) {
            d.take.add(Aspect.KIND);
        }
        if (f.deleted() != o.deleted()) {
            d.take.add(Aspect.LIFE);
        }
        if (!o.deleted()) {
            d.take.add(Aspect.PLACE);
        }
        return d;
    }

    private static Decision decide(ParagraphRow f, ParagraphRow o, Side mine, Side theirs) {
        Decision d = new Decision();
        EnumSet<Aspect> byMe = mine.touched().of(f.id());
        EnumSet<Aspect> byThem = theirs.touched().of(f.id());
        if (byThem.isEmpty()) {
            return d;
        }
        if (f.deleted() != o.deleted()) {
            boolean mineDeleted = f.deleted();
            boolean deletionIsNew = mineDeleted ? byMe.contains(Aspect.LIFE) : byThem.contains(Aspect.LIFE);
            if (!deletionIsNew) {
                // the side that deleted it did so before the copies parted: the other brought it back
                if (mineDeleted) {
                    d.take.addAll(EnumSet.of(Aspect.LIFE, Aspect.TEXT, Aspect.STATUS, Aspect.KIND, Aspect.PLACE));
                }
                return d;
            }
            boolean otherSideChangedIt = mineDeleted ? !byThem.isEmpty() : !byMe.isEmpty();
            if (otherSideChangedIt) {
                d.conflict.add(Aspect.LIFE);
            } else if (!mineDeleted) {
                d.take.add(Aspect.LIFE);
            }
            return d;
        }
        if (f.deleted()) {
            return d;
        }
        compare(d, Aspect.TEXT, !Objects.equals(f.text(), o.text()), byMe, byThem);
        compare(d, Aspect.STATUS, f.status() != o.status(), byMe, byThem);
        compare(d, Aspect.KIND, f.kind() != o.kind(), byMe, byThem);
        if (byThem.contains(Aspect.PLACE)) {
            if (!byMe.contains(Aspect.PLACE)) {
                d.take.add(Aspect.PLACE);
            } else if (!samePlace(f, o, mine, theirs)) {
                d.conflict.add(Aspect.PLACE);
            }
        }
        return d;
    }

    private static void compare(Decision d, Aspect a, boolean differ, EnumSet<Aspect> byMe, EnumSet<Aspect> byThem) {
        if (!differ || !byThem.contains(a)) {
            return;
        }
        if (byMe.contains(a)) {
            d.conflict.add(a);
        } else {
            d.take.add(a);
        }
    }

    /** Both moved it: to the same place when it ends up in the same section after the same paragraph. */
    private static boolean samePlace(ParagraphRow f, ParagraphRow o, Side mine, Side theirs) {
        return Objects.equals(f.sectionId(), o.sectionId())
                && Objects.equals(
                        predecessor(f, mine.paragraphs(), theirs.paragraphs()),
                        predecessor(o, theirs.paragraphs(), mine.paragraphs()));
    }

    /** The live paragraph before {@code p} in its section, among those live in both copies. */
    private static String predecessor(ParagraphRow p, Map<String, ParagraphRow> own, Map<String, ParagraphRow> other) {
        String best = null;
        int bestPosition = -1;
        for (ParagraphRow q : own.values()) {
            ParagraphRow there = other.get(q.id());
            if (!q.deleted()
                    && there != null
                    && !there.deleted()
                    && Objects.equals(q.sectionId(), p.sectionId())
                    && q.position() < p.position()
                    && q.position() > bestPosition) {
                best = q.id();
                bestPosition = q.position();
            }
        }
        return best;
    }

    /**
     * A paragraph split from or joined to one in conflict is part of the same change: the other
     * copy's version of every paragraph of it becomes a proposal, rather than half of it applying.
     */
    private static void spreadOverSplitsAndJoins(Map<String, Decision> decisions, Side theirs) {
        Map<String, String> parent = new HashMap<>();
        for (List<String> pair : theirs.touched().splitsAndJoins()) {
            union(parent, pair.get(0), pair.get(1));
        }
        Set<String> conflicted = new java.util.HashSet<>();
        for (var e : decisions.entrySet()) {
            if (!e.getValue().conflict.isEmpty() && parent.containsKey(e.getKey())) {
                conflicted.add(find(parent, e.getKey()));
            }
        }
        if (conflicted.isEmpty()) {
            return;
        }
        for (var e : decisions.entrySet()) {
            if (!parent.containsKey(e.getKey()) || !conflicted.contains(find(parent, e.getKey()))) {
                continue;
            }
            Decision d = e.getValue();
            if (d.isNew) {
                if (!d.take.isEmpty()) {
                    d.take.clear();
                    d.conflict.add(Aspect.LIFE);
                }
            } else {
                d.conflict.addAll(d.take);
                d.take.clear();
            }
        }
    }

    private static void union(Map<String, String> parent, String a, String b) {
        parent.putIfAbsent(a, a);
        parent.putIfAbsent(b, b);
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(ra, rb);
        }
    }

    private static String find(Map<String, String> parent, String x) {
        String r = x;
        while (!parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        return r;
    }

    /** The paragraph as the merge leaves it (position set later, by {@link #order}). */
    private static ParagraphRow state(ParagraphRow f, ParagraphRow o, Decision d) {
        if (f == null) {
            boolean live = !o.deleted() && !d.take.isEmpty();
            return new ParagraphRow(
                    o.id(), o.sectionId(), o.kind(), o.position(), o.status(), o.text(), !live, o.createdAt());
        }
        EnumSet<Aspect> t = d.take;
        return new ParagraphRow(
                f.id(),
                t.contains(Aspect.PLACE) ? o.sectionId() : f.sectionId(),
                t.contains(Aspect.KIND) ? o.kind() : f.kind(),
                f.position(),
                t.contains(Aspect.STATUS) ? o.status() : f.status(),
                t.contains(Aspect.TEXT) ? o.text() : f.text(),
                t.contains(Aspect.LIFE) ? o.deleted() : f.deleted(),
                f.createdAt());
    }

    /** The sections in their merged order, with merged titles and positions. */
    private static List<SectionRow> sections(Side mine, Side theirs, boolean ff) {
        List<SectionRow> base = new ArrayList<>();
        Map<String, SectionRow> own = new HashMap<>();
        mine.sections().forEach(s -> own.put(s.id(), s));
        Map<String, SectionRow> other = new HashMap<>();
        theirs.sections().forEach(s -> other.put(s.id(), s));
        List<SectionRow> theirsInOrder = liveSections(theirs.sections());
        List<String> order = new ArrayList<>();
        if (!ff) {
            liveSections(mine.sections()).forEach(s -> order.add(s.id()));
        }
        for (int i = 0; i < theirsInOrder.size(); i++) {
            String id = theirsInOrder.get(i).id();
            if (order.contains(id)) {
                continue;
            }
            if (!ff && own.containsKey(id)) {
                continue; // a section of both keeps this copy's place
            }
            int at = 0;
            for (int k = i - 1; k >= 0; k--) {
                int there = order.indexOf(theirsInOrder.get(k).id());
                if (there >= 0) {
                    at = there + 1;
                    break;
                }
            }
            order.add(at, id);
        }
        if (ff) {
            for (SectionRow s : liveSections(mine.sections())) {
                if (!order.contains(s.id())) {
                    order.add(s.id());
                }
            }
        }
        for (int i = 0; i < order.size(); i++) {
            String id = order.get(i);
            SectionRow f = own.get(id);
            SectionRow o = other.get(id);
            String title;
            if (f == null) {
                title = o.title();
            } else if (o == null || ff) {
                title = o == null ? f.title() : o.title();
            } else {
                AmendmentRow lastMine = mine.touched().lastOfSection(id);
                AmendmentRow lastTheirs = theirs.touched().lastOfSection(id);
                title = lastTheirs != null && (lastMine == null || isLater(lastTheirs, lastMine))
                        ? o.title()
                        : f.title();
            }
            base.add(new SectionRow(id, title, i, false));
        }
        for (SectionRow s : mine.sections()) {
            if (s.deleted()) {
                base.add(s);
            }
        }
        for (SectionRow s : theirs.sections()) {
            if (s.deleted() && !own.containsKey(s.id())) {
                base.add(s);
            }
        }
        return base;
    }

    private static List<SectionRow> liveSections(List<SectionRow> all) {
        return all.stream()
                .filter(s -> !s.deleted())
                .sorted(Comparator.comparingInt(SectionRow::position))
                .toList();
    }

    /**
     * Positions every live paragraph: this copy's stay in their order; those placed by the other copy
     * go, in its reading order, after the paragraph they follow there (or first in their section).
     */
    private static void order(
            Map<String, ParagraphRow> result,
            Side mine,
            Side theirs,
            Set<String> placeFromOther,
            List<SectionRow> sections) {
        Map<String, List<String>> bySection = new LinkedHashMap<>();
        for (ParagraphRow f : inReadingOrder(mine)) {
            ParagraphRow r = result.get(f.id());
            if (!r.deleted() && !placeFromOther.contains(r.id())) {
                bySection
                        .computeIfAbsent(key(r.sectionId()), k -> new ArrayList<>())
                        .add(r.id());
            }
        }
        // a paragraph live in the result whose place nobody decided (never expected) keeps its section
        for (ParagraphRow r : result.values()) {
            if (!r.deleted() && !placeFromOther.contains(r.id())) {
                List<String> list = bySection.computeIfAbsent(key(r.sectionId()), k -> new ArrayList<>());
                if (!list.contains(r.id())) {
                    list.add(r.id());
                }
            }
        }
        Map<String, List<String>> theirOrder = new HashMap<>();
        List<ParagraphRow> theirsInOrder = inReadingOrder(theirs);
        for (ParagraphRow o : theirsInOrder) {
            theirOrder
                    .computeIfAbsent(key(o.sectionId()), k -> new ArrayList<>())
                    .add(o.id());
        }
        for (ParagraphRow o : theirsInOrder) {
            if (!placeFromOther.contains(o.id())) {
                continue;
            }
            String section = key(o.sectionId());
            List<String> list = bySection.computeIfAbsent(section, k -> new ArrayList<>());
            List<String> there = theirOrder.get(section);
            int at = 0;
            for (int k = there.indexOf(o.id()) - 1; k >= 0; k--) {
                int i = list.indexOf(there.get(k));
                if (i >= 0) {
                    at = i + 1;
                    break;
                }
            }
            list.add(at, o.id());
        }
        Set<String> liveSections = new java.util.HashSet<>();
        sections.forEach(s -> liveSections.add(key(s.id())));
        for (var e : bySection.entrySet()) {
            List<String> ids = e.getValue();
            for (int i = 0; i < ids.size(); i++) {
                ParagraphRow r = result.get(ids.get(i));
                result.put(
                        r.id(),
                        new ParagraphRow(
                                r.id(), r.sectionId(), r.kind(), i, r.status(), r.text(), r.deleted(), r.createdAt()));
            }
        }
    }

    /** Live paragraphs of a copy, the preamble first, then each section in order. */
    static List<ParagraphRow> inReadingOrder(Side side) {
        Map<String, Integer> sectionOrder = new HashMap<>();
        for (SectionRow s : side.sections()) {
            sectionOrder.put(s.id(), s.position());
        }
        return side.paragraphs().values().stream()
                .filter(p -> !p.deleted())
                .sorted(Comparator.comparingInt((ParagraphRow p) -> p.sectionId() == null
                                ? Integer.MIN_VALUE
                                : sectionOrder.getOrDefault(p.sectionId(), Integer.MAX_VALUE))
                        .thenComparingInt(ParagraphRow::position))
                .toList();
    }

    private static String key(String sectionId) {
        return sectionId == null ? "" : sectionId;
    }

    private static List<Conflict> conflicts(
            Map<String, Decision> decisions, Side mine, Side theirs, Map<String, ParagraphRow> result) {
        List<Conflict> out = new ArrayList<>();
        Map<String, List<String>> theirOrder = new HashMap<>();
        for (ParagraphRow o : inReadingOrder(theirs)) {
            theirOrder
                    .computeIfAbsent(key(o.sectionId()), k -> new ArrayList<>())
                    .add(o.id());
        }
        for (ParagraphRow o : inReadingOrder(theirs)) {
            collect(out, decisions.get(o.id()), o, mine, theirs, result, theirOrder);
        }
        for (var e : decisions.entrySet()) {
            ParagraphRow o = theirs.paragraphs().get(e.getKey());
            if (o.deleted()) {
                collect(out, e.getValue(), o, mine, theirs, result, theirOrder);
            }
        }
        return out;
    }

    private static void collect(
            List<Conflict> out,
            Decision d,
            ParagraphRow o,
            Side mine,
            Side theirs,
            Map<String, ParagraphRow> result,
            Map<String, List<String>> theirOrder) {
        if (d == null || d.conflict.isEmpty()) {
            return;
        }
        String anchor = null;
        List<String> there = theirOrder.get(key(o.sectionId()));
        if (there != null && !o.deleted()) {
            for (int k = there.indexOf(o.id()) - 1; k >= 0; k--) {
                ParagraphRow r = result.get(there.get(k));
                if (r != null && !r.deleted()) {
                    anchor = r.id();
                    break;
                }
            }
        }
        for (Aspect a : d.conflict) {
            out.add(new Conflict(
                    o.id(),
                    a,
                    mine.paragraphs().get(o.id()),
                    o,
                    theirs.touched().last(o.id()),
                    theirs.touched().uids(o.id()),
                    anchor,
                    o.sectionId()));
        }
    }

    private static String differing(String mine, String theirs) {
        return Objects.equals(mine, theirs) ? null : theirs;
    }

    /** The other copy's title (or symbol) when its change of it is the later one; null to keep this copy's. */
    private static String later(Side mine, Side theirs, TitleField field) {
        String m = field == TitleField.TITLE ? mine.title() : mine.symbol();
        String t = field == TitleField.TITLE ? theirs.title() : theirs.symbol();
        if (Objects.equals(m, t)) {
            return null;
        }
        AmendmentRow lastTheirs = theirs.touched().lastTitle(field);
        AmendmentRow lastMine = mine.touched().lastTitle(field);
        return lastTheirs != null && (lastMine == null || isLater(lastTheirs, lastMine)) ? t : null;
    }

    /** The later of two changes; the same instant is decided by uid, so that both copies decide alike. */
    static boolean isLater(AmendmentRow a, AmendmentRow b) {
        int byTime = a.updated().compareTo(b.updated());
        return byTime != 0 ? byTime > 0 : a.uid().compareTo(b.uid()) > 0;
    }
}
