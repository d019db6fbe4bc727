package org.penholder.agreed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.penholder.history.RevisionService;
import org.penholder.model.AdoptedParagraph;
import org.penholder.model.AdoptedText;
import org.penholder.store.AgreedStore;

/**
 * Traces the draft's paragraphs to the adopted texts whose wording they reuse (docs/adr/0150).
 * Keeps the library's index in memory and builds it again when the library has changed since.
 */
public final class AgreedTracer {

    private final AgreedStore store;
    private final RevisionService revisions;
    private volatile AgreedTracing current;

    public AgreedTracer(AgreedStore store, RevisionService revisions) {
        this.store = store;
        this.revisions = revisions;
    }

    /**
     * The library as it stands, ready to trace against (built from the project file when the library
     * changed; run where the project is read, e.g. on the window's project thread). The result
     * traces without touching the project file.
     */
    public synchronized AgreedTracing tracing() {
        AgreedTracing t = current;
        if (t != null && t.version().equals(store.version())) {
            return t;
        }
        return build(read());
    }

    /** The library as stored, read to build an index from (quick; where the project is read). */
    public record Library(
            String version, Map<Long, AdoptedText> texts, List<AdoptedParagraph> paragraphs, List<String> languages) {}

    /** The library read from the project file, or null when the index built last is still current. */
    public Library readIfChanged() {
        AgreedTracing t = current;
        return t != null && t.version().equals(store.version()) ? null : read();
    }

    private Library read() {
        String version = store.version();
        Map<Long, AdoptedText> texts = new HashMap<>();
        for (AdoptedText text : store.texts()) {
            texts.put(text.id(), text);
        }
        List<AdoptedParagraph> paragraphs = new ArrayList<>();
        List<String> languages = new ArrayList<>();
        store.eachParagraph((p, language) -> {
            paragraphs.add(p);
            languages.add(language);
        });
        return new Library(version, texts, paragraphs, languages);
    }

    /**
     * Builds the index of a library read by {@link #readIfChanged} (the long part: any thread, e.g.
     * off the window's project thread) and keeps it for {@link #tracing}.
     */
    public AgreedTracing build(Library library) {
        AgreedIndex.Builder builder = new AgreedIndex.Builder();
        for (int k = 0; k < library.paragraphs().size(); k++) {
            builder.add(library.paragraphs().get(k), library.languages().get(k));
        }
        AgreedTracing built = new AgreedTracing(builder.build(library.version()), library.texts());
        synchronized (this) {
            current = built;
        }
        return built;
    }

    /** True when the project holds no adopted text. */
    public boolean libraryIsEmpty() {
        return store.countTexts() == 0;
    }

    /** Traces every paragraph of the working draft ({@code current}) or of a revision. */
    public List<ParagraphTrace> trace(String version) {
        return tracing().trace(revisions.version(version));
    }

    /** Traces one paragraph's text (as it is being typed, say). */
    public ParagraphTrace trace(String paragraphId, String label, String text) {
        return tracing().trace(paragraphId, label, text);
    }
}
