package org.penholder.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.penholder.text.Phrase;

class CommandStackTest {

    private record Step(String description, List<String> log) implements Command {
        @Override
        public Phrase phrase() {
            return Phrase.verbatim(description);
        }

        @Override
        public void undo() {
            log.add("undo " + description);
        }

        @Override
        public void redo() {
            log.add("redo " + description);
        }
    }

    @Test
    void undoAndRedoWalkTheHistoryAndANewCommandClearsRedo() {
        List<String> log = new ArrayList<>();
        CommandStack stack = new CommandStack(10);
        stack.done(new Step("a", log));
        stack.done(new Step("b", log));
        assertEquals("b", stack.undo().orElseThrow());
        assertEquals("a", stack.undo().orElseThrow());
        assertTrue(stack.undo().isEmpty());
        assertEquals("a", stack.redo().orElseThrow());
        stack.done(new Step("c", log));
        assertTrue(stack.redoDescription().isEmpty(), "a new command forgets what was undone");
        assertEquals(List.of("undo b", "undo a", "redo a"), log);
    }

    @Test
    void theStackIsBounded() {
        CommandStack stack = new CommandStack(3);
        List<String> log = new ArrayList<>();
        for (String s : List.of("1", "2", "3", "4", "5")) {
            stack.done(new Step(s, log));
        }
        int undone = 0;
        while (stack.undo().isPresent()) {
            undone++;
        }
        assertEquals(3, undone);
    }
}
