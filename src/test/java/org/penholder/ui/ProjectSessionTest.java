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
}
