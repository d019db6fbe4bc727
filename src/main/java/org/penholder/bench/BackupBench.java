package org.penholder.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.penholder.backup.Backups;
import org.penholder.model.Author;
import org.penholder.model.Paragraph;
import org.penholder.project.Project;

/**
 * A backup of the full-scale project while it is open (VACUUM INTO on its own connection), and
 * what it does to typing: a write submitted to the project's thread while a backup runs waits for
 * it there (the UI thread never does). Backups go to the bench's work folder, not the person's.
 */
final class BackupBench {

    private static final Author AUTHOR = new Author("Benchmark", "Co-facilitators");

    private BackupBench() {}

    static List<Measurement> run(Path file, Path workDir, Consumer<String> log) throws Exception {
        log.accept("backups");
        Path root = workDir.resolve("bench-backups");
        try (Project p = Project.open(file, Project.Access.WRITE)) {
            Backups backups = new Backups(root, p.database(), p.backups()::countsNow, Clock.systemUTC());
            double[] made = Benchmark.sample(1, 3, () -> backups.backupBefore("the bench"));
            List<Paragraph> paragraphs = p.draftService().draft().paragraphsInOrder();
            ExecutorService projectThread = Executors.newSingleThreadExecutor();
            double[] waits = new double[3];
            try {
                for (int i = 0; i < waits.length; i++) {
                    Paragraph target = paragraphs.get(i % paragraphs.size());
                    Future<?> backup = projectThread.submit(() -> backups.backupBefore("the bench"));
                    Thread.sleep(20); // a keystroke's write arrives while the backup runs
                    long t0 = System.nanoTime();
                    projectThread
                            .submit(() -> p.draftService().typeText(target.id(), target.text() + " b" + backup, AUTHOR))
                            .get();
                    waits[i] = (System.nanoTime() - t0) / 1e6;
                }
            } finally {
                projectThread.shutdown();
            }
            return List.of(
                    Measurement.times("backup of the project (VACUUM INTO)", made, 1000),
                    Measurement.times("typing written behind a backup", waits, 1000));
        } finally {
            deleteTree(root);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
