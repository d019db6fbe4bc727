package org.penholder.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.penholder.backup.Backups;
import org.penholder.draft.DraftService;
import org.penholder.merge.MergeGuards;
import org.penholder.merge.MergeProgress;
import org.penholder.merge.MergeReport;
import org.penholder.merge.MergeService;
import org.penholder.model.Author;
import org.penholder.model.Ids;
import org.penholder.model.Input;
import org.penholder.model.Paragraph;
import org.penholder.model.ParagraphStatus;
import org.penholder.project.Project;
import org.penholder.store.Database;

/**
 * Merging copies of the generated project: two copies that each made 1,000 amendments (rewordings,
 * statuses, footnotes, splits, moves) and 500 links since they parted (a worst case: they touch many
 * of the same paragraphs), merged as the window does it with the project open; and a merge of a copy
 * that brings nothing. The backup a merge makes first is timed apart (the backup row measures it).
 */
final class MergeBench {

    static final int AMENDMENTS = 1_000;
    static final int LINKS = 500;

    private final Path workDir;
    private final Consumer<String> log;

    MergeBench(Path workDir, Consumer<String> log) {
        this.workDir = workDir;
        this.log = log;
    }

    List<Measurement> measure(Path project, long seed) throws Exception {
        log.accept("merge of copies");
        Path mine = workDir.resolve("merge-mine.penholder");
        Path theirs = workDir.resolve("merge-theirs.penholder");
        Path target = workDir.resolve("merge-target.penholder");
        try {
            Files.copy(project, mine, StandardCopyOption.REPLACE_EXISTING);
            Files.copy(project, theirs, StandardCopyOption.REPLACE_EXISTING);
            diverge(mine, new Author("Ann", "Co-facilitators"), seed + 1);
            diverge(theirs, new Author("Ben", "Co-facilitators"), seed + 2);
            int[] conflicts = {0};
            int[] amendments = {0};
            double[] samples = new double[4];
            double[] cpu = new double[samples.length];
            double[] backup = new double[samples.length];
            for (int i = -1; i < samples.length; i++) {
                Files.copy(mine, target, StandardCopyOption.REPLACE_EXISTING);
                try (Project p = Project.open(target, Project.Access.WRITE)) {
                    double[] backupMs = {0};
                    MergeService service = service(p, backupMs);
                    long c0 = CPU.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    MergeReport r = service.merge(theirs, MergeProgress.NONE).report();
                    if (i >= 0) {
                        // the backup before the merge is the backup row's to measure
                        samples[i] = (System.nanoTime() - t0) / 1e6 - backupMs[0];
                        cpu[i] = (CPU.getCurrentThreadCpuTime() - c0) / 1e6;
                        backup[i] = backupMs[0];
                    }
                    conflicts[0] = r.conflicts().size();
                    amendments[0] = r.counts().amendments();
                }
            }
            Measurement merge = Measurement.times("merge two diverged copies", samples, 2000)
                    .withNote(AMENDMENTS + " amendments and " + LINKS + " links on each side; " + amendments[0]
                            + " amendments in, " + conflicts[0] + " conflicts; CPU " + median(cpu)
                            + " ms (with the backup before it; " + median(backup) + " ms of backup left out)");
            try (Project p = Project.open(target, Project.Access.WRITE)) {
                MergeService service = service(p, new double[1]);
                double[] nothingCpu = new double[10];
                int[] run = {-2};
                double[] nothing = Benchmark.sample(2, 10, () -> {
                    long c0 = CPU.getCurrentThreadCpuTime();
                    MergeReport r = service.merge(theirs, MergeProgress.NONE).report();
                    if (run[0] >= 0) {
                        nothingCpu[run[0]] = (CPU.getCurrentThreadCpuTime() - c0) / 1e6;
                    }
                    run[0]++;
                    if (!r.nothing()) {
                        throw new IllegalStateException("merging the same copy again brought " + r.counts());
                    }
                    return r;
                });
                return List.of(
                        merge,
                        Measurement.times("merge that brings nothing", nothing, 200)
                                .withNote("the same copy merged again; CPU " + median(nothingCpu) + " ms"));
            }
        } finally {
            for (Path f : List.of(mine, theirs, target)) {
                deleteQuietly(f);
            }
            deleteTree(workDir.resolve("merge-backups"));
        }
    }

