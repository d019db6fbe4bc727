package org.penholder.agreed;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.penholder.history.DocumentVersion;
import org.penholder.model.AdoptedParagraph;
import org.penholder.model.AdoptedText;
import org.penholder.model.LanguageDetector;

/**
 * The library of adopted texts as it stood when this was made, ready to trace paragraphs against:
 * tracing reads nothing from the project file, so it may run on any thread, and several threads
 * may trace at once (each with scratch space of its own).
 */
public final class AgreedTracing {

    /** Sources listed per paragraph at most (a paragraph repeated in every year's resolution has many). */
    public static final int MAX_SOURCES = 10;

    private final AgreedIndex index;
    private final Map<Long, AdoptedText> texts;
    private final ThreadLocal<ReuseFinder> finders;
    private final ThreadLocal<AgreedWords> words = ThreadLocal.withInitial(AgreedWords::new);

    AgreedTracing(AgreedIndex index, Map<Long, AdoptedText> texts) {
        this.index = index;
        this.texts = Map.copyOf(texts);
        this.finders = ThreadLocal.withInitial(() -> new ReuseFinder(index));
    }

    /** The mark of the library this tracing was made from. */
    String version() {
        return index.version();
    }

    /** How many adopted paragraphs it traces against. */
    public int paragraphs() {
        return index.size();
    }

    /** Memory it holds, roughly, in bytes. */
    public long bytes() {
        return index.bytes();
    }

    /** Traces every paragraph of a version of the draft (the working draft or a revision). */
    public List<ParagraphTrace> trace(DocumentVersion version) {
        List<ParagraphTrace> out = new ArrayList<>();
        for (DocumentVersion.Block b : version.paragraphs()) {
            out.add(trace(b.id(), b.label(), b.text()));
        }
        return out;
    }

    /** Traces one paragraph's text. */
    public ParagraphTrace trace(String paragraphId, String label, String text) {
        String language = languageOf(text);
        AgreedWords.Tokens tokens = words.get().of(text, language);
        int m = tokens.size();
        List<ReuseFinder.Found> found = finders.get().find(index.ids(tokens), tokens.content());
        boolean[] covered = new boolean[m];
        for (ReuseFinder.Found f : found) {
            for (ReuseFinder.Tile t : f.tiles()) {
                for (int k = 0; k < t.length(); k++) {
                    covered[t.at() + k] = true;
                }
            }
        }
        // most reused first, then the oldest text (where the wording was first agreed); spans are
        // worked out for the sources listed only
        List<ReuseFinder.Found> ranked = new ArrayList<>(found);
        ranked.sort(Comparator.comparingInt(ReuseFinder.Found::words)
                .reversed()
                .thenComparing(f -> textOf(f).date(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(f -> textOf(f).id())
                .thenComparingInt(f -> index.paragraph(f.paragraph()).ordinal()));
        List<AgreedSource> sources = new ArrayList<>();
        for (ReuseFinder.Found f : ranked.subList(0, Math.min(MAX_SOURCES, ranked.size()))) {
            sources.add(source(f, text, tokens, m));
        }
        int agreed = 0;
        for (boolean c : covered) {
            if (c) {
                agreed++;
            }
        }
        return new ParagraphTrace(paragraphId, label, text, m, m == 0 ? 0 : (double) agreed / m, sources);
    }

    private AdoptedText textOf(ReuseFinder.Found f) {
        return texts.get(index.paragraph(f.paragraph()).textId());
    }

    private AgreedSource source(ReuseFinder.Found f, String text, AgreedWords.Tokens tokens, int m) {
        AdoptedParagraph p = index.paragraph(f.paragraph());
        AgreedWords.Tokens theirs = words.get().of(p.text(), index.language(f.paragraph()));
        List<ReuseFinder.Tile> byPlace = new ArrayList<>(f.tiles());
        byPlace.sort(Comparator.comparingInt(ReuseFinder.Tile::at));
        List<AgreedSource.Span> spans = new ArrayList<>();
        int from = -1;
        int to = -1;
        for (ReuseFinder.Tile t : byPlace) {
            if (t.at() != to) {
                add(spans, text, tokens, from, to);
                from = t.at();
            }
            to = t.at() + t.length();
        }
        add(spans, text, tokens, from, to);
        List<ReuseFinder.Tile> bySource = new ArrayList<>(f.tiles());
        bySource.sort(Comparator.comparingInt(ReuseFinder.Tile::sourceAt));
        List<AgreedSource.Span> sourceSpans = new ArrayList<>();
        from = -1;
        to = -1;
        for (ReuseFinder.Tile t : bySource) {
            if (t.sourceAt() != to) {
                add(sourceSpans, p.text(), theirs, from, to);
                from = t.sourceAt();
            }
            to = t.sourceAt() + t.length();
        }
        add(sourceSpans, p.text(), theirs, from, to);
        return new AgreedSource(texts.get(p.textId()), p, (double) f.words() / m, spans, sourceSpans);
    }

    private static void add(List<AgreedSource.Span> out, String text, AgreedWords.Tokens t, int from, int to) {
        if (from < 0 || to <= from) {
            return;
        }
        int start = t.starts()[from];
        int end = t.ends()[to - 1];
        out.add(new AgreedSource.Span(start, end, text.substring(start, end)));
    }

    /** The stemmer's language for a paragraph: its own when the library has texts in it, else the library's. */
    private String languageOf(String text) {
        String main = index.mainLanguage();
        if (index.languages() <= 1) {
            return AgreedWords.stems(main) ? main : null; // one language in the library: nothing to choose
        }
        String detected = LanguageDetector.detect(text).orElse(null);
        if (detected != null && !detected.equals(main) && AgreedWords.stems(detected) && index.hasLanguage(detected)) {
            return detected;
        }
        return AgreedWords.stems(main) ? main : null;
    }
}
