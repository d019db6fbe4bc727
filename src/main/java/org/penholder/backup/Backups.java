package org.penholder.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.penholder.settings.UserSettings;
import org.penholder.store.Database;
import org.penholder.store.ProjectFileException;
import org.penholder.store.ProjectFiles;
import org.penholder.store.ProjectFormat;
import org.penholder.store.StoreException;
import org.penholder.store.WriteFailedException;
import org.penholder.text.MessageBundle;
import org.penholder.text.Phrase;
import org.slf4j.LoggerFactory;

/**
 * Automatic backups of one project, kept outside its folder in the person's data folder
 * ({@code backups/NAME-HASH/}, one folder per project file): at open when the last is over an
 * hour old, hourly while the project changes, before a merge, a draft import or continuing from a
 * revision ({@link #backupBefore}), and at every revision's freeze. Each is a complete project
 * made with VACUUM INTO on the project's own connection while it stays open, with its reason and
 * the project's counts beside it, and pruned: the last 24 hours hour by hour, 30 days day by day,
 * every revision's for good (docs/adr/0121). A project open read-only makes none.
 */
public final class Backups {

    /** How old the last backup must be for a new one at open, and between hourly ones. */
    public static final Duration HOUR = Duration.ofHours(1);

    private static final Duration DAY = Duration.ofDays(1);
    private static final Duration MONTH = Duration.ofDays(30);
    private static final DateTimeFormatter ID =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Path folder;
    private final Path project;
    private final Database db;
    private final Supplier<Backup.Counts> counts;
    private final Clock clock;
    private long commitsAtLastBackup = -1;

    /** Backups of the project open on {@code db}, under {@code root}, counting with {@code counts}. */
    public Backups(Path root, Database db, Supplier<Backup.Counts> counts, Clock clock) {
        this.project = db.file().toAbsolutePath().normalize();
        this.folder = folderOf(root, project);
        this.db = db;
        this.counts = counts;
        this.clock = clock;
    }

    /** Where backups are kept for this person: {@code backups/} in their data folder. */
    public static Path defaultRoot() {
        return UserSettings.dataDirectory().resolve("backups");
    }

    /** The folder holding the backups of {@code project} under {@code root}. */
    public static Path folderOf(Path root, Path project) {
        Path abs = project.toAbsolutePath().normalize();
        String name = abs.getFileName().toString().replaceFirst("\\.penholder$", "");
        String safe = name.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        return root.resolve((safe.isBlank() ? "project" : safe) + "-" + hash(abs.toString()));
    }

    /** Where this project's backups are. */
    public Path folder() {
        return folder;
    }

    /** At open: a backup when the last is over an hour old (or there is none); never fails the open. */
    public Optional<Backup> atOpen() {
        return quietly(() -> olderThanAnHour()
                ? Optional.of(make(Backup.Kind.OPENED, Phrase.of("backup.reason.opened")))
                : Optional.empty());
    }

    /** While editing: a backup when the project changed since the last one and that is over an hour old. */
    public Optional<Backup> hourly() {
        return quietly(() -> db.commits() != commitsAtLastBackup && olderThanAnHour()
                ? Optional.of(make(Backup.Kind.HOURLY, Phrase.of("backup.reason.hourly")))
                : Optional.empty());
    }

    /**
     * A backup before something large is done to the project ("merging laptop-2.penholder",
     * "importing rev2.docx", "continuing from Rev.1"). Throws when it cannot be made, so the caller
     * can decide not to go on without one; empty when the project is open read-only.
     */
    public Optional<Backup> backupBefore(Phrase reason) {
        if (db.isReadOnly()) {
            return Optional.empty();
        }
        return Optional.of(make(Backup.Kind.BEFORE, reason));
    }

    /** {@link #backupBefore(Phrase)} for a reason said in the same words in every language ("before " it). */
    public Optional<Backup> backupBefore(String reason) {
        return backupBefore(Phrase.of("backup.reason.before", reason));
    }

    /** At a revision's freeze, once it is committed; never fails the freeze. */
    public Optional<Backup> afterFreeze(String revision) {
        return quietly(() -> Optional.of(make(Backup.Kind.REVISION, Phrase.of("backup.reason.frozen", revision))));
    }

    /** This project's backups, newest first. */
    public List<Backup> list() {
        return list(folder);
    }

