package org.penholder.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.draft.Command;
import org.penholder.model.Author;
import org.penholder.model.Ids;
import org.penholder.model.Paragraph;
import org.penholder.model.ParagraphKind;
import org.penholder.model.RevisionBlock;
import org.penholder.project.Project;
import org.penholder.project.SampleProject;

/** Revision > Continue from This Revision: any revision becomes the working draft, in one undoable step. */
class ContinueFromRevisionTest {

    private static final Author ME = new Author("Ana Drafter", "Co-facilitators");

    @TempDir
    Path dir;

    /** What the working draft holds, ids and footnotes included. */
    static List<String> draft(Project p) {
        return blocks(p.continueFrom().snapshot().blocks());
    }

    static List<String> blocks(List<RevisionBlock> blocks) {
        List<String> out = new ArrayList<>();
        for (RevisionBlock b : blocks) {
            out.add(b.kind() + "|" + b.id() + "|" + b.status() + "|" + b.text() + "|" + b.footnotes());
        }
        return out;
    }

    @Test
    void anEarlierRevisionBecomesTheWorkingDraftAndUndoBringsTheDraftBack() {
        try (Project p = TestFiles.openSample(dir)) {
            var s = p.draftService();
            List<Paragraph> ops = s.draft().paragraphsInOrder().stream()
                    .filter(x -> x.kind() == ParagraphKind.OP)
                    .toList();
            s.footnotes().add(ops.get(0).id(), null, 5, "A note of the zero draft.", ME);
            p.revisionService().freeze("Before the edits", null, ME);
            List<String> frozen = draft(p);
            s.setText(ops.get(0).id(), "Changed words.", ME, null);
            s.deleteParagraph(ops.get(1).id(), ME);
            s.insertParagraph(
                    Ids.newParagraphId(), ops.get(2).sectionId(), 0, ParagraphKind.OP, "A new paragraph;", ME);
            s.moveParagraph(ops.get(3).id(), ops.get(5).sectionId(), 0, ME);
            s.footnotes().add(ops.get(4).id(), null, 3, "A later note.", ME);
            String section = s.draft().sectionsInOrder().get(1).id();
            s.renameSection(section, "Renamed heading", ME);
            s.endBurst();
            List<String> edited = draft(p);
            assertNotEquals(frozen, edited);
            int amendments = p.amendments().latest(100_000).size();

            Command step = p.continueFrom().continueFromCommand("Before the edits", () -> ME);
            assertEquals(frozen, draft(p), "the working draft is the revision, ids, statuses and footnotes alike");
            assertTrue(p.amendments().latest(100_000).size() > amendments, "every change is an amendment");
            step.undo();
            assertEquals(edited, draft(p), "one undo brings the draft back as it was");
            step.redo();
            assertEquals(frozen, draft(p));
        }
    }

    @Test
    void aDraftReceivedFromOutsideBecomesTheWorkingDraft() {
        try (Project p = TestFiles.openSample(dir)) {
            List<RevisionBlock> zero = p.revisions()
                    .blocks(p.revisions()
                            .byName(SampleProject.FIRST_REVISION)
                            .orElseThrow()
                            .id());
            // a revision whose paragraphs carry ids the project never had, as one imported from Word
            List<RevisionBlock> foreign = new ArrayList<>();
            for (RevisionBlock b : zero) {
                foreign.add(new RevisionBlock(
                        b.ordinal(),
                        b.kind(),
                        b.kind().isParagraph() ? Ids.newParagraphId() : b.id(),
                        b.label(),
                        b.status(),
                        b.text() + (b.kind().isParagraph() ? " (received)" : ""),
                        b.footnotes()));
            }
            p.revisions().create("Received", null, "Secretariat", "Received draft", "", false, foreign);
            List<String> idsBefore = p.draftService().draft().paragraphsInOrder().stream()
                    .map(Paragraph::id)
                    .toList();
            var r = p.continueFrom().continueFrom("Received", ME);
            assertEquals(0, r.added(), "the received paragraphs are the draft's, matched by their words");
            assertEquals(0, r.deleted());
            assertEquals(foreign.stream().filter(b -> b.kind().isParagraph()).count(), r.changed());
            List<Paragraph> now = p.draftService().draft().paragraphsInOrder();
            assertEquals(idsBefore, now.stream().map(Paragraph::id).toList(), "ids, links and history stay");
            assertEquals(
                    foreign.stream()
                            .filter(b -> b.kind().isParagraph())
                            .map(RevisionBlock::text)
                            .toList(),
                    now.stream().map(Paragraph::text).toList());
            assertEquals("Received draft", p.draftService().draft().title());
        }
    }
}
