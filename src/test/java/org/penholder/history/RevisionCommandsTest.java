package org.penholder.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.draft.CommandStack;
import org.penholder.model.Author;
import org.penholder.model.Revision;
import org.penholder.project.Project;

/** A revision frozen by mistake is taken back by Undo, numbering and all, and comes back the same. */
class RevisionCommandsTest {

    @TempDir
    Path dir;

    @Test
    void freezingWithNumberingAndRenumberingAreUndoneAndRedone() {
        try (Project p = TestFiles.openSample(dir)) {
            RevisionService service = p.revisionService();
            RevisionCommands commands = new RevisionCommands(service, () -> new Author("T", ""));
            int revisions = service.revisions().size();
            var blocksOf = (java.util.function.Function<Revision, Object>)
                    r -> p.revisions().blocks(r.id());
            CommandStack stack = new CommandStack(10);
            RevisionCommands.Frozen frozen = commands.freeze("Rev.9", "for the capitals", true);
            stack.done(frozen.command());
            Object blocks = blocksOf.apply(frozen.revision());
            assertEquals("Freeze Rev.9", stack.undoDescription().orElseThrow());
            assertEquals(
                    frozen.revision().id(),
                    service.frozenNumbering().orElseThrow().id());

            stack.done(commands.renumber());
            assertTrue(service.frozenNumbering().isEmpty());
            stack.undo();
            assertEquals(
                    frozen.revision().id(),
                    service.frozenNumbering().orElseThrow().id(),
                    "renumbering undone");

            stack.undo();
            assertEquals(revisions, service.revisions().size());
            assertTrue(service.frozenNumbering().isEmpty(), "numbering is as it was before the freeze");

            stack.redo();
            Revision back = service.revision("Rev.9");
            assertEquals(frozen.revision(), back, "the same id, time, author and note");
            assertEquals(blocks, blocksOf.apply(back), "and the same text");
            assertEquals(back.id(), service.frozenNumbering().orElseThrow().id());
        }
    }
}
