package org.penholder.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.coverage.MadeUpProject;
import org.penholder.draft.CommandStack;

/** A note on a link and a confirmed link are undone and redone like a link made or removed. */
class LinkCommandsTest {

    @TempDir
    Path dir;

    @Test
    void aNoteIsUndoneAndRedone() {
        MadeUpProject m = new MadeUpProject(dir.resolve("p.penholder"));
        try (var p = m.project) {
            LinkCommands commands = new LinkCommands(p.linkService(), () -> MadeUpProject.AUTHOR);
            CommandStack stack = new CommandStack(10);
            stack.done(commands.setNote(m.op1ToIsoc, "the IGF paragraph", "1."));
            assertEquals("Note on a source of 1.", stack.undoDescription().orElseThrow());
            stack.undo();
            assertNull(p.linkService().link(m.op1ToIsoc).note());
            stack.redo();
            assertEquals("the IGF paragraph", p.linkService().link(m.op1ToIsoc).note());
        }
    }

    @Test
    void aConfirmationIsUndoneToASuspectLinkAgain() {
        MadeUpProject m = new MadeUpProject(dir.resolve("p.penholder"));
        try (var p = m.project) {
            p.draftService()
                    .setText(m.op1, "Entirely different words now stand here instead.", MadeUpProject.AUTHOR, null);
            assertTrue(p.linkService().link(m.op1ToIsoc).suspect());
            LinkCommands commands = new LinkCommands(p.linkService(), () -> MadeUpProject.AUTHOR);
            CommandStack stack = new CommandStack(10);
            stack.done(commands.confirm(m.op1ToIsoc, "1."));
            assertFalse(p.linkService().link(m.op1ToIsoc).suspect());
            stack.undo();
            assertTrue(p.linkService().link(m.op1ToIsoc).suspect(), "suspect again");
            assertEquals(
                    "We commit to meaningful connectivity.",
                    p.linkService().reference(m.op1ToIsoc).paragraphText());
            stack.redo();
            assertFalse(p.linkService().link(m.op1ToIsoc).suspect());
        }
    }
}