    /**
     * The project's merge, its backups kept in the work folder rather than the person's data folder
     * (a generated project is no one's work), the time each takes in {@code backupMs}.
     */
    private MergeService service(Project p, double[] backupMs) {
        Backups backups =
                new Backups(workDir.resolve("merge-backups"), p.database(), p.backups()::countsNow, Clock.systemUTC());
        return new MergeService(p.database(), backups, new MergeGuards() {
            @Override
            public void verifyCopy(Path other, Database copy) {
                MergeGuards.STANDARD.verifyCopy(other, copy);
            }

            @Override
            public void backupBefore(Backups b, Path project, Path other) {
                long t0 = System.nanoTime();
                MergeGuards.STANDARD.backupBefore(b, project, other);
                backupMs[0] = (System.nanoTime() - t0) / 1e6;
            }
        });
    }

    private static void deleteTree(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (var files = Files.walk(dir)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException ignored) {
            // a stray backup of a generated project is harmless
        }
    }

    /** CPU time of the merging thread, beside the wall time: what a busy machine does not inflate. */
    private static final java.lang.management.ThreadMXBean CPU =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private static String median(double[] values) {
        double[] s = values.clone();
        java.util.Arrays.sort(s);
        return Measurement.fmt(Math.rint(s[s.length / 2]));
    }

    /** One copy's work since the copies parted: rewordings, statuses, splits and moves, and links. */
    private static void diverge(Path file, Author author, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        try (Project p = Project.open(file, Project.Access.WRITE)) {
            DraftService d = p.draftService();
            p.database().run(() -> {
                long start = p.amendments().lastId();
                List<Paragraph> live = new ArrayList<>(d.draft().paragraphsInOrder());
                while (p.amendments().lastId() - start < AMENDMENTS) {
                    Paragraph target =
                            d.paragraph(live.get(random.nextInt(live.size())).id());
                    int roll = random.nextInt(100);
                    if (roll < 80) {
                        d.setText(
                                target.id(), target.text() + " " + author.name() + random.nextInt(1000), author, null);
                    } else if (roll < 90) {
                        d.setStatus(target.id(), ParagraphStatus.values()[random.nextInt(5)], author);
                    } else if (roll < 92) {
                        // a footnote added in the middle of the paragraph
                        d.footnotes()
                                .add(
                                        target.id(),
                                        null,
                                        target.text().length() / 2,
                                        author.name() + "'s note " + random.nextInt(1000),
                                        author);
                    } else if (roll < 95) {
                        int cut = target.text().indexOf(' ', target.text().length() / 2);
                        if (cut > 0) {
                            d.split(
                                    target.id(),
                                    Ids.newParagraphId(),
                                    target.text().substring(0, cut),
                                    target.text().substring(cut + 1),
                                    author,
                                    List.of());
                            live = new ArrayList<>(d.draft().paragraphsInOrder());
                        }
                    } else {
                        d.moveParagraph(target.id(), target.sectionId(), Math.max(0, target.position() - 1), author);
                        live = new ArrayList<>(d.draft().paragraphsInOrder());
                    }
                }
                List<Input> inputs = p.inputs().all();
                for (int i = 0; i < LINKS; i++) {
                    Input in = inputs.get(random.nextInt(inputs.size()));
                    String text = p.inputs().text(in.id());
                    int from = random.nextInt(Math.max(1, text.length() - 200));
                    int to = Math.min(text.length(), from + 40 + random.nextInt(120));
                    Paragraph to_ = live.get(random.nextInt(live.size()));
                    p.links()
                            .add(
                                    to_.id(),
                                    in.id(),
                                    from,
                                    to,
                                    text.substring(from, to),
                                    null,
                                    author.display(),
                                    to_.text());
                }
                d.endBurst();
            });
        }
    }

    private static void deleteQuietly(Path f) {
        try {
            Files.deleteIfExists(f);
            Files.deleteIfExists(f.resolveSibling(f.getFileName() + "-journal"));
        } catch (IOException ignored) {
            // a stray work file is harmless
        }
    }
}
