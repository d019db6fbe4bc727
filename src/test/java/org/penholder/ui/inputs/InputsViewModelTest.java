package org.penholder.ui.inputs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.coverage.MadeUpProject;
import org.penholder.ingest.ImportDetails;
import org.penholder.model.InputFilter;
import org.penholder.model.InputKind;
import org.penholder.ui.ProjectSession;
import org.penholder.ui.Synchronous;
import org.penholder.ui.draft.DraftState;
import org.penholder.ui.draft.DraftViewModel;

/** The library, the reader and linking, without the FX thread. */
class InputsViewModelTest {

    @TempDir
    Path dir;

    MadeUpProject m;
    ProjectSession session;
    final FakeInputDialogs dialogs = new FakeInputDialogs();
    final List<String> refusals = new java.util.ArrayList<>();

    @BeforeEach
    void open() {
        m = new MadeUpProject(dir.resolve("made-up.penholder"));
        session = Synchronous.session(m.project, MadeUpProject.AUTHOR);
        session.setOnRefused(refusals::add);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void anImportIsOneCommandThatUndoTakesBack() throws Exception {
        InputsViewModel vm = new InputsViewModel(session, dialogs);
        vm.refresh();
        assertEquals("6 inputs", vm.statusProperty().get());
        dialogs.files = List.of(
                Files.writeString(dir.resolve("Youth forum.txt"), "Young people ask for digital skills in schools."),
                Files.writeString(dir.resolve("Parliaments.txt"), "Parliaments ask to be heard in the review."));
        dialogs.details =
                new ImportDetails("Youth caucus", "Youth networks", InputKind.WRITTEN, null, null, null, List.of());
        vm.importFiles();
        assertEquals(1, dialogs.reports.size());
        assertEquals("8 inputs", vm.statusProperty().get(), "the library follows the import's batches");
        assertTrue(vm.groups().contains("Youth networks"), "and its filters the new group");
        assertEquals("Import 2 inputs", session.undoDescriptionProperty().get());

        vm.queryProperty().set("digital skills");
        vm.refresh();
        assertEquals("1 input found", vm.statusProperty().get());

        session.undo().join();
        assertEquals("Nothing found", vm.statusProperty().get());
        vm.queryProperty().set("");
        vm.refresh();
        assertEquals("6 inputs", vm.statusProperty().get());
        assertTrue(!vm.groups().contains("Youth networks"));
    }

    @Test
    void aPassageLinkedInTheReaderShowsInTheReaderTheLibraryAndTheDraft() {
        DraftViewModel draft = new DraftViewModel(session);
        draft.load(DraftState.read(m.project));
        InputsViewModel library = new InputsViewModel(session, dialogs);
        library.filterProperty().set(InputFilter.ALL.withLinked(InputFilter.Linked.NOT_LINKED));
        library.refresh();
        assertEquals(2, library.rows().size());
        ReaderViewModel reader = new ReaderViewModel(session, draft);
        reader.show(m.icc, null);
        draft.currentParagraphProperty().set(m.op3);
        assertEquals("Link to 3.", reader.linkText());
        String text = reader.shownProperty().get().text();
        int at = text.indexOf("legal certainty");

        reader.link(m.op3, m.icc, at, at + "legal certainty".length()).join();
        assertEquals(1, reader.links().size(), "the reader marks the passage");
        assertEquals(List.of("3."), reader.labelsAt(at), "and says where it is used");
        assertEquals(1, library.rows().size(), "the library no longer lists it as not linked");
        assertEquals("Link to 3.", session.undoDescriptionProperty().get());
        session.undo().join();
        assertEquals(0, reader.links().size());
    }

    @Test
    void undoingAnImportWhoseInputWasLinkedSinceIsRefusedWithTheReason() throws Exception {
        InputsViewModel vm = new InputsViewModel(session, dialogs);
        dialogs.files = List.of(Files.writeString(dir.resolve("Late.txt"), "A late submission on open source."));
        dialogs.details = ImportDetails.NONE;
        vm.importFiles();
        long late = m.project.inputs().all().getLast().id();
        // linked outside the window's commands, as the command line would
        session.submit(() -> m.project.linkService().linkQuote(m.op3, late, "open source", null, "CLI"))
                .join();
        session.undo();
        assertEquals(1, refusals.size());
        assertTrue(refusals.getFirst().contains("\u201CLate\u201D"), refusals.getFirst());
        assertEquals(7, m.project.inputs().count(), "nothing was changed");
        assertEquals("Import Late", session.undoDescriptionProperty().get(), "and it can still be undone later");
    }
}
