package org.penholder.adopted;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.penholder.adopted.AdoptedParagraphs.Piece;
import org.penholder.docx.Progress;
import org.penholder.ingest.InputImporter;
import org.penholder.ingest.UnreadableFileException;
import org.penholder.model.AdoptedText;
import org.penholder.store.AgreedStore;
import org.penholder.store.Database;
import org.penholder.store.InputStore;
import org.penholder.text.Phrase;

/**
 * Imports adopted texts into the project's library: files or folders, each file whole or not at all
 * (a file that cannot be read is skipped with its reason, the others go in). A text the library
 * already holds (the same paragraphs) is reported, not stored twice.
 */
public final class AgreedLibrary {

    /** How long reading one file may take before it is given up. */
    public static final Duration TIME_LIMIT = Duration.ofSeconds(60);

    private final Database db;
    private final AgreedStore store;
    private final Duration timeLimit;

    public AgreedLibrary(Database db, AgreedStore store) {
        this(db, store, TIME_LIMIT);
    }

    public AgreedLibrary(Database db, AgreedStore store, Duration timeLimit) {
        this.db = db;
        this.store = store;
        this.timeLimit = timeLimit;
    }

    /** The adopted texts of the library. */
    public List<AdoptedText> texts() {
        return store.texts();
    }

    /** The numbered paragraphs of an adopted text, in order. */
    public List<org.penholder.model.AdoptedParagraph> paragraphs(long textId) {
        return store.paragraphs(textId);
    }

    /** A paragraph found by a search, with its text; the better the match, the higher the score. */
    public record Hit(AdoptedText text, org.penholder.model.AdoptedParagraph paragraph, double score) {}

    /** Paragraphs of the library matching a search (every word; {@code prefix*} and phrases too), best first. */
    public List<Hit> search(org.penholder.model.SearchQuery query, int limit) {
        return store.search(query, limit).stream()
                .map(h -> new Hit(h.text(), h.paragraph(), h.score()))
                .toList();
    }

    /**
     * Takes a text out of the library, with its paragraphs and the citations of them, as a command:
     * Undo puts them back as they were, ids and all.
     */
    public org.penholder.draft.Command remove(AdoptedText text) {
        org.penholder.store.RemovedRows[] removed = {store.take(text.id())};
        return org.penholder.draft.Command.of(
                Phrase.of("command.removeAdoptedText", text.name()),
                () -> store.putBack(text.id(), removed[0]),
                () -> removed[0] = store.take(text.id()));
    }

    /**
     * The texts an import just brought into the library, as one command: Undo takes them out (their
     * paragraphs and any citation of them since), Redo puts them back as they were; null when it
     * brought none.
     */
    public org.penholder.draft.Command imported(Report report) {
        List<AdoptedText> texts = report.imported().stream().map(Imported::text).toList();
        if (texts.isEmpty()) {
            return null;
        }
        List<org.penholder.store.RemovedRows> removed = new ArrayList<>();
        return org.penholder.draft.Command.of(
                texts.size() == 1
                        ? Phrase.of(
                                "command.importAdoptedText", texts.getFirst().name())
                        : Phrase.of("command.importAdoptedTexts", texts.size()),
                () -> db.run(() -> {
                    removed.clear();
                    for (AdoptedText t : texts) {
                        removed.add(store.take(t.id()));
                    }
                }),
                () -> db.run(() -> {
                    for (int i = 0; i < texts.size(); i++) {
                        store.putBack(texts.get(i).id(), removed.get(i));
                    }
                }));
    }

    /**
     * What the person says of the texts imported; blank values are taken from the file (its
     * masthead, else its name).
     */
    public record Details(String symbol, String title, LocalDate date, String importedBy) {
        public static final Details NONE = new Details(null, null, null, null);
    }

    /** A text imported, with what the reader had to guess (said in the reader's language). */
    public record Imported(Path file, AdoptedText text, List<Phrase> warnings) {}

    /** A file whose text the library already held. */
    public record Duplicate(Path file, AdoptedText existing) {}

    /** A file left out, and why. */
    public record Skipped(Path file, Phrase why) {

        /** Why, in English (the command line). */
        public String reason() {
            return why.english();
        }
    }

    /** What an import did. */
    public record Report(List<Imported> imported, List<Duplicate> duplicates, List<Skipped> skipped, boolean stopped) {

        /** One line: "2 adopted texts imported (143 paragraphs), 1 already in the library, 1 skipped". */
        public String summary() {
            return said().english();
        }

        /** The same line, to be said in the reader's language. */
        public Phrase said() {
            int paragraphs =
                    imported.stream().mapToInt(i -> i.text().paragraphs()).sum();
            Phrase b = Phrase.of("agreed.summary.imported", imported.size(), paragraphs);
            if (!duplicates.isEmpty()) {
                b = Phrase.of("agreed.summary.already", b, duplicates.size());
            }
            if (!skipped.isEmpty()) {
                b = Phrase.of("import.summary.skipped", b, skipped.size());
            }
            if (stopped) {
                b = Phrase.of("agreed.summary.stopped", b);
            }
            return b;
        }

        /** True when any file was read (imported, or found already there). */
        public boolean anythingRead() {
            return !imported.isEmpty() || !duplicates.isEmpty();
        }
    }

