package org.penholder.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.penholder.backup.Backups;
import org.penholder.model.Author;
import org.penholder.model.Input;
import org.penholder.model.Paragraph;
import org.penholder.project.Project;
import org.penholder.store.IntegrityCheck;

/**
 * {@code penholder bench --soak}: a simulated day of drafting through the services on one open
 * project: 50,000 edits in bursts of typing, a link every ten edits (5,000), a revision frozen
 * every 2,500 edits (20, each with its backup), an hourly backup's worth of backups, and a merge of
 * a teammate's copy every 5,000 edits ({@link #withMerge}: {@code bench --soak} gives it
 * {@link SoakMerges}). It reports how the heap grew once warm, the bytes the file grew by per record
 * added, and what the integrity check found at the end.
 */
public final class Soak {

    static final int EDITS = 50_000;
    static final int EDITS_PER_BURST = 10;
    static final int EDITS_PER_LINK = 10;
    static final int EDITS_PER_REVISION = 2_500;
    static final int EDITS_PER_MERGE = 5_000;

    private static final Author AUTHOR = new Author("Soak", "Co-facilitators");

    private final Path workDir;
    private final Consumer<String> log;

    /** What a merge of another copy does in the soak; nothing unless {@link #withMerge} says. */
    private Consumer<Project> merge = p -> {};

    public Soak(Path workDir, Consumer<String> log) {
        this.workDir = workDir;
        this.log = log;
    }

    /** Sets what the soak does at each of its merges (every 5,000 edits). */
    public Soak withMerge(Consumer<Project> merge) {
        this.merge = merge;
        return this;
    }

    /** Runs the day and returns its figures. */
    public List<Measurement> run(long seed) throws Exception {
        Files.createDirectories(workDir);
        Path file = workDir.resolve("soak.penholder");
        Files.deleteIfExists(file);
        ProjectGenerator.Plan plan = new ProjectGenerator.Plan(300, 30, 120, 2, 200, 60, 10, 600);
        Random random = new Random(seed);
        long start = System.nanoTime();
        try (Project p = new ProjectGenerator(plan, seed, log).generate(file)) {
            Backups backups = new Backups(
                    workDir.resolve("soak-backups"), p.database(), p.backups()::countsNow, Clock.systemUTC());
            p.revisionService().setOnFrozen(r -> backups.afterFreeze(r.name()));
            List<Paragraph> paragraphs = p.draftService().draft().paragraphsInOrder();
            List<Long> inputs = p.inputs().all().stream().map(Input::id).toList();
            List<Integer> lengths = new ArrayList<>();
            for (long id : inputs) {
                lengths.add(p.inputs().text(id).length());
            }
            long records0 = records(p);
            long size0 = Files.size(file);
            double heapWarm = 0;
            double heapPeak = 0;
            for (int e = 1; e <= EDITS; e++) {
                Paragraph target = paragraphs.get((e / EDITS_PER_BURST) % paragraphs.size());
                String text = p.drafts().paragraph(target.id()).orElseThrow().text();
                String next = text.length() > 1_500 ? target.text() : text + " w" + random.nextInt(1000);
                p.draftService().typeText(target.id(), next, AUTHOR);
                if (e % EDITS_PER_BURST == 0) {
                    p.draftService().endBurst();
                }
                if (e % EDITS_PER_LINK == 0) {
                    int i = random.nextInt(inputs.size());
                    int length = lengths.get(i);
                    int from = random.nextInt(Math.max(1, length - 80));
                    p.linkService()
                            .linkRange(
                                    target.id(),
                                    inputs.get(i),
                                    from,
                                    Math.min(length, from + 40 + random.nextInt(40)),
                                    null,
                                    "Soak");
                }
                if (e % EDITS_PER_REVISION == 0) {
                    p.revisionService().freeze("Soak " + e / EDITS_PER_REVISION, null, AUTHOR);
                    double heap = heapAfterGc();
                    if (e == 2 * EDITS_PER_REVISION) {
                        heapWarm = heap;
                    }
                    heapPeak = Math.max(heapPeak, heap);
                    log.accept("soak: " + e + " edits, heap " + Math.round(heap) + " MB, file "
                            + Files.size(file) / (1024 * 1024) + " MB");
                }
                if (e % EDITS_PER_MERGE == 0) {
                    merge.accept(p);
                }
            }
            double heapEnd = heapAfterGc();
            long added = records(p) - records0;
            double bytesPerRecord = (double) (Files.size(file) - size0) / Math.max(1, added);
            List<String> problems = IntegrityCheck.run(p.database());
            problems.forEach(x -> log.accept("soak: check: " + x));
            double minutes = (System.nanoTime() - start) / 60e9;
            return List.of(
                    Measurement.figure(
                            "soak: heap growth once warm",
                            Math.max(heapEnd, heapPeak) - heapWarm,
                            "MB",
                            32,
                            true,
                            "after GC, from 5,000 edits to the end"),
                    Measurement.figure(
                            "soak: file growth per amendment or link",
                            bytesPerRecord,
                            "B",
                            4096,
                            true,
                            added + " amendments and links, 20 revisions"),
                    Measurement.figure("soak: integrity problems", problems.size(), "", 1, true, "penholder check"),
                    Measurement.figure("soak: the whole day", minutes, "min", 15, true, EDITS + " edits"));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Amendments and links: what a day of drafting adds (revisions ride on them). */
    private static long records(Project p) {
        return p.amendments().count() + p.links().count();
    }

    private static double heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024);
    }
}
