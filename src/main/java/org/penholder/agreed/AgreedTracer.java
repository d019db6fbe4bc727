package org.penholder.agreed;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.penholder.history.RevisionService;
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
        String version = store.version();
        AgreedTracing t = current;
        if (t != null && t.version().equals(version)) {
            return t;
        }
        Map<Long, AdoptedText> texts = new HashMap<>();
        for (AdoptedText text : store.texts()) {
            texts.put(text.id(), text);
        }
        AgreedIndex.Builder builder = new AgreedIndex.Builder();
        store.eachParagraph((p, language) -> builder.add(p, language));
        current = new AgreedTracing(builder.build(version), texts);
        return current;
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