    /** Imports on the calling thread, without progress or cancel. */
    public Report importFiles(List<Path> paths, Details details) {
        return importFiles(paths, details, (d, t, f) -> {}, () -> false, Runnable::run);
    }

    /**
     * Imports files and folders (folders recursively). {@code cancelled} is asked before each file
     * and while a Word file is read; what was imported before a cancel is kept. Each file's write
     * runs through {@code writes} (the window's project thread).
     */
    public Report importFiles(
            List<Path> paths,
            Details details,
            InputImporter.Progress progress,
            BooleanSupplier cancelled,
            InputImporter.Writes writes) {
        List<Imported> imported = new ArrayList<>();
        List<Duplicate> duplicates = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        List<Path> files = expand(paths, skipped);
        int total = files.size() + skipped.size();
        int done = skipped.size();
        boolean stopped = false;
        ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "agreed-reader");
            t.setDaemon(true); // a reader stuck in a hostile file must not keep Penholder alive
            return t;
        });
        Progress wordProgress = new Progress() {
            @Override
            public void update(long d, long t, String message) {}

            @Override
            public boolean isCancelled() {
                return cancelled.getAsBoolean();
            }
        };
        try {
            for (Path file : files) {
                if (cancelled.getAsBoolean()) {
                    stopped = true;
                    break;
                }
                Future<AdoptedTextFile> reading = reader.submit(() -> AdoptedTextReader.read(file, wordProgress));
                AdoptedTextFile read;
                try {
                    read = reading.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    reading.cancel(true);
                    skipped.add(
                            new Skipped(file, Phrase.of("unreadable.tooSlow", String.valueOf(timeLimit.toSeconds()))));
                    progress.update(++done, total, file);
                    continue;
                } catch (ExecutionException e) {
                    if (cancelled.getAsBoolean()) {
                        stopped = true;
                        break;
                    }
                    skipped.add(new Skipped(file, reasonOf(e.getCause())));
                    progress.update(++done, total, file);
                    continue;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    stopped = true;
                    break;
                }
                try {
                    writes.run(() -> store(read, details, imported, duplicates));
                } catch (RuntimeException e) {
                    skipped.add(new Skipped(file, Phrase.of("unreadable.notWritten", String.valueOf(e.getMessage()))));
                }
                progress.update(++done, total, file);
            }
        } finally {
            reader.shutdownNow();
        }
        return new Report(imported, duplicates, skipped, stopped);
    }

    private void store(AdoptedTextFile read, Details details, List<Imported> imported, List<Duplicate> duplicates) {
        String sha = sha256(read.paragraphs());
        db.run(() -> {
            Optional<AdoptedText> existing = store.withSha256(sha);
            if (existing.isPresent()) {
                duplicates.add(new Duplicate(read.file(), existing.get()));
                return;
            }
            String symbol = firstNonBlank(details.symbol(), read.symbol(), "");
            String title = firstNonBlank(details.title(), read.title(), stem(read.file()));
            LocalDate date = details.date() != null ? details.date() : read.date();
            List<AgreedStore.NewParagraph> paragraphs = read.paragraphs().stream()
                    .map(p -> new AgreedStore.NewParagraph(p.kind(), p.number(), p.text()))
                    .toList();
            long id = store.add(
                    new AgreedStore.NewText(
                            symbol.strip(),
                            title.strip(),
                            date,
                            read.language(),
                            read.file().toAbsolutePath().toString(),
                            sha,
                            details.importedBy()),
                    paragraphs);
            imported.add(new Imported(read.file(), store.text(id).orElseThrow(), read.warnings()));
        });
    }

    /** The content hash of a text: its paragraphs' numbers and words, so that the same text read twice is one. */
    static String sha256(List<Piece> paragraphs) {
        StringBuilder b = new StringBuilder();
        for (Piece p : paragraphs) {
            b.append(p.number()).append('\t').append(p.text()).append('\n');
        }
        return InputStore.sha256(b.toString());
    }

    private static Phrase reasonOf(Throwable e) {
        if (e instanceof UnreadableFileException u) {
            return u.reasonSaid();
        }
        if (e instanceof OutOfMemoryError) {
            return Phrase.of("unreadable.noMemory");
        }
        if (e instanceof StackOverflowError) {
            return Phrase.of("unreadable.tooDeep");
        }
        return Phrase.of(
                "unreadable.couldNotRead", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "";
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The files to import, in a stable order; folders are walked, what cannot be imported is noted. */
    static List<Path> expand(List<Path> paths, List<Skipped> skipped) {
        Set<Path> files = new LinkedHashSet<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                        String name = f.getFileName().toString();
                        if (AdoptedTextReader.isCandidate(f)) {
                            files.add(f);
                        } else if (!name.startsWith(".") && !name.startsWith("~$")) {
                            skipped.add(new Skipped(f, Phrase.of("unreadable.notAnAdoptedText")));
                        }
                    }
                } catch (IOException | UncheckedIOException e) {
                    skipped.add(new Skipped(p, Phrase.of("unreadable.notListed", String.valueOf(e.getMessage()))));
                }
            } else if (!Files.exists(p)) {
                skipped.add(new Skipped(p, Phrase.of("unreadable.missing")));
            } else {
                files.add(p);
            }
        }
        return new ArrayList<>(files);
    }
}
