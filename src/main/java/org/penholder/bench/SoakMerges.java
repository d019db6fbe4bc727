package org.penholder.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.penholder.backup.Backups;
import org.penholder.history.Proposal;
import org.penholder.history.ProposalService;
import org.penholder.merge.MergeGuards;
import org.penholder.merge.MergeProgress;
import org.penholder.merge.MergeReport;
import org.penholder.merge.MergeService;
import org.penholder.model.AmendmentStatus;
import org.penholder.model.Author;
import org.penholder.model.Input;
import org.penholder.model.Paragraph;
import org.penholder.project.Project;

/**
 * The soak's merges ({@link Soak#withMerge}): a teammate takes a copy of the project at one merge,
 * works on it apart (typing, links, footnotes, some on the paragraphs the soak types in too), and
 * the copy is merged back at the next, its conflicts rejected, before the teammate takes a fresh
 * copy. What the day of drafting does to a project that merges every few thousand edits.
 */
public final class SoakMerges implements Consumer<Project> {

    static final int EDITS = 500;
    static final int LINKS = 50;
    static final int FOOTNOTES = 20;

    private static final Author TEAMMATE = new Author("Teammate", "Co-facilitators");

    private final Path copy;
    private final Path backups;
    private final Consumer<String> log;
    private final SplittableRandom random;
    private int merges;

    public SoakMerges(Path workDir, long seed, Consumer<String> log) {
        this.copy = workDir.resolve("soak-teammate.penholder");
        this.backups = workDir.resolve("soak-backups");
        this.log = log;
        this.random = new SplittableRandom(seed);
    }

    @Override
    public void accept(Project p) {
        try {
            if (Files.exists(copy)) {
                work();
                long t0 = System.nanoTime();
                MergeReport r = service(p).merge(copy, MergeProgress.NONE).report();
                double ms = (System.nanoTime() - t0) / 1e6;
                merges++;
                rejectConflicts(p);
                log.accept("soak: merge " + merges + ": " + r.counts().amendments() + " amendments, "
                        + r.counts().links() + " links, " + r.counts().footnotes() + " footnotes in, "
                        + r.conflicts().size() + " conflicts, " + Math.round(ms) + " ms with the backup before it");
            }
            Files.deleteIfExists(copy);
            p.database().copyTo(copy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The teammate's work on the copy since it was taken. */
    private void work() {
        try (Project t = Project.open(copy, Project.Access.WRITE)) {
            t.database().run(() -> {
                List<Paragraph> live = t.draftService().draft().paragraphsInOrder();
                for (int i = 0; i < EDITS; i++) {
                    Paragraph target = t.drafts()
                            .paragraph(live.get(random.nextInt(live.size())).id())
                            .orElseThrow();
                    String text = target.text().length() > 1_500
                            ? target.text().substring(0, 200)
                            : target.text() + " t" + random.nextInt(1000);
                    t.draftService().setText(target.id(), text, TEAMMATE, null);
                }
                List<Input> inputs = t.inputs().all();
                for (int i = 0; i < LINKS; i++) {
                    Input in = inputs.get(random.nextInt(inputs.size()));
                    int length = t.inputs().text(in.id()).length();
                    int from = random.nextInt(Math.max(1, length - 80));
                    t.linkService()
                            .linkRange(
                                    live.get(random.nextInt(live.size())).id(),
                                    in.id(),
                                    from,
                                    Math.min(length, from + 40),
                                    null,
                                    TEAMMATE.display());
                }
                for (int i = 0; i < FOOTNOTES; i++) {
                    Paragraph target = t.drafts()
                            .paragraph(live.get(random.nextInt(live.size())).id())
                            .orElseThrow();
                    t.draftService()
                            .footnotes()
                            .add(target.id(), null, target.text().length(), "Teammate's note " + i, TEAMMATE);
                }
            });
        }
    }

    private void rejectConflicts(Project p) {
        for (Proposal x : p.proposalService().list(new ProposalService.Filter(null, AmendmentStatus.PROPOSED, null))) {
            if (x.mergeConflict()) {
                p.proposalService().reject(x.id(), TEAMMATE);
            }
        }
    }

    /** The project's merge, its backups in the soak's folder rather than the person's data folder. */
    private MergeService service(Project p) {
        return new MergeService(
                p.database(),
                new Backups(backups, p.database(), p.backups()::countsNow, Clock.systemUTC()),
                MergeGuards.STANDARD);
    }
}
