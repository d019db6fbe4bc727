package org.penholder.ui.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.docx.ExportOptions;
import org.penholder.model.Author;
import org.penholder.project.Project;
import org.penholder.ui.FakeDialogs;
import org.penholder.ui.ProjectSession;
import org.penholder.ui.Synchronous;

/** The Word actions without the window: an export and an import of a draft, the import undone. */
class WordFileActionsViewModelTest {

    @TempDir
    Path dir;

    @Test
    void anExportReadBackIsARevisionThatUndoTakesBack() throws Exception {
        Project p = TestFiles.openSample(dir);
        ProjectSession session = Synchronous.session(p, new Author("T", "Secretariat"));
        FakeDialogs dialogs = new FakeDialogs();
        WordFileActions actions = new WordFileActions(session, dialogs, () -> {}, () -> {});
        Path out = dir.resolve("zero.docx");
        dialogs.exportChoice = new ExportOptions(ExportOptions.Kind.CLEAN, "Zero draft", ExportOptions.Sources.NONE);
        dialogs.toWrite = out;
        actions.export();
        assertTrue(Files.size(out) > 0);
        assertTrue(
                dialogs.informations.getLast().startsWith("Exported to Word: Wrote " + out),
                dialogs.informations.toString());

        dialogs.toRead = out;
        dialogs.text = "As returned";
        actions.importDraft();
        assertEquals(List.of("Zero draft", "As returned"), p.revisionNames(), dialogs.errors.toString());
        assertEquals(
                "Import the draft As returned",
                session.undoDescriptionProperty().get());
        session.undo().join();
        assertEquals(List.of("Zero draft"), p.revisionNames());
        session.redo().join();
        assertEquals(List.of("Zero draft", "As returned"), p.revisionNames());
        session.close();
    }
}
