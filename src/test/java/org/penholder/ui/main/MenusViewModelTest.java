package org.penholder.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.coverage.MadeUpProject;
import org.penholder.sources.LinkCommands;
import org.penholder.ui.ProjectSession;
import org.penholder.ui.Synchronous;

/** The main window's menus without the window: Undo and Redo named after the command, items on and off. */
class MenusViewModelTest {

    @TempDir
    Path dir;

    @Test
    void undoAndRedoNameWhatTheyTakeBack() {
        MadeUpProject m = new MadeUpProject(dir.resolve("made-up.penholder"));
        ProjectSession session = Synchronous.session(m.project, MadeUpProject.AUTHOR);
        MenusViewModel menus = new MenusViewModel();
        assertFalse(menus.openProperty().get());
        menus.follow(session);
        assertTrue(menus.openProperty().get() && menus.writableProperty().get());
        assertEquals("Undo", menus.undoTextProperty().get());
        assertFalse(menus.canUndoProperty().get());

        LinkCommands links = new LinkCommands(m.project.linkService(), () -> MadeUpProject.AUTHOR);
        session.execute(() -> links.link(m.op3, m.icc, 0, 10, "OP3").command()).join();
        assertEquals("Undo Link to OP3", menus.undoTextProperty().get());
        assertTrue(menus.canUndoProperty().get());
        session.undo().join();
        assertEquals("Redo Link to OP3", menus.redoTextProperty().get());
        assertEquals("Undo", menus.undoTextProperty().get());

        menus.clear();
        assertFalse(menus.openProperty().get() || menus.canRedoProperty().get());
        assertEquals("Redo", menus.redoTextProperty().get());
        session.close();
    }
}
