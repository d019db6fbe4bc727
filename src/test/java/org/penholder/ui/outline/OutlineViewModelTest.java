package org.penholder.ui.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.coverage.MadeUpProject;
import org.penholder.model.ParagraphStatus;
import org.penholder.ui.ProjectSession;
import org.penholder.ui.Synchronous;
import org.penholder.ui.draft.DraftState;
import org.penholder.ui.draft.DraftViewModel;
import org.penholder.ui.draft.OutlineRow;

/** The outline's status filter without the FX thread: headings stay while a paragraph of theirs shows. */
class OutlineViewModelTest {

    @TempDir
    Path dir;

    @Test
    void theFilterKeepsTheTitleAndTheHeadingsOfWhatItShows() {
        MadeUpProject m = new MadeUpProject(dir.resolve("made-up.penholder"));
        ProjectSession session = Synchronous.session(m.project, MadeUpProject.AUTHOR);
        DraftViewModel draft = new DraftViewModel(session);
        draft.load(DraftState.read(m.project));
        OutlineViewModel outline = new OutlineViewModel(draft);
        assertEquals(7, outline.rows().size(), "title, PP1, two headings, three paragraphs");

        draft.setStatus(m.op2, ParagraphStatus.BRACKETED);
        outline.showStatuses(Set.of(ParagraphStatus.BRACKETED));
        assertEquals("Bracketed", outline.filterTextProperty().get());
        assertEquals(
                java.util.List.of("Made-up outcome document", "Section A", "We renew the mandate of the Forum."),
                outline.rows().stream().map(OutlineRow::text).toList());

        session.undo().join(); // OP2 is drafting again: the filter follows the draft
        assertEquals(
                java.util.List.of("Made-up outcome document"),
                outline.rows().stream().map(OutlineRow::text).toList());
        outline.toggle(ParagraphStatus.DRAFTING, true);
        assertEquals("2 statuses", outline.filterTextProperty().get());
        assertEquals(7, outline.rows().size());
        session.close();
    }
}
