package org.penholder.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.model.Author;
import org.penholder.model.Link;
import org.penholder.model.Paragraph;
import org.penholder.model.ParagraphKind;
import org.penholder.project.Project;

/** Linking paragraphs to passages: by quote, by offsets, by the labels the outline shows. */
class LinkServiceTest {

    @TempDir
    Path dir;

    private static final Author ME = new Author("Test Drafter", "Co-facilitators");

    private static Paragraph operative(Project p, int n) {
        return p.draftService().draft().paragraphsInOrder().stream()
                .filter(x -> x.kind() == ParagraphKind.OP)
                .skip(n - 1)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void labelsResolveAsTheOutlineNumbers() {
        try (Project p = TestFiles.openSample(dir)) {
            LinkService links = p.linkService();
            Paragraph op3 = operative(p, 3);
            assertEquals(op3.id(), links.resolveParagraph("OP3"));
            assertEquals(op3.id(), links.resolveParagraph("3"));
            assertEquals(op3.id(), links.resolveParagraph(" op 3 "));
            assertEquals(op3.id(), links.resolveParagraph(op3.id()));
            Paragraph pp1 = p.draftService().draft().paragraphsInOrder().getFirst();
            assertEquals(pp1.id(), links.resolveParagraph("PP1"));
            assertEquals("OP3", links.labelOf(op3.id()).orElseThrow());
            assertTrue(assertThrows(IllegalArgumentException.class, () -> links.resolveParagraph("OP999"))
                    .getMessage()
                    .contains("no paragraph OP999"));
            assertTrue(assertThrows(IllegalArgumentException.class, () -> links.resolveParagraph("third"))
                    .getMessage()
                    .contains("not a paragraph label"));
        }
    }

    @Test
    void aQuoteIsFoundDespiteLineBreaksAndTypographicMarks() {
        try (Project p = TestFiles.openSample(dir)) {
            long input = p.inputs().all().getFirst().id();
            String text = p.inputs().text(input);
            String words = text.substring(0, text.indexOf(' ', 60));
            String messy = "  " + words.replace(" ", "\n  ").replace("-", "\u2013") + " ";
            String op1 = operative(p, 1).id();
            Link l = p.linkService().linkQuote(op1, input, messy, "from the summary", ME.display());
            assertEquals(0, l.start());
            assertEquals(words.length(), l.end());
            assertEquals(words, l.quote());
            assertEquals("from the summary", l.note());
            assertThrows(
                    IllegalArgumentException.class,
                    () -> p.linkService().linkQuote(op1, input, "no such words here", null, "x"));
        }
    }

    @Test
    void rangesAreTrimmedCheckedAndNotLinkedTwice() {
        try (Project p = TestFiles.openSample(dir)) {
            long input = p.inputs().all().get(2).id();
            String text = p.inputs().text(input);
            int space = text.indexOf(' ');
            String op2 = operative(p, 2).id();
            int before = p.links().ofParagraph(op2).size();
            Link l = p.linkService().linkRange(op2, input, space, space + 30, null, ME.display());
            assertEquals(space + 1, l.start(), "the white space at the start is left out");
            assertEquals(text.substring(l.start(), l.end()), l.quote());
            assertEquals(l, p.linkService().linkRange(op2, input, space + 1, space + 30, null, ME.display()));
            assertEquals(before + 1, p.links().ofParagraph(op2).size());
            assertThrows(IllegalArgumentException.class, () -> p.linkService().linkRange(op2, input, 5, 5, null, "x"));
            assertThrows(
                    IllegalArgumentException.class,
                    () -> p.linkService().linkRange(op2, input, 0, text.length() + 1, null, "x"));
        }
    }

    @Test
    void editingTheParagraphNeverMovesThePassageItDrawsOn() {
        try (Project p = TestFiles.openSample(dir)) {
            Paragraph op1 = operative(p, 1);
            long input = p.inputs().all().get(4).id();
            String text = p.inputs().text(input);
            Link l = p.linkService().linkRange(op1.id(), input, 10, 80, null, ME.display());
            p.draftService()
                    .typeText(op1.id(), "Entirely rewritten: " + op1.text().substring(20), ME);
            p.draftService().endBurst();
            p.draftService().typeText(op1.id(), "", ME);
            Link after = p.links().byId(l.id()).orElseThrow();
            assertEquals(l.start(), after.start());
            assertEquals(l.end(), after.end());
            assertEquals(text.substring(after.start(), after.end()), after.quote());
            assertEquals(after.quote(), p.inputs().passage(input, after.start(), after.end()));
        }
    }

    @Test
    void removeRestoreAndNote() {
        try (Project p = TestFiles.openSample(dir)) {
            String op1 = operative(p, 1).id();
            Link first = p.links().ofParagraph(op1).getFirst();
            p.linkService().setNote(first.id(), "  paraphrased  ");
            assertEquals("paraphrased", p.links().byId(first.id()).orElseThrow().note());
            Link removed = p.linkService().remove(first.id());
            assertTrue(p.links().byId(first.id()).isEmpty());
            p.linkService().restore(removed);
            assertEquals(removed, p.links().byId(first.id()).orElseThrow());
            p.linkService().setNote(first.id(), " ");
            assertEquals(null, p.links().byId(first.id()).orElseThrow().note());
        }
    }

    @Test
    void linkCommandsUndoAndRedo() {
        try (Project p = TestFiles.openSample(dir)) {
            LinkCommands commands = new LinkCommands(p.linkService(), () -> ME);
            String op4 = operative(p, 4).id();
            long input = p.inputs().all().get(7).id();
            int before = p.links().ofParagraph(op4).size();
            var linked = commands.link(op4, input, 0, 40, "4.");
            assertEquals(before + 1, p.links().ofParagraph(op4).size());
            assertEquals("Test Drafter (Co-facilitators)", linked.link().createdBy());
            linked.command().undo();
            assertEquals(before, p.links().ofParagraph(op4).size());
            linked.command().redo();
            assertEquals(before + 1, p.links().ofParagraph(op4).size());
            assertEquals(null, commands.link(op4, input, 0, 40, "4.").command(), "linking it again changes nothing");
        }
    }

    @Test
    void listingGivesLabelsInDraftOrder() {
        try (Project p = TestFiles.openSample(dir)) {
            List<LinkService.LabelledLink> all = p.linkService().list(null);
            assertEquals(p.links().count(), all.size());
            String op1 = operative(p, 1).id();
            List<LinkService.LabelledLink> one = p.linkService().list(op1);
            assertFalse(one.isEmpty());
            assertTrue(one.stream().allMatch(ll -> ll.label().code().equals("OP1")));
        }
    }
}
