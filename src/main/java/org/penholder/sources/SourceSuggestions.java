package org.penholder.sources;

import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.penholder.model.Input;
import org.penholder.model.InputFilter;
import org.penholder.model.LanguageDetector;
import org.penholder.model.Link;
import org.penholder.model.SearchHit;
import org.penholder.model.SearchQuery;
import org.penholder.store.DraftStore;
import org.penholder.store.InputIndex;
import org.penholder.store.InputStore;
import org.penholder.store.LinkStore;

/**
 * Inputs a paragraph might draw on and does not yet: the inputs whose text best matches the
 * paragraph's words (BM25 over the full-text index), each with its best-matching sentence, which
 * can be linked as it is.
 */
public final class SourceSuggestions {

    /** Words of a paragraph put to the index at most; the longest ones, which say the most. */
    private static final int MAX_WORDS = 20;
    /** How many of the paragraph's rarest words go into the query. */
    static final int TELLING_WORDS = 10;

    private final DraftStore drafts;
    private final InputStore inputs;
    private final InputIndex index;
    private final LinkStore links;

    public SourceSuggestions(DraftStore drafts, InputStore inputs, InputIndex index, LinkStore links) {
        this.drafts = drafts;
        this.inputs = inputs;
        this.index = index;
        this.links = links;
    }

    /** A suggested passage: [start, end) of the input's text; {@code highlights} are offsets inside the passage. */
    public record Suggestion(Input input, int start, int end, String passage, List<int[]> highlights, double score) {}

    /** Up to {@code limit} inputs not yet linked to the paragraph that best match its text. */
    public List<Suggestion> suggest(String paragraphId, int limit) {
        String text = drafts.paragraph(paragraphId).map(p -> p.text()).orElse("");
        List<String> words = index.rarest(
                queryWords(text).stream().map(SourceSuggestions::fold).toList(), TELLING_WORDS);
        if (words.isEmpty()) {
            return List.of();
        }
        Set<Long> linked = new HashSet<>();
        for (Link l : links.ofParagraph(paragraphId)) {
            linked.add(l.inputId());
        }
        List<Suggestion> out = new ArrayList<>();
        for (SearchHit hit : index.search(SearchQuery.anyOf(words), InputFilter.ALL, limit + linked.size())) {
            if (linked.contains(hit.input().id()) || out.size() >= limit) {
                continue;
            }
            out.add(bestSentence(hit, inputs.text(hit.input().id()), words));
        }
        return out;
    }

    /** The paragraph's telling words: no stopwords, no short words, the longest first. */
    static List<String> queryWords(String text) {
        String lang = LanguageDetector.detect(text).orElse("en");
        Set<String> stop = new HashSet<>(LanguageDetector.stopwords("en"));
        stop.addAll(LanguageDetector.stopwords(lang));
        Set<String> words = new LinkedHashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.codePointCount(0, w.length()) >= 4 && !stop.contains(w)) {
                words.add(w);
            }
        }
        return words.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .limit(MAX_WORDS)
                .toList();
    }

    private static Suggestion bestSentence(SearchHit hit, String text, List<String> words) {
        Set<String> wanted = new HashSet<>();
        for (String w : words) {
            wanted.add(fold(w));
        }
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.forLanguageTag(
                hit.input().language() == null ? "en" : hit.input().language()));
        sentences.setText(text);
        int bestStart = 0;
        int bestEnd = Math.min(text.length(), 300);
        int bestScore = -1;
        for (int start = sentences.first(), end = sentences.next();
                end != BreakIterator.DONE;
                start = end, end = sentences.next()) {
            Set<String> found = new HashSet<>();
            for (int[] w : wordsIn(text, start, end)) {
                String f = fold(text.substring(w[0], w[1]));
                if (wanted.contains(f)) {
                    found.add(f);
                }
            }
            if (found.size() > bestScore) {
                bestScore = found.size();
                bestStart = start;
                bestEnd = end;
            }
        }
        while (bestEnd > bestStart && Character.isWhitespace(text.charAt(bestEnd - 1))) {
            bestEnd--;
        }
        while (bestStart < bestEnd && Character.isWhitespace(text.charAt(bestStart))) {
            bestStart++;
        }
        String passage = text.substring(bestStart, bestEnd);
        List<int[]> highlights = new ArrayList<>();
        for (int[] w : wordsIn(passage, 0, passage.length())) {
            if (wanted.contains(fold(passage.substring(w[0], w[1])))) {
                highlights.add(w);
            }
        }
        return new Suggestion(hit.input(), bestStart, bestEnd, passage, highlights, hit.score());
    }

    /** [start, end) of each word between {@code from} and {@code to}. */
    private static List<int[]> wordsIn(String text, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            while (i < to && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < to && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (i > s) {
                out.add(new int[] {s, i});
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

    private static String fold(String w) {
        String lower = w.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            if (lower.charAt(i) >= 0x80) {
                return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD))
                        .replaceAll("");
            }
        }
        return lower; // plain ASCII has no accents to take off
    }
}
