package org.penholder.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
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
import org.penholder.model.LanguageDetector;
import org.penholder.model.Stakeholder;
import org.penholder.model.Tag;
import org.penholder.store.Database;
import org.penholder.store.InputIndex;
import org.penholder.store.InputStore;
import org.penholder.store.StakeholderStore;
import org.penholder.store.TagStore;
import org.penholder.store.WriteFailedException;
import org.penholder.text.Phrase;

/**
 * Imports files as stakeholder inputs: one file or whole folders (recursively). Each file goes in
 * its own transaction, so a file that cannot be read is skipped with its reason and the others go
 * in; nothing already in the project is touched. Files are read a few at a time in the background
 * (reading is the slow part), each within a time limit, and written one by one in their order.
 */
public final class InputImporter {

    /** How long reading one file may take before it is given up. */
    public static final Duration TIME_LIMIT = Duration.ofSeconds(60);

    /** Reads a file into an input's text (by default {@link InputFiles#read}). */
    @FunctionalInterface
    public interface FileReader {
        String read(Path file) throws UnreadableFileException;
    }

    /** Runs a write to the project where the project's writes belong (the window's project thread). */
    @FunctionalInterface
    public interface Writes {
        void run(Runnable write);
    }

    /** Hears how far an import has come. */
    @FunctionalInterface
    public interface Progress {
        /** {@code done} of {@code total} files handled; {@code current} is the file just handled. */
        void update(int done, int total, Path current);
    }

    private final Database db;
    private final InputStore inputs;
    private final StakeholderStore stakeholders;
    private final TagStore tags;
    private final NearDuplicates nearDuplicates;
    private final FileReader reader;
    private final Duration timeLimit;

    public InputImporter(
            Database db, InputStore inputs, InputIndex index, StakeholderStore stakeholders, TagStore tags) {
        this(db, inputs, index, stakeholders, tags, InputFiles::read, TIME_LIMIT);
    }

    public InputImporter(
            Database db,
            InputStore inputs,
            InputIndex index,
            StakeholderStore stakeholders,
            TagStore tags,
            FileReader reader,
            Duration timeLimit) {
        this.db = db;
        this.inputs = inputs;
        this.stakeholders = stakeholders;
        this.tags = tags;
        this.nearDuplicates = new NearDuplicates(inputs, index);
        this.reader = reader;
        this.timeLimit = timeLimit;
    }

    /** Imports files and folders on the calling thread; see {@link #importFiles(List, ImportDetails, Progress, BooleanSupplier, Writes)}. */
    public ImportReport importFiles(List<Path> paths, ImportDetails details) {
        return importFiles(paths, details, (d, t, f) -> {}, () -> false, Runnable::run);
    }

