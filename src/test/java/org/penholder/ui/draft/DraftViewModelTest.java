package org.penholder.ui.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.coverage.MadeUpProject;
import org.penholder.model.BlockKind;
import org.penholder.model.ParagraphStatus;
import org.penholder.ui.ProjectSession;
import org.penholder.ui.Synchronous;

/** The draft's view model without the FX thread: its own edits are not read back, others' are. */
class DraftViewModelTest {

    @TempDir
    Path dir;

    MadeUpProject m;
    ProjectSession session;
    DraftViewModel vm;

    @BeforeEach
    void open() {
        m = new MadeUpProject(dir.resolve("made-up.penholder"));
        session = Synchronous.session(m.project, MadeUpProject.AUTHOR);
        vm = new DraftViewModel(session);
        vm.load(DraftState.read(m.project));
    }

    @AfterEach
    void close() {
        session.close();
    }

    private List<EditorLine> lines() {
        List<EditorLine> out = new ArrayList<>();
        for (var b : vm.blocks()) {
            out.add(new EditorLine(new BlockRef(b.kind(), b.id()), b.text()));
        }
        return out;
    }

    @Test
    void typingIsWrittenAndNotReadBackIntoTheEditor() {
        int rebuilt = vm.documentVersionProperty().get();
        List<EditorLine> lines = lines();
        for (int i = 0; i < lines.size(); i++) {
            if (m.op1.equals(lines.get(i).ref().id())) {
                lines.set(i, new EditorLine(lines.get(i).ref(), "We commit to universal connectivity."));
            }
        }
        vm.editorChanged(lines);
        vm.flushTyping();
        assertEquals(
                "We commit to universal connectivity.",
                m.project.draftService().paragraph(m.op1).text());
        assertEquals(
                rebuilt,
                vm.documentVersionProperty().get(),
                "the editor keeps its text: no rebuild for its own typing");
        assertEquals("Typing in 1.", session.undoDescriptionProperty().get());

        session.undo().join();
        assertEquals(rebuilt + 1, vm.documentVersionProperty().get(), "an undo is read back");
        assertEquals(
                "We commit to meaningful connectivity.",
                vm.blocks().stream()
                        .filter(b -> m.op1.equals(b.id()))
                        .findFirst()
                        .orElseThrow()
                        .text());
    }

    @Test
    void aParagraphWithoutANumberIsNamedInTheWindowsLanguage() {
        org.penholder.ui.common.Messages.use(java.util.Locale.FRENCH);
        try {
            assertEquals("ce paragraphe", vm.where(null), "never the English words in a French sentence");
            assertEquals(vm.label(m.op2).orElseThrow(), vm.where(m.op2), "a numbered paragraph by its number");
            vm.setStatus(m.op2, ParagraphStatus.BRACKETED);
            assertTrue(
                    session.undoDescriptionProperty()
                            .get()
                            .contains(vm.label(m.op2).orElseThrow()),
                    session.undoDescriptionProperty().get());
        } finally {
            org.penholder.ui.common.Messages.use(java.util.Locale.ENGLISH);
        }
    }

    @Test
    void aStatusSetHereShowsAtOnceAndIsOneUndoableCommand() {
        vm.setStatus(m.op2, ParagraphStatus.BRACKETED);
        assertEquals(ParagraphStatus.BRACKETED, vm.status(m.op2));
        assertEquals(
                ParagraphStatus.BRACKETED,
                m.project.draftService().paragraph(m.op2).status());
        session.undo().join();
        assertEquals(ParagraphStatus.DRAFTING, vm.status(m.op2), "the undo made elsewhere is followed");
    }

    @Test
    void theTitleTypedIsACommandNamedForIt() {
        List<EditorLine> lines = lines();
        assertEquals(BlockKind.TITLE, lines.getFirst().ref().kind());
        lines.set(0, new EditorLine(lines.getFirst().ref(), "Made-up outcome document, revised"));
        vm.editorChanged(lines);
        vm.flushTyping();
        assertEquals("Typing in the title", session.undoDescriptionProperty().get());
        session.undo().join();
        assertEquals("Made-up outcome document", vm.titleProperty().get());
        assertTrue(session.redoDescriptionProperty().get().contains("title"));
    }
}
