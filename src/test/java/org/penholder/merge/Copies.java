package org.penholder.merge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.penholder.TestFiles;
import org.penholder.model.Author;
import org.penholder.model.Draft;
import org.penholder.model.Footnote;
import org.penholder.model.Paragraph;
import org.penholder.project.Project;
import org.penholder.store.TestSql;

/** Two copies of one project, as two people on two laptops have them, and what the tests compare of them. */
final class Copies {

    static final Author ANN = new Author("Ann", "Co-facilitators");
    static final Author BEN = new Author("Ben", "Co-facilitators");

    private Copies() {}

    /** Copies the sample project to {@code dir}/a.penholder and b.penholder: the same project, twice. */
    static Path[] ofSample(Path dir) {
        Path sample = TestFiles.sampleCopy(dir);
        try {
            Path a = dir.resolve("a.penholder");
            Path b = dir.resolve("b.penholder");
            Files.copy(sample, a);
            Files.copy(sample, b);
            Files.delete(sample);
            return new Path[] {a, b};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Merges {@code other} into {@code file}, opened for writing. */
    static MergeReport merge(Path file, Path other) {
        try (Project p = Project.open(file, Project.Access.WRITE)) {
            return p.mergeService().merge(other, MergeProgress.NONE).report();
        }
    }

    /**
     * The draft as a reader sees it: title, symbol, and every heading and paragraph with its id, kind,
     * status and text, in order, each paragraph followed by its footnotes (uid, place, words).
     */
    static List<String> draft(Path file) {
        try (Project p = Project.open(file, Project.Access.READ)) {
            return draft(p);
        }
    }

    static List<String> draft(Project p) {
        Draft d = p.draftService().draft();
        List<String> out = new ArrayList<>();
        out.add("title " + d.title());
        out.add("symbol " + d.symbol());
        java.util.Map<String, Paragraph> byId = new java.util.HashMap<>();
        d.paragraphs().forEach(x -> byId.put(x.id(), x));
        var footnotes = p.drafts().footnotes().all();
        for (Draft.Block b : d.blocks()) {
            Paragraph x = byId.get(b.id());
            out.add(b.kind() + " " + b.id() + (x == null ? "" : " " + x.status()) + " " + b.text());
            for (Footnote f : footnotes.getOrDefault(b.id(), List.of())) {
                out.add("  footnote " + f.uid() + " at " + f.anchor() + ": " + f.text());
            }
        }
        return out;
    }

    /** The library of adopted texts, by content, with each citation as the draft paragraph and the adopted paragraph's place. */
    static Set<String> agreed(Path file) {
        Set<String> out = uids(file, "SELECT 'text ' || sha256 FROM agreed_text");
        out.addAll(
                uids(
                        file,
                        "SELECT 'citation ' || c.paragraph_id || ' ' || t.sha256 || '#' || a.ordinal FROM agreed_citation c "
                                + "JOIN agreed_paragraph a ON a.id = c.agreed_paragraph_id JOIN agreed_text t ON t.id = a.text_id"));
        return out;
    }

    /** The uids of every amendment of a file. */
    static Set<String> amendmentUids(Path file) {
        return uids(file, "SELECT uid FROM amendment");
    }

    static Set<String> uids(Path file, String sql) {
        try (Project p = Project.open(file, Project.Access.READ)) {
            List<String> all = TestSql.strings(p.database(), sql);
            return new TreeSet<>(all);
        }
    }

    /** Links as paragraph, passage and note: what two copies must agree on. */
    static Set<String> links(Path file) {
        return uids(
                file,
                "SELECT l.paragraph_id || '|' || i.sha256 || '|' || l.start_char || '|' || l.end_char || '|' "
                        + "|| COALESCE(l.note, '') FROM link l JOIN input i ON i.id = l.input_id");
    }

    /** Proposals by uid with their status. */
    static Set<String> proposals(Path file) {
        return uids(file, "SELECT uid || ' ' || status FROM amendment WHERE status <> 'APPLIED'");
    }

    /** Every open proposal that is a merge conflict, decided by accepting or rejecting it (alternately). */
    static void decideConflicts(Path file, Author who) {
        try (Project p = Project.open(file, Project.Access.WRITE)) {
            int i = 0;
            for (var proposal : p.proposalService().list(org.penholder.history.ProposalService.Filter.ALL)) {
                if (proposal.mergeConflict() && proposal.status() == org.penholder.model.AmendmentStatus.PROPOSED) {
                    if (i++ % 2 == 0 && !proposal.outdated()) {
                        try {
                            p.proposalService().accept(proposal.id(), who);
                            continue;
                        } catch (RuntimeException cannot) {
                            // an anchor gone since: rejected like any proposal that cannot apply
                        }
                    }
                    p.proposalService().reject(proposal.id(), who);
                }
            }
        }
    }
}
