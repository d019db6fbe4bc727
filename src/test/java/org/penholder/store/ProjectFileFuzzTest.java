package org.penholder.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.Fuzz;
import org.penholder.TestFiles;
import org.penholder.project.Project;

/**
 * The opener against damaged project files: pages with bits flipped, noise, runs of 0xFF (huge
 * lengths), zeros, files cut short. Each is refused with a message naming the file, or read;
 * never a crash, a hang, or a changed byte. Seeded: see {@link Fuzz}.
 */
class ProjectFileFuzzTest {

    @TempDir
    Path dir;

    private static final int PAGE = 4096;

    @Test
    void damagedFilesAreRefusedOrReadAndNeverWritten() throws Exception {
        byte[] original = Files.readAllBytes(TestFiles.sampleCopy(dir));
        Random random = new Random(Fuzz.seed());
        int iterations = Fuzz.iterations(60);
        int refused = 0;
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < iterations; i++) {
            Fuzz.Mutant m = Fuzz.mutate(original, random, PAGE);
            Path file = dir.resolve("mutant-" + i + ".penholder");
            Files.write(file, m.bytes());
            String before = TestFiles.sha256(file);
            Fuzz.Outcome outcome = Fuzz.run(Duration.ofSeconds(30), () -> {
                try (Project p = Project.open(file, Project.Access.WRITE_IF_FREE)) {
                    p.info();
                    p.draftService().draft();
                    p.links().count();
                    p.amendments().count();
                    p.revisionNames();
                    return p.inputs().count();
                }
            });
            String where = "mutant " + i + " (" + m.how() + ", seed " + Fuzz.seed() + ")";
            switch (outcome) {
                case Fuzz.Outcome.Hung h -> failures.add(where + ": hung");
                case Fuzz.Outcome.Refused r
                when r.error() instanceof StoreException e -> {
                    refused++;
                    if (!e.getMessage().contains(file.getFileName().toString())) {
                        failures.add(where + ": the refusal does not name the file: " + e.getMessage());
                    }
                }
                case Fuzz.Outcome.Refused r -> failures.add(where + ": crashed with " + r.error());
                case Fuzz.Outcome.Read read -> {}
            }
            if (!before.equals(TestFiles.sha256(file))) {
                failures.add(where + ": the file was written");
            }
            Files.deleteIfExists(file);
            Files.deleteIfExists(ProjectFiles.journalOf(file));
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + iterations + " mutants failed:\n" + String.join("\n", failures));
        }
        assertTrue(refused > 0, "the mutants reach the refusals");
    }

    @Test
    void aValueThatDoesNotReadAsWhatPenholderStoredIsTheFilesFaultNamingIt() throws Exception {
        // found by the fuzzer (seed 7): a flipped bit in a stored time
        Path file = TestFiles.sampleCopy(dir);
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
                var st = c.createStatement()) {
            st.execute("UPDATE amendment SET created_at = '2026-12-04T19:04:17.55195292Zx'");
        }
        try (Project p = Project.open(file, Project.Access.READ)) {
            StoreException e = org.junit.jupiter.api.Assertions.assertThrows(
                    StoreException.class, () -> p.amendments().byId(1));
            assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
            assertTrue(e.getMessage().contains("cannot be read"), e.getMessage());
        }
    }

    @Test
    void aHugeValueIsReadAndOneAboveTheLimitIsRefusedNamingTheFile() throws Exception {
        Path file = TestFiles.sampleCopy(dir);
        String big = "digital ".repeat(2_000_000); // 16 MB: a long input, still within the limit
        try (Project p = Project.open(file, Project.Access.WRITE)) {
            String id = p.draftService().draft().paragraphsInOrder().get(0).id();
            p.database().run(c -> Sql.update(c, "UPDATE paragraph SET text = ? WHERE id = ?", big, id));
        }
        try (Project p = Project.open(file, Project.Access.READ)) {
            assertEquals(
                    big.length(),
                    p.draftService().draft().paragraphsInOrder().get(0).text().length());
            StoreException e = org.junit.jupiter.api.Assertions.assertThrows(
                    StoreException.class,
                    () -> p.database()
                            .read(c -> Sql.count(
                                    c,
                                    "SELECT length(text || zeroblob(" + ProjectFiles.MAX_VALUE_BYTES
                                            + ")) FROM paragraph LIMIT 1")));
            assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
            assertTrue(e.getMessage().contains("too big"), e.getMessage());
        }
    }
}
