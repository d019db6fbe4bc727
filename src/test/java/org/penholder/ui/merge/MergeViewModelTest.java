package org.penholder.ui.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.merge.MergeReport;
import org.penholder.model.Author;
import org.penholder.project.Project;
import org.penholder.ui.ProjectSession;

/** The merge of the window without the FX thread: preview, merge as one command, undo and redo. */
class MergeViewModelTest {

    private static final Author ANN = new Author("Ann", "");

    @TempDir
    Path dir;

    private static List<String> draft(Project p) {
        return p.draftService().draft().paragraphsInOrder().stream()
                .map(x -> x.id() + " " + x.status() + " " + x.text())
                .toList();
    }

    private Path[] copies() throws Exception {
        return TwoCopies.in(dir, "Ann's version of the third paragraph.", "Ben's version of the third paragraph.");
    }

    @Test
    void previewMergeUndoAndRedo() throws Exception {
        Path[] c = copies();
        try (Project project = Project.open(c[0], Project.Access.WRITE)) {
            ProjectSession session = new ProjectSession(project, Runnable::run, () -> ANN);
            try {
                MergeViewModel vm = new MergeViewModel(session);
                List<String> before = draft(project);
                MergeReport preview = vm.preview(c[1]).get(10, TimeUnit.SECONDS);
                assertTrue(preview.preview());
                assertEquals(List.of("2 changes to the draft", "1 new paragraph"), MergeViewModel.summary(preview));
                MergeViewModel.ConflictRow row =
                        MergeViewModel.conflicts(preview).get(0);
                assertEquals("text", row.what());
                assertEquals("Ann's version of the third paragraph.", row.here());
                assertEquals("Ben's version of the third paragraph.", row.there());
                assertEquals(before, draft(project), "a preview writes nothing");

                MergeViewModel.Merge[] done = {null};
                session.execute(() -> done[0] = vm.merge(c[1], (what, f) -> {})).get(30, TimeUnit.SECONDS);
                List<String> merged = draft(project);
                assertEquals(before.size() + 1, merged.size());
                assertEquals(
                        "Merge from b.penholder",
                        session.undoDescriptionProperty().get());
                assertTrue(MergeViewModel.done(done[0].report()).contains("1 paragraph was changed differently"));

                session.undo().get(30, TimeUnit.SECONDS);
                assertEquals(before, draft(project), "undo takes the merge back");
                assertEquals(
                        List.of(),
                        project.proposalService().list(org.penholder.history.ProposalService.Filter.ALL).stream()
                                .filter(org.penholder.history.Proposal::mergeConflict)
                                .toList());
                session.redo().get(30, TimeUnit.SECONDS);
                assertEquals(merged, draft(project), "redo merges the same copy again");
            } finally {
                session.drained().get(10, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void aCopyThatCannotBeMergedFailsThePreviewWithTheReason() throws Exception {
        Path[] c = copies();
        Path other = dir.resolve("other.penholder");
        Project.create(other, "Another project", null).close();
        try (Project project = Project.open(c[0], Project.Access.WRITE)) {
            ProjectSession session = new ProjectSession(project, Runnable::run, () -> ANN);
            Throwable[] readError = {null};
            session.setOnReadError(e -> readError[0] = e);
            ExecutionException e = assertThrows(
                    ExecutionException.class,
                    () -> new MergeViewModel(session).preview(other).get(10, TimeUnit.SECONDS));
            assertTrue(
                    e.getCause().getMessage().contains("copy of another project"),
                    e.getCause().getMessage());
            assertEquals(null, readError[0], "it is not a failure to read this project");
            session.drained().get(10, TimeUnit.SECONDS);
        }
    }
}