    /** The backups of {@code project} under {@code root}, newest first, without opening the project. */
    public static List<Backup> list(Path root, Path project) {
        return list(folderOf(root, project));
    }

    /** The counts of the project now, to compare with a backup's. */
    public Backup.Counts countsNow() {
        return counts.get();
    }

    /**
     * Copies the backup {@code id} of {@code project} to {@code out}, a new file: never over an
     * existing one. The copy is a project of its own, to open and check before it replaces anything.
     */
    public static Path restore(Path root, Path project, String id, Path out) {
        Backup b = list(root, project).stream()
                .filter(x -> x.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new StoreException(project + ": there is no backup " + id + " (penholder backups "
                        + project.getFileName() + " lists them)"));
        if (Files.exists(out)) {
            throw new ProjectFileException(
                    out,
                    "already exists; a backup is restored into a new file",
                    ProjectFileException.said("projectFile.restoreExists", out));
        }
        Path dir = out.toAbsolutePath().getParent();
        try {
            Path temp = Files.createTempFile(dir, "." + out.getFileName(), ".restoring");
            try {
                Files.copy(b.file(), temp, StandardCopyOption.REPLACE_EXISTING);
                ProjectFiles.checkIsProject(temp);
                try {
                    Files.move(temp, out, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, out);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new ProjectFileException(
                    out,
                    "could not be written (" + e.getMessage() + ")",
                    ProjectFileException.said("projectFile.cannotWrite", out, String.valueOf(e.getMessage())),
                    e);
        }
        return out;
    }

    /** Makes a backup now, on the calling thread (the project's own), outside any write. */
    Backup make(Backup.Kind kind, Phrase reason) {
        if (db.isReadOnly()) {
            throw new StoreException(
                    project + ": is open read-only; its backups are made where it is open for writing");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        try {
            Files.createDirectories(folder);
            String id = freeId(now);
            Path file = folder.resolve(id + ProjectFormat.EXTENSION);
            Path partial = folder.resolve(id + ".partial");
            Files.deleteIfExists(partial);
            Backup.Counts c = counts.get();
            long commits = db.commits();
            try {
                db.copyTo(partial);
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (WriteFailedException e) {
                Phrase why = e.kind() == WriteFailedException.Cause.DISK_FULL
                        ? Phrase.of(
                                "backup.notMade.diskFull",
                                WriteFailedException.sizeSaid(WriteFailedException.freeSpace(folder)))
                        : Phrase.of("backup.notMade.notWritten");
                throw new WriteFailedException(
                        folder, e.kind(), Phrase.of("backup.notMade", folder.toString(), why), why, e);
            } finally {
                Files.deleteIfExists(partial);
            }
            Backup b = new Backup(id, now, kind, reason, Files.size(file), c, file);
            writeDetails(b);
            commitsAtLastBackup = commits;
            prune(now);
            return b;
        } catch (IOException e) {
            throw new ProjectFileException(
                    folder,
                    "the backup could not be written (" + e.getMessage() + ")",
                    Phrase.of("backup.notMade", folder.toString(), Phrase.of("backup.notMade.notWritten")),
                    e);
        }
    }

    /**
     * Keeps every revision's backup, the newest of each hour for the last 24 hours, every "before"
     * backup of the last 24 hours, and the newest of each day for 30 days; deletes the rest.
     */
    void prune(Instant now) {
        ZoneId zone = ZoneId.systemDefault();
        Set<Long> hours = new HashSet<>();
        Set<Object> days = new HashSet<>();
        boolean newest = true;
        for (Backup b : list()) {
            Duration age = Duration.between(b.time(), now);
            long hour = b.time().getEpochSecond() / 3600;
            Object day = b.time().atZone(zone).toLocalDate();
            boolean keep;
            if (newest || b.kind() == Backup.Kind.REVISION) {
                keep = true;
            } else if (age.compareTo(DAY) < 0 && b.kind() == Backup.Kind.BEFORE) {
                keep = true;
            } else if (age.compareTo(DAY) < 0 && !hours.contains(hour)) {
                hours.add(hour);
                keep = true;
            } else {
                keep = age.compareTo(MONTH) < 0 && !days.contains(day);
            }
            newest = false;
            if (keep) {
                days.add(day);
                if (age.compareTo(DAY) < 0) {
                    hours.add(hour);
                }
            } else {
                delete(b);
            }
        }
    }

    private boolean olderThanAnHour() {
        if (db.isReadOnly()) {
            return false;
        }
        List<Backup> all = list();
        return all.isEmpty()
                || Duration.between(all.get(0).time(), clock.instant()).compareTo(HOUR) >= 0;
    }

    private String freeId(Instant now) {
        String base = ID.format(now);
        String id = base;
        for (int n = 2; Files.exists(folder.resolve(id + ProjectFormat.EXTENSION)); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private static List<Backup> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Backup> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(ProjectFormat.EXTENSION))
                    .toList()) {
                read(f).ifPresent(out::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.sort(Comparator.comparing(Backup::time).thenComparing(Backup::id).reversed());
        return out;
    }

    private static Optional<Backup> read(Path file) {
        String id = file.getFileName().toString().replaceFirst("\\.penholder$", "");
        Path details = file.resolveSibling(id + ".properties");
        Properties p = new Properties();
        try {
            if (Files.isRegularFile(details)) {
                try (InputStream in = Files.newInputStream(details)) {
                    p.load(in);
                }
            }
            Instant time = p.containsKey("time")
                    ? Instant.parse(p.getProperty("time"))
                    : Files.getLastModifiedTime(file).toInstant();
            Backup.Kind kind = Backup.Kind.valueOf(p.getProperty("kind", Backup.Kind.HOURLY.name()));
            Backup.Counts counts = new Backup.Counts(
                    num(p, "amendments"), num(p, "links"), num(p, "inputs"), num(p, "paragraphs"), num(p, "revisions"));
            return Optional.of(new Backup(id, time, kind, reason(p), Files.size(file), counts, file));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // not one of ours, or half deleted: not offered
        }
    }

    /**
     * The reason as its phrase when the details name a key this version knows; otherwise (a backup
     * made before reasons were phrases, or by a later version) its English words as they are.
     */
    private static Phrase reason(Properties p) {
        String key = p.getProperty("reasonKey");
        if (key != null && MessageBundle.english().has(key)) {
            List<Object> args = new ArrayList<>();
            for (int i = 0; p.containsKey("reasonArg." + i); i++) {
                args.add(p.getProperty("reasonArg." + i));
            }
            return Phrase.of(key, args.toArray());
        }
        return Phrase.verbatim(p.getProperty("reason", "backup"));
    }

    private static long num(Properties p, String key) {
        return Long.parseLong(p.getProperty(key, "0"));
    }

    private void writeDetails(Backup b) throws IOException {
        Properties p = new Properties();
        p.setProperty("time", b.time().toString());
        p.setProperty("kind", b.kind().name());
        p.setProperty("reason", b.reason());
        if (!b.said().isVerbatim()) {
            p.setProperty("reasonKey", b.said().key());
            for (int i = 0; i < b.said().args().size(); i++) {
                p.setProperty("reasonArg." + i, String.valueOf(b.said().args().get(i)));
            }
        }
        p.setProperty("project", project.toString());
        p.setProperty("amendments", Long.toString(b.counts().amendments()));
        p.setProperty("links", Long.toString(b.counts().links()));
        p.setProperty("inputs", Long.toString(b.counts().inputs()));
        p.setProperty("paragraphs", Long.toString(b.counts().paragraphs()));
        p.setProperty("revisions", Long.toString(b.counts().revisions()));
        Path target = folder.resolve(b.id() + ".properties");
        Path temp = folder.resolve(b.id() + ".properties.partial");
        try (OutputStream out = Files.newOutputStream(temp)) {
            p.store(out, "Penholder backup of " + project);
        }
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void delete(Backup b) {
        try {
            Files.deleteIfExists(b.file());
            Files.deleteIfExists(b.file().resolveSibling(b.id() + ".properties"));
        } catch (IOException e) {
            LoggerFactory.getLogger(Backups.class).warn("{}: could not be pruned ({})", b.file(), e.getMessage());
        }
    }

    private Optional<Backup> quietly(Supplier<Optional<Backup>> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            // a backup that cannot be made must not stop the work it guards; it is logged
            LoggerFactory.getLogger(Backups.class).warn("{}: no backup made: {}", project, e.getMessage());
            return Optional.empty();
        }
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
