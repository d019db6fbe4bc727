package org.penholder.ui.merge;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.penholder.draft.Command;
import org.penholder.merge.MergeConflict;
import org.penholder.merge.MergeCounts;
import org.penholder.merge.MergeProgress;
import org.penholder.merge.MergeReport;
import org.penholder.merge.MergeService;
import org.penholder.ui.ProjectSession;

/**
 * File > Merge from Another Copy…, without the window: what a copy would bring in (the preview),
 * and the merge as one undoable command. Undoing it takes the merge back (docs/adr/0142); redoing
 * it merges the same file again.
 */
public final class MergeViewModel {

    private final ProjectSession session;

    public MergeViewModel(ProjectSession session) {
        this.session = session;
    }

    /**
     * What merging {@code other} would bring in, read on the project's thread; nothing is written. A
     * copy that cannot be merged fails the future with the reason (it is not a failure to read this project).
     */
    public CompletableFuture<MergeReport> preview(Path other) {
        return session.read(() -> {
                    try {
                        return new Outcome<>(service().preview(other), null);
                    } catch (RuntimeException e) {
                        return new Outcome<MergeReport>(null, e);
                    }
                })
                .thenApply(Outcome::get);
    }

    /** A result or the reason there is none, carried out of the project's thread. */
    record Outcome<T>(T value, RuntimeException error) {
        T get() {
            if (error != null) {
                throw error;
            }
            return value;
        }
    }

    /**
     * Merges {@code other} on the project's thread and returns the merge as a command to record for
     * Undo (use inside {@link ProjectSession#execute}); {@code progress} may stop it, leaving the
     * project as it was.
     */
    public Merge merge(Path other, MergeProgress progress) {
        // typing after the merge starts a new amendment, on the text as merged
        session.project().draftService().endBurst();
        return new Merge(other, service().merge(other, progress));
    }

    private MergeService service() {
        return session.project().mergeService();
    }

    /** A merge done, as one step of Undo. */
    public final class Merge implements Command {
        private final Path other;
        private MergeService.Merged merged;

        private Merge(Path other, MergeService.Merged merged) {
            this.other = other;
            this.merged = merged;
        }

        /** What the merge brought in. */
        public MergeReport report() {
            return merged.report();
        }

        @Override
        public String description() {
            return "Merge from " + other.getFileName();
        }

        @Override
        public void undo() {
            service().undo(merged);
        }

        @Override
        public void redo() {
            merged = service().merge(other, MergeProgress.NONE);
        }
    }

    /** The counts of a preview or a merge as lines a person reads ("3 amendments", "1 link removed"). */
    public static List<String> summary(MergeReport r) {
        MergeCounts n = r.counts();
        List<String> out = new ArrayList<>();
        add(out, n.amendments(), "change", "changes", " to the draft");
        add(out, n.paragraphs(), "new paragraph", "new paragraphs", "");
        add(out, n.paragraphsChanged(), "paragraph changed", "paragraphs changed", " (only in the other copy)");
        add(out, n.footnotes(), "new footnote", "new footnotes", "");
        add(out, n.footnotesChanged(), "footnote changed or removed", "footnotes changed or removed", "");
        add(out, n.inputs(), "input", "inputs", "");
        add(out, n.links(), "link", "links", "");
        add(out, n.linksChanged(), "link moved or annotated", "links moved or annotated", "");
        add(out, n.linksRemoved(), "link removed", "links removed", "");
        add(out, n.proposals(), "proposal", "proposals", " of delegations, with their decisions");
        add(out, n.decisions(), "decision", "decisions", " on proposals");
        add(out, n.stakeholders(), "stakeholder", "stakeholders", "");
        add(out, n.revisions(), "revision", "revisions", "");
        add(out, n.agreedTexts(), "adopted text", "adopted texts", " for the library of agreed language");
        add(out, n.agreedTextsRemoved(), "adopted text removed", "adopted texts removed", " from the library");
        if (n.titleChanged()) {
            out.add("the title or symbol");
        }
        return out;
    }

    private static void add(List<String> out, int n, String one, String many, String after) {
        if (n > 0) {
            out.add(n + " " + (n == 1 ? one : many) + after);
        }
    }

    /** A paragraph both copies changed, as the preview shows it side by side. */
    public record ConflictRow(String paragraph, String what, String by, String here, String there) {}

    /** The paragraphs both copies changed, each with this copy's version and the other's. */
    public static List<ConflictRow> conflicts(MergeReport r) {
        List<ConflictRow> out = new ArrayList<>();
        for (MergeConflict c : r.conflicts()) {
            out.add(new ConflictRow(
                    c.label(),
                    describe(c.aspect()),
                    c.by(),
                    version(c.aspect(), c.mine()),
                    version(c.aspect(), c.theirs())));
        }
        return out;
    }

    private static String describe(String aspect) {
        return switch (aspect) {
            case "text" -> "text";
            case "status" -> "status";
            case "kind" -> "preambular or operative";
            case "place" -> "place";
            case "life" -> "deleted in one copy, changed in the other";
            case "footnote" -> "a footnote";
            default -> aspect;
        };
    }

    private static String version(String aspect, String v) {
        if (v == null) {
            return aspect.equals("footnote") ? "(footnote removed)" : "(deleted)";
        }
        return aspect.equals("kind") ? (v.equals("PP") ? "Preambular" : "Operative") : v;
    }

    /** The sentence that says what a merge did, for the message after it. */
    public static String done(MergeReport r) {
        if (r.nothing()) {
            return r.other().getFileName() + " holds nothing this project lacks.";
        }
        String brought = String.join(", ", summary(r));
        String conflicts = r.conflicts().isEmpty()
                ? " No paragraph was changed differently in both copies."
                : " " + r.conflicts().size() + (r.conflicts().size() == 1 ? " paragraph was" : " paragraphs were")
                        + " changed differently in both copies: this project kept its version, and the other is a"
                        + " proposal marked as a merge conflict in the Amendments view.";
        return "Merged " + r.other().getFileName() + ": " + brought + "." + conflicts;
    }
}
