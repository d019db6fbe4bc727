package org.penholder.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.Fuzz;
import org.penholder.TestFiles;
import org.penholder.docx.DocxException;
import org.penholder.docx.DraftDocxReader;
import org.penholder.docx.Progress;

/**
 * The Word and PDF readers against damaged files: seeded mutants of real Word files of the shared
 * corpora (bytes of the zip, and bytes inside its parts, re-zipped, so the XML readers are
 * reached) and of a PDF. Through the public entry points ({@link InputFiles#read}, {@link
 * DraftDocxReader}), each mutant is read or refused with a message naming the file and the reason;
 * never another exception, an error, a hang, or runaway memory. See {@link Fuzz} for longer runs.
 */
class ReaderFuzzTest {

    @TempDir
    Path dir;

    /** What one reading of a mutant may allocate before it counts as runaway. */
    private static final long MEMORY_LIMIT = 768L * 1024 * 1024;

    private static final Duration TIME_LIMIT = Duration.ofSeconds(20);

    private static List<Path> seeds() throws Exception {
        List<Path> out = new ArrayList<>();
        Path corpora = TestFiles.corpora();
        if (Files.isDirectory(corpora)) {
            try (Stream<Path> walk = Files.walk(corpora)) {
                // the smallest files, so that a run takes seconds; the longer runs can take more
                walk.filter(f -> f.getFileName()
                                .toString()
                                .toLowerCase(java.util.Locale.ROOT)
                                .endsWith(".docx"))
                        .sorted(Comparator.comparingLong((Path f) -> f.toFile().length())
                                .thenComparing(Path::toString))
                        .filter(f -> f.toFile().length() > 4_000)
                        .limit(Integer.getInteger("penholder.fuzz.seeds", 8))
                        .forEach(out::add);
            }
        }
        return out;
    }

    @Test
    void damagedWordFilesAreReadOrRefusedWithTheirReason() throws Exception {
        List<Path> seeds = seeds();
        seeds.add(MadeFiles.docx(
                dir.resolve("made.docx"),
                MadeFiles.p("Recalling the outcome of WSIS.") + MadeFiles.p("Decides to review."),
                null));
        Random random = new Random(Fuzz.seed());
        int iterations = Fuzz.iterations(48);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < iterations; i++) {
            Path seed = seeds.get(i % seeds.size());
            byte[] original = Files.readAllBytes(seed);
            Fuzz.Mutant m = i % 3 == 0 ? Fuzz.mutate(original, random, 0) : mutateInside(original, random);
            Path file = Files.write(dir.resolve("mutant-" + i + ".docx"), m.bytes());
            String where = "mutant " + i + " of " + seed.getFileName() + " (" + m.how() + ", seed " + Fuzz.seed() + ")";
            check(where, file, () -> InputFiles.read(file), failures);
            check(where + " as a draft", file, () -> new DraftDocxReader().read(file, Progress.NONE), failures);
            Files.delete(file);
        }
        report(failures, iterations);
    }

    @Test
    void damagedPdfFilesAreReadOrRefusedWithTheirReason() throws Exception {
        Path seed = MadeFiles.pdf(
                dir.resolve("made.pdf"),
                null,
                "Recalling the outcome of the World Summit on the Information Society,",
                "Decides to review the implementation of its outcomes.");
        byte[] original = Files.readAllBytes(seed);
        Random random = new Random(Fuzz.seed() + 1);
        int iterations = Fuzz.iterations(40);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < iterations; i++) {
            Fuzz.Mutant m = Fuzz.mutate(original, random, 0);
            Path file = Files.write(dir.resolve("mutant-" + i + ".pdf"), m.bytes());
            check(
                    "mutant " + i + " (" + m.how() + ", seed " + Fuzz.seed() + ")",
                    file,
                    () -> InputFiles.read(file),
                    failures);
            Files.delete(file);
        }
        report(failures, iterations);
    }

    private static void check(String where, Path file, Callable<?> read, List<String> failures) {
        long[] allocated = {0};
        Fuzz.Outcome outcome = Fuzz.run(TIME_LIMIT, () -> {
            var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            long before = threads.getCurrentThreadAllocatedBytes();
            try {
                return read.call();
            } finally {
                allocated[0] = threads.getCurrentThreadAllocatedBytes() - before;
            }
        });
        switch (outcome) {
            case Fuzz.Outcome.Hung h -> failures.add(where + ": took longer than " + TIME_LIMIT.toSeconds() + " s");
            case Fuzz.Outcome.Refused r
            when r.error() instanceof UnreadableFileException u -> {
                if (!u.getMessage().startsWith(file.toString()) || u.reason().isBlank()) {
                    failures.add(where + ": a refusal without the file or a reason: " + u.getMessage());
                }
            }
            case Fuzz.Outcome.Refused r
            when r.error() instanceof DocxException d -> {
                if (d.getMessage() == null
                        || !d.getMessage().contains(file.getFileName().toString())) {
                    failures.add(where + ": a refusal without the file: " + d.getMessage());
                }
            }
            case Fuzz.Outcome.Refused r -> failures.add(where + ": crashed with " + r.error());
            case Fuzz.Outcome.Read read1 -> {}
        }
        if (allocated[0] > MEMORY_LIMIT) {
            failures.add(where + ": allocated " + allocated[0] / (1024 * 1024) + " MB");
        }
    }

    private static void report(List<String> failures, int iterations) {
        if (!failures.isEmpty()) {
            fail(failures.size() + " readings of " + iterations + " mutants failed:\n" + String.join("\n", failures));
        }
        assertTrue(iterations > 0);
    }

    /** A mutant of one part of the package (most often the body), the package zipped again. */
    private static Fuzz.Mutant mutateInside(byte[] docx, Random random) throws Exception {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                parts.put(e.getName(), in.readAllBytes());
            }
        } catch (java.io.IOException e) {
            return Fuzz.mutate(docx, random, 0);
        }
        List<String> names = new ArrayList<>(parts.keySet());
        String target = random.nextInt(3) > 0 && parts.containsKey("word/document.xml")
                ? "word/document.xml"
                : names.get(random.nextInt(names.size()));
        byte[] part = parts.get(target);
        if (part.length == 0) {
            return Fuzz.mutate(docx, random, 0);
        }
        Fuzz.Mutant inner = Fuzz.mutate(part, random, 0);
        parts.put(target, inner.bytes());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> p : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(p.getKey()));
                zip.write(p.getValue());
                zip.closeEntry();
            }
        }
        return new Fuzz.Mutant(out.toByteArray(), target + ": " + inner.how());
    }
}
