package org.penholder.coverage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.penholder.model.Uptake;
import org.penholder.store.CoverageStore;

/**
 * Counts a text's (paragraph, input) pairs into the figures of coverage. Groups, paragraphs and
 * sections are numbered once, so the 20,000 pairs of a large project are counted in arrays rather
 * than in nested maps.
 */
final class CoverageTally {

    private final List<String> groupNames = new ArrayList<>();
    private final Map<Long, Integer> groupOfInput = new HashMap<>();
    private final List<ScopeParagraph> paragraphs;
    private final Map<String, Integer> paragraphIndex = new HashMap<>();
    private final List<String> sectionIds = new ArrayList<>();
    private final int[] sectionOfParagraph;
    private final int[][] byParagraph;
    private final int[][] bySection;
    private final Set<Long> seenInSection = new HashSet<>();
    private final Map<Long, Integer> paragraphsOfInput = new HashMap<>();

    /**
     * @param groups      the stakeholder groups in list order
     * @param inputGroups every input's group id (null for none)
     * @param paragraphs  the text's paragraphs in reading order
     */
    CoverageTally(List<CoverageStore.ListEntry> groups, Map<Long, Long> inputGroups, List<ScopeParagraph> paragraphs) {
        Map<Long, Integer> groupIndex = new HashMap<>();
        for (CoverageStore.ListEntry g : groups) {
            groupIndex.put(g.id(), groupNames.size());
            groupNames.add(g.name());
        }
        int none = groupNames.size();
        groupNames.add(Uptake.NO_GROUP);
        inputGroups.forEach(
                (input, group) -> groupOfInput.put(input, group == null ? none : groupIndex.getOrDefault(group, none)));
        this.paragraphs = paragraphs;
        this.sectionOfParagraph = new int[paragraphs.size()];
        Map<String, Integer> sectionIndex = new HashMap<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            ScopeParagraph p = paragraphs.get(i);
            paragraphIndex.put(p.id(), i);
            sectionOfParagraph[i] = sectionIndex.computeIfAbsent(p.sectionId(), id -> {
                sectionIds.add(id);
                return sectionIds.size() - 1;
            });
        }
        this.byParagraph = new int[paragraphs.size()][groupNames.size()];
        this.bySection = new int[sectionIds.size()][groupNames.size()];
    }

    /** Counts one distinct (paragraph, input) pair. */
    void add(CoverageStore.LinkPair pair) {
        Integer p = paragraphIndex.get(pair.paragraphId());
        if (p == null) {
            return;
        }
        int g = groupOfInput.getOrDefault(pair.inputId(), groupNames.size() - 1);
        byParagraph[p][g]++;
        int s = sectionOfParagraph[p];
        // an input drawn on by two paragraphs of a section counts once in the section
        if (seenInSection.add(((long) s << 40) | pair.inputId())) {
            bySection[s][g]++;
        }
        paragraphsOfInput.merge(pair.inputId(), 1, Integer::sum);
    }

    /** Inputs drawn on, with the number of paragraphs drawing on each. */
    Map<Long, Integer> paragraphsOfInput() {
        return paragraphsOfInput;
    }

    /** Every input of the project. */
    Set<Long> inputs() {
        return groupOfInput.keySet();
    }

    /** Uptake of each group in list order, then of inputs without a group when there are any. */
    List<Uptake> groups() {
        long[] inputs = new long[groupNames.size()];
        long[] reflected = new long[groupNames.size()];
        groupOfInput.forEach((input, g) -> {
            inputs[g]++;
            if (paragraphsOfInput.containsKey(input)) {
                reflected[g]++;
            }
        });
        List<Uptake> out = new ArrayList<>();
        for (int g = 0; g < groupNames.size(); g++) {
            if (g < groupNames.size() - 1 || inputs[g] > 0) {
                out.add(new Uptake(groupNames.get(g), inputs[g], reflected[g]));
            }
        }
        return out;
    }

    /** Uptake of a set of inputs. */
    Uptake uptake(String name, Set<Long> inputs) {
        long n = 0;
        for (Long input : inputs) {
            if (paragraphsOfInput.containsKey(input)) {
                n++;
            }
        }
        return new Uptake(name, inputs.size(), n);
    }

    /** The groups that appear among the sources of some paragraph, in list order. */
    List<String> sourceGroups() {
        List<String> out = new ArrayList<>();
        for (int g = 0; g < groupNames.size(); g++) {
            for (int[] counts : byParagraph) {
                if (counts[g] > 0) {
                    out.add(groupNames.get(g));
                    break;
                }
            }
        }
        return out;
    }

    List<ParagraphSources> paragraphSources() {
        List<ParagraphSources> out = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            out.add(new ParagraphSources(paragraphs.get(i), named(byParagraph[i])));
        }
        return out;
    }

    List<SectionSources> sectionSources() {
        List<SectionSources> out = new ArrayList<>();
        int[] sizes = new int[sectionIds.size()];
        String[] titles = new String[sectionIds.size()];
        for (int i = 0; i < paragraphs.size(); i++) {
            sizes[sectionOfParagraph[i]]++;
            titles[sectionOfParagraph[i]] = paragraphs.get(i).sectionTitle();
        }
        for (int s = 0; s < sectionIds.size(); s++) {
            out.add(new SectionSources(sectionIds.get(s), titles[s], sizes[s], named(bySection[s])));
        }
        return out;
    }

    private Map<String, Integer> named(int[] counts) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int g = 0; g < counts.length; g++) {
            if (counts[g] > 0) {
                out.put(groupNames.get(g), counts[g]);
            }
        }
        return out;
    }
}
