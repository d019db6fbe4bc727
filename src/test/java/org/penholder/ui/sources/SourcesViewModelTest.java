package org.penholder.ui.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.model.Author;
import org.penholder.model.LinkedPassage;
import org.penholder.model.ParagraphKind;
import org.penholder.project.Project;
import org.penholder.ui.ProjectSession;
import org.penholder.ui.Synchronous;
import org.penholder.ui.draft.DraftState;
import org.penholder.ui.draft.DraftViewModel;

/** The Sources panel and its suggestions without the FX thread: each action a command the panel follows. */
class SourcesViewModelTest {

    @TempDir
    Path dir;

    Project p;
    ProjectSession session;
    DraftViewModel draft;
    String op1;

    @BeforeEach
    void open() {
        p = TestFiles.openSample(dir);
        session = Synchronous.session(p, new Author("Test Drafter", ""));
        draft = new DraftViewModel(session);
        draft.load(DraftState.read(p));
        op1 = p.draftService().draft().paragraphsInOrder().stream()
                .filter(x -> x.kind() == ParagraphKind.OP)
                .findFirst()
                .orElseThrow()
                .id();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void removeANoteAndConfirmAreCommandsThePanelFollows() {
        SourcesViewModel vm = new SourcesViewModel(session, draft);
        assertEquals(
                "Select a paragraph to see the inputs it draws on.",
                vm.placeholderProperty().get());
        draft.currentParagraphProperty().set(op1);
        int sources = vm.passages().size();
        assertEquals("Sources of 1. (" + sources + ")", vm.headingProperty().get());
        LinkedPassage first = vm.passages().getFirst();

        vm.setNote(first, "the community networks").join();
        assertEquals("the community networks", vm.passages().getFirst().link().note());
        assertEquals("Note on a source of 1.", session.undoDescriptionProperty().get());

        vm.remove(vm.passages().getFirst()).join();
        assertEquals(sources - 1, vm.passages().size());
        assertEquals(
                "Sources of 1. (" + (sources - 1) + ")", vm.headingProperty().get());
        session.undo().join();
        session.undo().join();
        assertEquals(sources, vm.passages().size());
        assertEquals(null, vm.passages().getFirst().link().note(), "both undone, in order");

        session.submit(() -> p.draftService().setText(op1, "Entirely different words now.", new Author("T", ""), null))
                .join();
        assertTrue(vm.passages().stream().allMatch(x -> x.link().suspect()), "rewritten, its links are suspect");
        vm.confirm(vm.passages().getFirst()).join();
        assertFalse(vm.passages().getFirst().link().suspect());
        assertEquals("Confirm a source of 1.", session.undoDescriptionProperty().get());
    }

    @Test
    void aSuggestionLinkedLeavesTheSuggestionsAndJoinsTheSources() {
        SourcesViewModel sources = new SourcesViewModel(session, draft);
        SuggestionsViewModel suggestions = new SuggestionsViewModel(session, draft);
        draft.currentParagraphProperty().set(op1);
        suggestions.show(op1).join();
        assertFalse(suggestions.suggestions().isEmpty(), "the sample has unlinked inputs that match 1.");
        var s = suggestions.suggestions().getFirst();
        int before = sources.passages().size();
        suggestions.link(s).join();
        assertEquals(before + 1, sources.passages().size());
        assertTrue(
                suggestions.suggestions().stream()
                        .noneMatch(x -> x.input().id() == s.input().id()),
                "an input linked is suggested no more");
        assertEquals(
                List.of("Link to 1."), List.of(session.undoDescriptionProperty().get()));
    }
}
