package org.penholder.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.model.AmendmentKind;
import org.penholder.model.Author;
import org.penholder.model.Link;
import org.penholder.model.Paragraph;
import org.penholder.model.ParagraphKind;
import org.penholder.model.ParagraphStatus;
import org.penholder.project.Project;

/** A paragraph's timeline, restoring an earlier text, and links that follow their paragraph. */
class ParagraphHistoryTest {

    private static final Author ME = new Author("Ana Drafter", "Co-facilitators");

    @TempDir
    Path dir;

    private static Paragraph op(Project project, int n) {
        return project.draftService().draft().paragraphsInOrder().stream()
                .filter(p -> p.kind() == ParagraphKind.OP)
                .skip(n - 1)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theTimelineShowsEachStepWithItsWordsAndAnEarlierTextCanBeRestored() {
        try (Project project = TestFiles.openSample(dir)) {
            Paragraph p = op(project, 2);
            var drafts = project.draftService();
            drafts.typeText(p.id(), p.text() + " in all regions", ME);
            drafts.endBurst();
            drafts.setStatus(p.id(), ParagraphStatus.BRACKETED, ME);
            drafts.typeText(p.id(), "[" + p.text() + "]", ME);
            List<ParagraphHistory.Step> steps = project.paragraphHistory().of(p.id());
            ParagraphHistory.Step typed = steps.get(steps.size() - 3);
            assertEquals(AmendmentKind.INSERT_TEXT, typed.amendment().kind());
            assertTrue(
                    typed.diff().contains(new WordDiff.Segment(WordDiff.Op.INSERT, " in all regions")),
                    typed.diff().toString());
            assertFalse(steps.get(steps.size() - 2).restorable(), "a status change leaves no text of its own");

            project.paragraphHistory().restore(p.id(), typed.amendment().id(), ME);
            assertEquals(p.text() + " in all regions", drafts.paragraph(p.id()).text());
            List<ParagraphHistory.Step> after = project.paragraphHistory().of(p.id());
            assertEquals(steps.size() + 1, after.size(), "restoring adds a step; none is rewritten");
            assertEquals(steps.get(0).amendment(), after.get(0).amendment());
        }
    }

    @Test
    void aLinkBecomesSuspectWhenItsParagraphIsRewrittenUntilConfirmed() {
        try (Project project = TestFiles.openSample(dir)) {
            Paragraph p = project.draftService().draft().paragraphsInOrder().stream()
                    .filter(x -> !project.links().ofParagraph(x.id()).isEmpty())
                    .findFirst()
                    .orElseThrow();
            Link link = project.links().ofParagraph(p.id()).get(0);
            project.draftService().typeText(p.id(), p.text().replaceFirst("\\.$", "") + ", and more.", ME);
            assertFalse(project.links().byId(link.id()).orElseThrow().suspect(), "a small change keeps the link sound");

            project.draftService()
                    .setText(p.id(), "Decides to convene a conference on something else entirely.", ME, null);
            assertTrue(project.links().byId(link.id()).orElseThrow().suspect());
            project.draftService().setText(p.id(), p.text(), ME, "Undo");
            assertFalse(project.links().byId(link.id()).orElseThrow().suspect(), "undoing the rewrite clears the mark");
            project.draftService()
                    .setText(p.id(), "Decides to convene a conference on something else entirely.", ME, null);
            assertTrue(project.links().byId(link.id()).orElseThrow().suspect());
            project.linkTracker()
                    .confirm(link.id(), project.draftService().paragraph(p.id()).text());
            assertFalse(project.links().byId(link.id()).orElseThrow().suspect());
        }
    }

    @Test
    void linksFollowThePartOfASplitParagraphTheyDrawOn() {
        try (Project project = TestFiles.openSample(dir)) {
            Paragraph p = op(project, 1);
            long input = project.links().all().get(0).inputId();
            String quote = project.inputs().text(input).substring(0, 60);
            String first = "Decides to hold a high-level meeting in 2035;";
            project.draftService().setText(p.id(), first + " " + quote, ME, null);
            long link = project.links().add(p.id(), input, 0, 60, quote, null, "test", first + " " + quote);
            String newId = org.penholder.model.Ids.newParagraphId();
            project.draftService().split(p.id(), newId, first, quote, ME, List.of());
            Link moved = project.links().byId(link).orElseThrow();
            assertEquals(newId, moved.paragraphId(), "the link goes with the words it draws on");
            assertFalse(moved.suspect(), "a split is not a rewrite");
        }
    }
}
