package org.penholder.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.draft.CommandRefused;
import org.penholder.model.Author;
import org.penholder.model.Ids;
import org.penholder.model.Paragraph;
import org.penholder.model.ParagraphKind;
import org.penholder.project.Project;

/** Revisions: frozen, listed, compared with the working draft; numbering frozen after circulation. */
class RevisionServiceTest {

    private static final Author ME = new Author("Ana Drafter", "Co-facilitators");

    @TempDir
    Path dir;

    @Test
    void afterACirculatedRevisionNewParagraphsAreNumberedBisAndTer() {
        try (Project project = TestFiles.openSample(dir)) {
            RevisionService revisions = project.revisionService();
            var drafts = project.draftService();
            Paragraph op1 = drafts.draft().paragraphsInOrder().stream()
                    .filter(p -> p.kind() == ParagraphKind.OP)
                    .findFirst()
                    .orElseThrow();
            revisions.freeze("Rev.1", "Circulated to delegations", ME, true);
            assertEquals("Rev.1", revisions.frozenNumbering().orElseThrow().name());
            String bis = Ids.newParagraphId();
            String ter = Ids.newParagraphId();
            drafts.insertParagraph(
                    bis, op1.sectionId(), op1.position() + 1, ParagraphKind.OP, "Stresses the role of youth;", ME);
            drafts.insertParagraph(
                    ter, op1.sectionId(), op1.position() + 2, ParagraphKind.OP, "Notes the role of academia;", ME);
            var labels = revisions.labels(drafts.draft());
            assertEquals("OP1bis", labels.get(bis).code());
            assertEquals("1 ter.", labels.get(ter).display());

            Comparison c = revisions.compare("Rev.1", RevisionService.CURRENT);
            assertEquals(2, c.summary().added());
            assertEquals(List.of("OP1bis"), c.differences().get(0).toLabels());
            assertEquals(0, c.summary().changed() + c.summary().moved(), "the paragraphs after keep their numbers");

            revisions.freeze("Rev.2", null, ME);
            assertEquals(
                    "OP1bis",
                    project
                            .revisions()
                            .blocks(project.revisions()
                                    .byName("Rev.2")
                                    .orElseThrow()
                                    .id())
                            .stream()
                            .filter(b -> bis.equals(b.id()))
                            .findFirst()
                            .orElseThrow()
                            .label(),
                    "a revision keeps the numbers in force");

            revisions.renumber();
            assertEquals("OP2", revisions.labels(drafts.draft()).get(bis).code(), "a clean renumbering");
        }
    }

    @Test
    void revisionNamesAreRequiredUniqueAndNotCurrent() {
        try (Project project = TestFiles.openSample(dir)) {
            RevisionService revisions = project.revisionService();
            assertThrows(CommandRefused.class, () -> revisions.freeze(" ", null, ME));
            assertThrows(CommandRefused.class, () -> revisions.freeze("Zero draft", null, ME));
            assertThrows(CommandRefused.class, () -> revisions.freeze("Current", null, ME));
            CommandRefused e = assertThrows(CommandRefused.class, () -> revisions.version("Rev.9"));
            assertTrue(e.getMessage().contains("Zero draft"), "names the revisions there are: " + e.getMessage());
            assertEquals(
                    0,
                    revisions
                            .compare("Zero draft", RevisionService.CURRENT)
                            .differences()
                            .size(),
                    "the sample is as frozen");
        }
    }
}
