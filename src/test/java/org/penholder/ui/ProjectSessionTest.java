package org.penholder.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.model.Author;
import org.penholder.project.Project;

/** The project's own thread, without the FX thread: order, save state, closing. */
class ProjectSessionTest {

    @TempDir
    Path dir;

    @Test
    void workRunsInOrderAndTheStateSaysSaved() throws Exception {
        Project p = TestFiles.openSample(dir);
        ProjectSession session = new ProjectSession(p, Runnable::run, () -> new Author("T", ""));
        StringBuilder order = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            int n = i;
            session.submit(() -> order.append(n));
        }
        session.drained().get(10, TimeUnit.SECONDS);
        assertEquals("01234", order.toString());
        assertEquals(ProjectSession.SaveState.SAVED, session.saveStateProperty().get());
        session.close();
    }

    @Test
    void workArrivingAfterCloseIsCancelledNotThrown() throws Exception {
        Project p = TestFiles.openSample(dir);
        ProjectSession session = new ProjectSession(p, Runnable::run, () -> new Author("T", ""));
        session.close();
        var late = session.submit(() -> "too late");
        assertTrue(late.isCancelled(), "a refresh after close is dropped");
        assertEquals(ProjectSession.SaveState.SAVED, session.saveStateProperty().get(), "and is no save failure");
    }

    @Test
    void readingIsNoChange() throws Exception {
        Project p = TestFiles.openSample(dir);
        ProjectSession session = new ProjectSession(p, Runnable::run, () -> new Author("T", ""));
        java.util.List<ProjectSession.SaveState> states = new java.util.ArrayList<>();
        session.saveStateProperty().addListener((o, a, b) -> states.add(b));
        java.util.List<Throwable> readErrors = new java.util.ArrayList<>();
        java.util.List<Throwable> saveErrors = new java.util.ArrayList<>();
        session.setOnReadError(readErrors::add);
        session.setOnError(saveErrors::add);

        assertEquals(
                28,
                session.read(() -> p.draftService().draft().paragraphs().size()).get(10, TimeUnit.SECONDS));
        var failed = session.read(() -> {
            throw new IllegalStateException("the input 7 is no longer in the project");
        });
        assertTrue(
                org.junit.jupiter.api.Assertions.assertThrows(
                                        java.util.concurrent.ExecutionException.class,
                                        () -> failed.get(10, TimeUnit.SECONDS))
                                .getCause()
                        instanceof IllegalStateException);
        session.drained().get(10, TimeUnit.SECONDS);
        assertEquals(java.util.List.of(), states, "reading never says \"Saving\", nor \"could not save\"");
        assertEquals(null, session.lastSavedProperty().get(), "nothing was saved");
        assertEquals(1, readErrors.size(), "the failed read is reported as such");
        assertEquals(java.util.List.of(), saveErrors);

        // a change still goes through Saving to Saved, and a read after it sees it
        session.submit(() -> p.draftService().setTitle("Read after write", new Author("T", "")));
        assertEquals(
                "Read after write",
                session.read(() -> p.draftService().draft().title()).get(10, TimeUnit.SECONDS));
        assertEquals(java.util.List.of(ProjectSession.SaveState.SAVING, ProjectSession.SaveState.SAVED), states);
        session.close();
    }

    @Test
    void listenersHearCommittedChangesWithTheirOriginBeforeTheCallerGoesOn() throws Exception {
        Project p = TestFiles.openSample(dir);
        ProjectSession session = new ProjectSession(p, Runnable::run, () -> new Author("T", ""));
        java.util.List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        var subscription = session.subscribe(c -> heard.add(c.events() + " from " + c.origin()));
        String id = p.draftService().draft().paragraphsInOrder().getFirst().id();
        Object me = "the draft";
        session.submit(me, () -> {
                    p.draftService().setStatus(id, org.penholder.model.ParagraphStatus.BRACKETED, new Author("T", ""));
                    return null;
                })
                .thenRun(() -> heard.add("the caller goes on"))
                .get(10, TimeUnit.SECONDS);
        assertEquals(
                java.util.List.of("[ParagraphsChanged[ids=[" + id + "]]] from the draft", "the caller goes on"), heard);

        heard.clear();
        session.read(() -> p.draftService().draft()).get(10, TimeUnit.SECONDS);
        assertEquals(java.util.List.of(), heard, "a read tells nothing");

        var failed = session.submit(() -> {
            p.draftService().setStatus(id, org.penholder.model.ParagraphStatus.AGREED, new Author("T", ""));
            throw new IllegalStateException("the rest failed");
        });
        org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () -> failed.get(10, TimeUnit.SECONDS));
        assertEquals(
                java.util.List.of("[ParagraphsChanged[ids=[" + id + "]]] from null"),
                heard,
                "what was committed before the failure is told");

        heard.clear();
        subscription.close();
        session.submit(() -> {
                    p.draftService().setStatus(id, org.penholder.model.ParagraphStatus.DRAFTING, new Author("T", ""));
                    return null;
                })
                .get(10, TimeUnit.SECONDS);
        assertEquals(java.util.List.of(), heard, "a closed subscription hears nothing");
        session.close();
    }
}
