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
import org.penholder.text.Phrase;
import org.penholder.ui.ProjectSession;
import org.penholder.ui.common.Messages;
import org.penholder.ui.common.Names;

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
        public Phrase phrase() {
            return Phrase.of("merge.undo", other.getFileName().toString());
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
        add(out, n.amendments(), "amendments");
        add(out, n.paragraphs(), "paragraphs");
        add(out, n.paragraphsChanged(), "paragraphsChanged");
        add(out, n.footnotes(), "footnotes");
        add(out, n.footnotesChanged(), "footnotesChanged");
        add(out, n.inputs(), "inputs");
        add(out, n.links(), "links");
        add(out, n.linksChanged(), "linksChanged");
        add(out, n.linksRemoved(), "linksRemoved");
        add(out, n.proposals(), "proposals");
        add(out, n.decisions(), "decisions");
        add(out, n.stakeholders(), "stakeholders");
        add(out, n.revisions(), "revisions");
        add(out, n.agreedTexts(), "agreedTexts");
        add(out, n.agreedTextsRemoved(), "agreedTextsRemoved");
        if (n.titleChanged()) {
            out.add(Messages.get("merge.summary.title"));
        }
        return out;
    }

    private static void add(List<String> out, int n, String what) {
        if (n > 0) {
            out.add(Messages.get("merge.summary." + what, n));
        }
    }

    /**
     * A paragraph both copies changed, as the preview shows it side by side; {@code aspect} is what
     * changed as the merge names it ("text", "status", ...), {@code what} the same for a person.
     */
    public record ConflictRow(String paragraph, String aspect, String what, String by, String here, String there) {}

    /** The paragraphs both copies changed, each with this copy's version and the other's. */
    public static List<ConflictRow> conflicts(MergeReport r) {
        List<ConflictRow> out = new ArrayList<>();
        for (MergeConflict c : r.conflicts()) {
            out.add(new ConflictRow(
                    c.label(),
                    c.aspect(),
                    describe(c.aspect()),
                    Names.person(c.by()),
                    version(c.aspect(), c.mine()),
                    version(c.aspect(), c.theirs())));
        }
        return out;
    }

    private static String describe(String aspect) {
        return switch (aspect) {
            case "text", "status", "kind", "place", "life", "footnote" -> Messages.get("merge.aspect." + aspect);
            default -> aspect;
        };
    }

    private static String version(String aspect, String v) {
        if (v == null) {
            return Messages.get(aspect.equals("footnote") ? "merge.version.footnoteRemoved" : "merge.version.deleted");
        }
        return aspect.equals("kind")
                ? Messages.get(v.equals("PP") ? "enum.ParagraphKind.PP" : "enum.ParagraphKind.OP")
                : v;
    }

    /** The sentence that says what a merge did, for the message after it. */
    public static String done(MergeReport r) {
        String file = r.other().getFileName().toString();
        if (r.nothing()) {
            return Messages.get("merge.done.nothing", file);
        }
        String brought = String.join(Messages.get("merge.done.listSeparator"), summary(r));
        String conflicts = r.conflicts().isEmpty()
                ? Messages.get("merge.done.noConflicts")
                : Messages.get("merge.done.conflicts", r.conflicts().size());
        return Messages.get("merge.done", file, brought, conflicts);
    }
}
