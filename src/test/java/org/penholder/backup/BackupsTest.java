package org.penholder.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.model.Author;
import org.penholder.project.Project;
import org.penholder.store.ProjectFileException;

/** Automatic backups: when they are made, what they hold, how they are pruned and restored. */
class BackupsTest {

    @TempDir
    Path dir;

    private static final Author ME = new Author("Tester", "");
    private static final Instant NOON = Instant.parse("2026-11-20T12:00:00Z");

    /** A clock the test moves. */
    private static final class Hands extends Clock {
        Instant now = NOON;

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static Backups backups(Project p, Path root, Clock clock) {
        return new Backups(root, p.database(), () -> p.backups().countsNow(), clock);
    }

    @Test
    void aBackupAtOpenOnlyWhenTheLastIsOverAnHourOld() {
        Hands clock = new Hands();
        try (Project p = TestFiles.openSample(dir)) {
            Backups b = backups(p, dir.resolve("backups"), clock);
            Backup first = b.atOpen().orElseThrow();
            assertEquals(Backup.Kind.OPENED, first.kind());
            assertTrue(Files.exists(first.file()));
            clock.now = NOON.plus(Duration.ofMinutes(59));
            assertTrue(b.atOpen().isEmpty(), "not again within the hour");
            clock.now = NOON.plus(Duration.ofMinutes(61));
            assertTrue(b.atOpen().isPresent());
            assertEquals(2, b.list().size());
        }
    }

    @Test
    void hourlyOnlyWhenTheProjectChanged() {
        Hands clock = new Hands();
        try (Project p = TestFiles.openSample(dir)) {
            Backups b = backups(p, dir.resolve("backups"), clock);
            assertTrue(b.atOpen().isPresent(), "a first backup at open");
            clock.now = NOON.plus(Duration.ofHours(2));
            assertTrue(b.hourly().isEmpty(), "nothing changed since");
            String id = p.draftService().draft().paragraphsInOrder().get(0).id();
            p.draftService().typeText(id, "Changed after the backup.", ME);
            Backup hourly = b.hourly().orElseThrow();
            assertEquals(Backup.Kind.HOURLY, hourly.kind());
            assertEquals(
                    "+1 amendment",
                    p.backups().countsNow().changesSince(b.list().get(1).counts()));
            clock.now = NOON.plus(Duration.ofHours(2).plusMinutes(30));
            p.draftService().typeText(id, "Changed again.", ME);
            assertTrue(b.hourly().isEmpty(), "at most one an hour");
        }
    }

    @Test
    void aFreezeAndADraftImportAreBackedUpThroughTheProject() throws Exception {
        try (Project p = TestFiles.openSample(dir)) {
            int before = p.backups().list().size();
            p.revisionService().freeze("Rev.1", null, ME);
            List<Backup> after = p.backups().list();
            assertEquals(before + 1, after.size());
            Backup rev = after.get(0);
            assertEquals(Backup.Kind.REVISION, rev.kind());
            assertEquals("Rev.1 frozen", rev.reason());
            assertFalse(rev.file().startsWith(p.file().getParent()), "kept outside the project's folder");
            try (Project copy = Project.open(rev.file(), Project.Access.READ)) {
                assertTrue(copy.revisionNames().contains("Rev.1"), "the backup holds the revision frozen");
            }
            Backup before2 =
                    p.backups().backupBefore("merging laptop-2.penholder").orElseThrow();
            assertEquals("before merging laptop-2.penholder", before2.reason());
            assertEquals(Backup.Kind.BEFORE, before2.kind());
        }
    }

    @Test
    void pruningKeepsHoursForADayDaysForAMonthAndEveryRevision() {
        Hands clock = new Hands();
        try (Project p = TestFiles.openSample(dir)) {
            Backups b = backups(p, dir.resolve("backups"), clock);
            Instant now = NOON.plus(Duration.ofDays(60));
            record At(Duration ago, Backup.Kind kind, String name) {}
            List<At> made = List.of(
                    new At(Duration.ofDays(59), Backup.Kind.REVISION, "rev-old"),
                    new At(Duration.ofDays(40), Backup.Kind.HOURLY, "too-old"),
                    new At(Duration.ofDays(5).plusMinutes(10), Backup.Kind.HOURLY, "day5-first"),
                    new At(Duration.ofDays(5), Backup.Kind.HOURLY, "day5-last"),
                    new At(Duration.ofHours(5).plusMinutes(40), Backup.Kind.BEFORE, "before-merge"),
                    new At(Duration.ofHours(5).plusMinutes(20), Backup.Kind.HOURLY, "hour5-first"),
                    new At(Duration.ofHours(5).plusMinutes(10), Backup.Kind.HOURLY, "hour5-last"),
                    new At(Duration.ofMinutes(10), Backup.Kind.OPENED, "latest"));
            for (At a : made) {
                clock.now = now.minus(a.ago());
                b.make(a.kind(), org.penholder.text.Phrase.verbatim(a.name()));
            }
            b.prune(now);
            Set<String> kept = b.list().stream().map(Backup::reason).collect(Collectors.toSet());
            assertEquals(Set.of("rev-old", "day5-last", "before-merge", "hour5-last", "latest"), kept);
        }
    }

    @Test
    void aBackupIsRestoredIntoANewFileOnly() throws Exception {
        try (Project p = TestFiles.openSample(dir)) {
            Backup b = p.backups().backupBefore("a test").orElseThrow();
            String id = p.draftService().draft().paragraphsInOrder().get(0).id();
            p.draftService().typeText(id, "After the backup.", ME);
            Path out = dir.resolve("restored.penholder");
            Backups.restore(Backups.defaultRoot(), p.file(), b.id(), out);
            try (Project r = Project.open(out, Project.Access.READ)) {
                assertFalse(r.drafts().paragraph(id).orElseThrow().text().equals("After the backup."));
                assertEquals(b.counts().amendments(), r.amendments().count());
            }
            String bytes = TestFiles.sha256(out);
            assertThrows(
                    ProjectFileException.class, () -> Backups.restore(Backups.defaultRoot(), p.file(), b.id(), out));
            assertEquals(bytes, TestFiles.sha256(out), "never over an existing file");
        }
    }

    @Test
    void aReadOnlyProjectMakesNoBackups() throws Exception {
        Path file = TestFiles.sampleCopy(dir);
        try (Project p = Project.open(file, Project.Access.READ)) {
            assertTrue(p.backups().atOpen().isEmpty());
            assertTrue(p.backups().backupBefore("nothing").isEmpty());
            assertTrue(p.backups().list().isEmpty());
        }
    }
}