    /**
     * Imports files and folders. {@code cancelled} is asked before each file; what was imported
     * before a cancel is kept. Throws {@link IllegalArgumentException} before touching anything
     * when a tag does not exist.
     */
    public ImportReport importFiles(
            List<Path> paths, ImportDetails details, Progress progress, BooleanSupplier cancelled, Writes writes) {
        List<Long> tagIds = resolveTags(details.tags());
        List<ImportReport.Imported> imported = new ArrayList<>();
        List<ImportReport.Duplicate> duplicates = new ArrayList<>();
        List<ImportReport.Skipped> skipped = new ArrayList<>();
        List<Phrase> notes = new ArrayList<>();
        List<Path> files = expand(paths, skipped);
        Long[] stakeholderId = {null};
        if (details.stakeholder() != null && !files.isEmpty()) {
            writes.run(() -> stakeholderId[0] = stakeholder(details, notes).id());
        }
        int total = files.size() + skipped.size();
        int done = skipped.size();
        boolean stopped = false;
        // set when the disk is full (or fails): the files after it wait for a retry
        WriteFailedException[] stoppedBy = {null};
        int taken = 0;
        int parallel = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "input-reader");
            t.setDaemon(true); // a reader stuck in a hostile file must not keep Penholder alive
            return t;
        });
        NearDuplicates.Session alike = nearDuplicates.session();
        try {
            Deque<Future<Read>> ahead = new ArrayDeque<>();
            List<Read> batch = new ArrayList<>();
            long batchStarted = System.nanoTime();
            int next = 0;
            for (Path file : files) {
                if (cancelled.getAsBoolean() || stoppedBy[0] != null) {
                    stopped = cancelled.getAsBoolean();
                    break;
                }
                taken++;
                while (next < files.size() && ahead.size() < parallel * 2) {
                    Path f = files.get(next++);
                    ahead.add(pool.submit(() -> read(f, details)));
                }
                Future<Read> reading = ahead.poll();
                Read read;
                try {
                    read = reading.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    reading.cancel(true);
                    skipped.add(new ImportReport.Skipped(
                            file, Phrase.of("unreadable.tooSlow", String.valueOf(timeLimit.toSeconds()))));
                    progress.update(++done, total, file);
                    continue;
                } catch (ExecutionException e) {
                    skipped.add(new ImportReport.Skipped(file, reasonOf(e.getCause())));
                    progress.update(++done, total, file);
                    continue;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    stopped = true;
                    break;
                }
                batch.add(read);
                if (batch.size() >= BATCH_FILES || System.nanoTime() - batchStarted > BATCH_NANOS) {
                    done = writeBatch(
                            batch,
                            details,
                            stakeholderId[0],
                            tagIds,
                            alike,
                            imported,
                            duplicates,
                            skipped,
                            writes,
                            progress,
                            done,
                            total,
                            stoppedBy);
                    batchStarted = System.nanoTime();
                }
            }
            done = writeBatch(
                    batch,
                    details,
                    stakeholderId[0],
                    tagIds,
                    alike,
                    imported,
                    duplicates,
                    skipped,
                    writes,
                    progress,
                    done,
                    total,
                    stoppedBy);
            for (Future<Read> f : ahead) {
                f.cancel(true);
            }
            if (stoppedBy[0] != null) {
                for (Path f : files.subList(taken, files.size())) {
                    skipped.add(new ImportReport.Skipped(f, stoppedBy[0].phrase()));
                    progress.update(++done, total, f);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new ImportReport(
                imported, duplicates, skipped, notes, stopped, stoppedBy[0] == null ? null : stoppedBy[0].why());
    }

    /** Files read and waiting to be written, in one commit, at most this many ... */
    static final int BATCH_FILES = 32;
    /** ... or for at most this long: a crash during an import loses no more than this. */
    static final long BATCH_NANOS = TimeUnit.MILLISECONDS.toNanos(300);

    /** A file read, with what its write needs worked out beside the reading rather than on the project's thread. */
    private record Read(Path file, String text, NearDuplicates.Fingerprint fingerprint, String language) {}

    private Read read(Path file, ImportDetails details) throws UnreadableFileException {
        String text = reader.read(file);
        String language = details.language() != null
                ? details.language()
                : LanguageDetector.detect(text).orElse(null);
        return new Read(file, text, NearDuplicates.Fingerprint.of(text), language);
    }

    /**
     * Writes the files read so far in one commit, each in a savepoint of its own: a file that cannot
     * be written is skipped and leaves nothing behind, the others go in. Grouping the commits is what
     * makes a large import fast, since each commit waits for the disk.
     */
    private int writeBatch(
            List<Read> batch,
            ImportDetails details,
            Long stakeholderId,
            List<Long> tagIds,
            NearDuplicates.Session alike,
            List<ImportReport.Imported> imported,
            List<ImportReport.Duplicate> duplicates,
            List<ImportReport.Skipped> skipped,
            Writes writes,
            Progress progress,
            int done,
            int total,
            WriteFailedException[] stoppedBy) {
        if (batch.isEmpty()) {
            return done;
        }
        List<Read> writing = List.copyOf(batch);
        batch.clear();
        List<ImportReport.Imported> newImports = new ArrayList<>();
        List<ImportReport.Duplicate> newDuplicates = new ArrayList<>();
        List<ImportReport.Skipped> newSkips = new ArrayList<>();
        try {
            writes.run(() -> db.run(() -> {
                alike.batchStarts(db.commits());
                for (Read r : writing) {
                    try {
                        Long id = db.savepoint(
                                () -> store(r, details, stakeholderId, tagIds, alike, newImports, newDuplicates));
                        if (id != null) {
                            alike.added(id, r.fingerprint());
                        }
                    } catch (WriteFailedException e) {
                        throw e; // the disk is full or failed: nothing of this commit may be kept
                    } catch (RuntimeException e) {
                        newSkips.add(new ImportReport.Skipped(
                                r.file(), Phrase.of("unreadable.notWritten", Texts.reason(e))));
                    }
                }
                alike.batchEnds(db.commits() + 1);
            }));
            imported.addAll(newImports);
            duplicates.addAll(newDuplicates);
            skipped.addAll(newSkips);
        } catch (RuntimeException e) {
            alike.forget(); // the inputs it counted were rolled back with the batch
            WriteFailedException failed = writeFailure(e);
            if (failed != null && writing.size() > 1) {
                // what fits is kept: the files again, each in a commit of its own, until one does not fit
                for (Read r : writing) {
                    if (stoppedBy[0] != null) {
                        skipped.add(new ImportReport.Skipped(r.file(), stoppedBy[0].phrase()));
                        progress.update(++done, total, r.file());
                    } else {
                        done = writeBatch(
                                new ArrayList<>(List.of(r)),
                                details,
                                stakeholderId,
                                tagIds,
                                alike,
                                imported,
                                duplicates,
                                skipped,
                                writes,
                                progress,
                                done,
                                total,
                                stoppedBy);
                    }
                }
                return done;
            }
            for (Read r : writing) {
                skipped.add(new ImportReport.Skipped(
                        r.file(),
                        failed != null ? failed.phrase() : Phrase.of("unreadable.notWritten", Texts.reason(e))));
            }
            if (failed != null) {
                stoppedBy[0] = failed;
            }
        }
        for (Read r : writing) {
            progress.update(++done, total, r.file());
        }
        return done;
    }

    private static WriteFailedException writeFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof WriteFailedException w) {
                return w;
            }
        }
        return null;
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
        return Phrase.of("unreadable.couldNotRead", Texts.reason(e));
    }

    /**
     * One file's input (inside the batch's transaction, in a savepoint of its own): its id, or null
     * when the project already holds its text.
     */
    private Long store(
            Read r,
            ImportDetails d,
            Long stakeholderId,
            List<Long> tagIds,
            NearDuplicates.Session alike,
            List<ImportReport.Imported> imported,
            List<ImportReport.Duplicate> duplicates) {
        Path file = r.file();
        Optional<Long> same = inputs.withSameText(r.text());
        if (same.isPresent()) {
            duplicates.add(new ImportReport.Duplicate(file, same.get()));
            return null;
        }
        Long alikeOf = alike.groupOf(r.fingerprint()).orElse(null);
        String title = title(file);
        long id = inputs.add(new InputStore.NewInput(
                        stakeholderId,
                        d.kind(),
                        title,
                        d.occasion(),
                        d.date(),
                        r.language(),
                        file.toAbsolutePath().toString(),
                        r.text()))
                .id();
        if (alikeOf != null) {
            inputs.markNearDuplicate(id, alikeOf);
        }
        for (long t : tagIds) {
            tags.tagInput(id, t);
        }
        imported.add(new ImportReport.Imported(file, id, title, r.language(), alikeOf));
        return id;
    }

    /** An input's title: its file's name without the extension. */
    static String title(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return stem.isBlank() ? name : stem.strip();
    }

    private Stakeholder stakeholder(ImportDetails d, List<Phrase> notes) {
        Stakeholder s = stakeholders.findOrCreate(d.stakeholder(), d.group(), null);
        if (d.group() != null && !d.group().equalsIgnoreCase(String.valueOf(s.group()))) {
            if (s.group() == null) {
                stakeholders.update(new Stakeholder(s.id(), s.name(), d.group(), s.country()));
                s = stakeholders.byId(s.id()).orElseThrow();
            } else {
                notes.add(Phrase.of("import.keptInGroup", s.name(), s.group()));
            }
        }
        return s;
    }

    private List<Long> resolveTags(List<String> names) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String name : names) {
            Tag t = tags.find(name)
                    .orElseThrow(() -> new IllegalArgumentException("there is no tag \"" + name
                            + "\" (tags are the thematic clusters and the action lines C1 to C11)"));
            ids.add(t.id());
        }
        return List.copyOf(ids);
    }

    /** The files to import, in a stable order; folders are walked, what cannot be imported is noted. */
    static List<Path> expand(List<Path> paths, List<ImportReport.Skipped> skipped) {
        Set<Path> files = new LinkedHashSet<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                        String name = f.getFileName().toString();
                        if (InputFiles.isCandidate(f)) {
                            files.add(f);
                        } else if (!name.startsWith(".") && !name.startsWith("~$")) {
                            skipped.add(new ImportReport.Skipped(f, Phrase.of("unreadable.notAnInput")));
                        }
                    }
                } catch (IOException | UncheckedIOException e) {
                    skipped.add(new ImportReport.Skipped(p, Phrase.of("unreadable.notListed", Texts.reason(e))));
                }
            } else if (!Files.exists(p)) {
                skipped.add(new ImportReport.Skipped(p, Phrase.of("unreadable.missing")));
            } else {
                files.add(p);
            }
        }
        return new ArrayList<>(files);
    }
}
