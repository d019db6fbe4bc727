package org.penholder.ui.agreed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.penholder.agreed.AgreedSource;
import org.penholder.agreed.AgreedTracing;
import org.penholder.agreed.ParagraphTrace;
import org.penholder.ui.ProjectSession;
import org.penholder.ui.common.Messages;

/**
 * Where the draft's paragraphs come from in the adopted texts, as the window shows it: every
 * paragraph traced when the draft is shown, one paragraph again as it is typed. Tracing runs on the
 * project's thread ({@link ProjectSession#read}); what it finds comes back on the UI thread. Knows
 * no JavaFX nodes, so it is tested without them.
 *
 * <p>A paragraph <em>built on</em> agreed language is one whose best source covers at least
 * {@link #BUILT_ON} of its words; when an edit takes it below that, the paragraph is noted as no
 * longer matching that source.
 */
public final class DraftTracing {

    /** The share of its words a paragraph must take from one adopted paragraph to be built on it. */
    public static final double BUILT_ON = 0.5;

    /** A paragraph to trace: its id, its label and its text. */
    public record Paragraph(String id, String label, String text) {}

    /** Where the index of the library is built, off the UI thread and the project's. */
    private static final java.util.concurrent.Executor BUILDER =
            java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "agreed-index");
                t.setDaemon(true);
                return t;
            });

    private final ProjectSession session;
    private final Map<String, ParagraphTrace> traces = new HashMap<>();
    /** The source each paragraph was seen built on, kept when edits take it away. */
    private final Map<String, AgreedSource> builtOn = new HashMap<>();

    private final List<Consumer<String>> listeners = new ArrayList<>();
    private final Map<String, Long> requests = new HashMap<>();
    private long request;
    private long allRequest;
    private boolean hasLibrary;

    public DraftTracing(ProjectSession session) {
        this.session = session;
    }

    /** Hears which paragraph's trace changed (null: all of them), on the UI thread. */
    public void addListener(Consumer<String> listener) {
        listeners.add(listener);
    }

    /** Traces every paragraph given (the draft as shown); completes once the result is shown. */
    public CompletableFuture<Void> traceAll(List<Paragraph> paragraphs) {
        long mine = ++allRequest;
        var tracer = session.project().agreedTracer();
        // the library is read on the project's thread; its index (seconds for a large library) is
        // built beside it, so that typing is written meanwhile; then the draft is traced there
        return session.read(tracer::readIfChanged)
                .thenApplyAsync(library -> library == null ? null : tracer.build(library), BUILDER)
                .thenCompose(x -> session.read(() -> {
                    if (session.project().agreedTracer().libraryIsEmpty()) {
                        return (Map<String, ParagraphTrace>) null;
                    }
                    AgreedTracing tracing = session.project().agreedTracer().tracing();
                    Map<String, ParagraphTrace> out = new HashMap<>();
                    for (Paragraph p : paragraphs) {
                        out.put(p.id(), tracing.trace(p.id(), p.label(), p.text()));
                    }
                    return out;
                }))
                .thenAccept(found -> session.onUi(() -> {
                    if (mine != allRequest) {
                        return;
                    }
                    hasLibrary = found != null;
                    traces.clear();
                    if (found != null) {
                        found.values().forEach(this::remember);
                    }
                    listeners.forEach(l -> l.accept(null));
                }));
    }

    /** Traces one paragraph again (its text changed); completes once the result is shown. */
    public CompletableFuture<Void> traceOne(Paragraph p) {
        long mine = ++request;
        requests.put(p.id(), mine);
        return session.read(() -> session.project().agreedTracer().libraryIsEmpty()
                        ? null
                        : session.project().agreedTracer().trace(p.id(), p.label(), p.text()))
                .thenAccept(t -> session.onUi(() -> {
                    if (t == null || requests.getOrDefault(p.id(), 0L) != mine) {
                        return;
                    }
                    hasLibrary = true;
                    remember(t);
                    listeners.forEach(l -> l.accept(p.id()));
                }));
    }

    private void remember(ParagraphTrace t) {
        traces.put(t.paragraphId(), t);
        if (!t.sources().isEmpty() && t.sources().getFirst().share() >= BUILT_ON) {
            builtOn.put(t.paragraphId(), t.sources().getFirst());
        }
    }

    /** True once a trace has found the project to have adopted texts. */
    public boolean hasLibrary() {
        return hasLibrary;
    }

    /** The latest trace of a paragraph, if it has been traced. */
    public Optional<ParagraphTrace> trace(String paragraphId) {
        return Optional.ofNullable(traces.get(paragraphId));
    }

    /** True when the paragraph is built on agreed language: its best source covers at least half its words. */
    public boolean isBuiltOnAgreedLanguage(String paragraphId) {
        ParagraphTrace t = traces.get(paragraphId);
        return t != null && !t.sources().isEmpty() && t.sources().getFirst().share() >= BUILT_ON;
    }

    /** "Agreed language: A/RES/70/125, para. 9 (84%)", one line per source; empty without sources. */
    public List<String> summary(String paragraphId) {
        ParagraphTrace t = traces.get(paragraphId);
        if (t == null) {
            return List.of();
        }
        return t.sources().stream()
                .map(s -> Messages.get("agreed.draftTracing.citation", s.citation(), s.percent()))
                .toList();
    }

    /**
     * "No longer matches A/RES/70/125, para. 9" when the paragraph was built on that adopted
     * paragraph and an edit has taken it away; empty otherwise.
     */
    public Optional<String> lostSource(String paragraphId) {
        AgreedSource was = builtOn.get(paragraphId);
        ParagraphTrace now = traces.get(paragraphId);
        if (was == null || now == null) {
            return Optional.empty();
        }
        for (AgreedSource s : now.sources()) {
            if (s.paragraph().id() == was.paragraph().id() && s.share() >= BUILT_ON) {
                return Optional.empty();
            }
        }
        return Optional.of(Messages.get("agreed.draftTracing.noLongerMatches", was.citation()));
    }

    /** The source a paragraph was built on when it was last seen matching one. */
    public Optional<AgreedSource> builtOn(String paragraphId) {
        return Optional.ofNullable(builtOn.get(paragraphId));
    }
}
