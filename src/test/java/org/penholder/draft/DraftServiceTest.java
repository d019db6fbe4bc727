package org.penholder.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.model.Amendment;
import org.penholder.model.AmendmentKind;
import org.penholder.model.AmendmentStatus;
import org.penholder.model.Author;
import org.penholder.model.Ids;
import org.penholder.model.Paragraph;
import org.penholder.model.ParagraphKind;
import org.penholder.model.ParagraphStatus;
import org.penholder.project.Project;

/** Every change to the draft is an amendment, in the same transaction as the change. */
class DraftServiceTest {

    private static final Author ME = new Author("Ana Drafter", "Co-facilitators");

    @TempDir
    Path dir;

    Project project;
    DraftService service;

    @BeforeEach
    void open() {
        project = TestFiles.openSample(dir);
        service = project.draftService();
    }

    @AfterEach
    void close() {
        project.close();
    }

    private Paragraph op(int n) {
        return service.draft().paragraphsInOrder().stream()
                .filter(p -> p.kind() == ParagraphKind.OP)
                .skip(n - 1)
                .findFirst()
                .orElseThrow();
    }

    private List<Amendment> historyOf(String id) {
        return project.amendments().ofParagraph(id);
    }

    @Test
    void aBurstOfTypingIsOneAmendmentExtendedAsItGoes() {
        Paragraph p = op(3);
        int before = historyOf(p.id()).size();
        service.typeText(p.id(), p.text() + " A", ME);
        service.typeText(p.id(), p.text() + " And", ME);
        TextEdit edit = service.typeText(p.id(), p.text() + " And more", ME);
        List<Amendment> history = historyOf(p.id());
        assertEquals(before + 1, history.size(), "one amendment for the burst");
        Amendment a = history.get(history.size() - 1);
        assertEquals(a.id(), edit.amendmentId());
        assertEquals(p.text(), a.before());
        assertEquals(p.text() + " And more", a.after());
        assertEquals(AmendmentKind.INSERT_TEXT, a.kind());
        assertEquals("Ana Drafter", a.author());
        assertEquals("Co-facilitators", a.team());
        assertEquals(AmendmentStatus.APPLIED, a.status());
        assertEquals(p.text() + " And more", service.paragraph(p.id()).text());

        service.endBurst();
        service.typeText(p.id(), p.text(), ME);
        assertEquals(before + 2, historyOf(p.id()).size(), "a new burst, a new amendment");
        assertEquals(
                AmendmentKind.DELETE_TEXT, historyOf(p.id()).get(before + 1).kind());
    }

    @Test
    void typingInAnotherParagraphStartsANewBurst() {
        Paragraph a = op(1);
        Paragraph b = op(2);
        service.typeText(a.id(), a.text() + "!", ME);
        service.typeText(b.id(), b.text() + "!", ME);
        service.typeText(a.id(), a.text() + "!!", ME);
        List<Amendment> ofA = historyOf(a.id());
        assertEquals(a.text() + "!", ofA.get(ofA.size() - 1).before());
    }

    @Test
    void splittingKeepsTheIdWithTheFirstPartAndRecordsBothHalves() {
        Paragraph p = op(1);
        int cut = p.text().indexOf(", and ");
        String first = p.text().substring(0, cut + 1);
        String second = p.text().substring(cut + 2);
        String newId = Ids.newParagraphId();
        service.split(p.id(), newId, first, second, ME, List.of());
        List<Paragraph> order = service.draft().paragraphsInOrder();
        int i = order.indexOf(service.paragraph(p.id()));
        assertEquals(newId, order.get(i + 1).id());
        assertEquals(first, order.get(i).text());
        assertEquals(second, order.get(i + 1).text());
        assertEquals(p.sectionId(), order.get(i + 1).sectionId());
        assertEquals(AmendmentKind.SPLIT_PARAGRAPH, last(historyOf(p.id())).kind());
        assertEquals(p.text(), last(historyOf(p.id())).before());
        assertEquals(AmendmentKind.SPLIT_PARAGRAPH, last(historyOf(newId)).kind());
        assertEquals(p.id(), last(historyOf(newId)).relatedParagraphId());
    }

    @Test
    void enterAtTheEndIsANewParagraph() {
        Paragraph p = op(2);
        String newId = Ids.newParagraphId();
        service.split(p.id(), newId, p.text(), "", ME, List.of());
        assertEquals(AmendmentKind.NEW_PARAGRAPH, last(historyOf(newId)).kind());
        assertEquals(p.text(), service.paragraph(p.id()).text());
        assertTrue(historyOf(p.id()).stream().noneMatch(a -> a.kind() == AmendmentKind.SPLIT_PARAGRAPH));
    }

    @Test
    void joiningMovesTheLinksOfTheParagraphThatGoes() {
        Paragraph a = op(1);
        Paragraph b = op(2);
        int linksOfA = project.links().ofParagraph(a.id()).size();
        int linksOfB = project.links().ofParagraph(b.id()).size();
        service.join(a.id(), b.id(), a.text() + " " + b.text(), ME);
        assertEquals(linksOfA + linksOfB, project.links().ofParagraph(a.id()).size());
        assertTrue(project.drafts().paragraph(b.id()).isEmpty(), "the second paragraph is gone from the draft");
        assertTrue(project.drafts().paragraphEvenDeleted(b.id()).isPresent(), "but kept for its history");
        assertEquals(AmendmentKind.JOIN_PARAGRAPHS, last(historyOf(a.id())).kind());
        assertEquals(b.text(), last(historyOf(b.id())).before());
    }

    @Test
    void everyKindOfChangeUndoesAndRedoesAsNewAmendments() {
        CommandStack stack = new CommandStack(50);
        DraftCommands commands = new DraftCommands(service, () -> ME);
        Paragraph a = op(1);
        Paragraph b = op(2);
        long amendments = project.amendments().count();

        // typing
        TextEdit t1 = service.typeText(a.id(), a.text() + " X", ME);
        stack.done(commands.typed(t1, "1."));
        TextEdit t2 = service.typeText(a.id(), a.text() + " XY", ME);
        stack.done(commands.typed(t2, "1."));
        assertEquals("Typing in 1.", stack.undoDescription().orElseThrow());
        stack.undo();
        assertEquals(a.text(), service.paragraph(a.id()).text(), "one undo takes back the whole burst");
        stack.redo();
        assertEquals(a.text() + " XY", service.paragraph(a.id()).text());
        stack.undo();

        // split
        String newId = Ids.newParagraphId();
        stack.done(commands.split(a.id(), newId, "We commit", a.text().substring("We commit".length()), "1."));
        stack.undo();
        assertEquals(a.text(), service.paragraph(a.id()).text());
        assertTrue(project.drafts().paragraph(newId).isEmpty());
        stack.redo();
        assertEquals("We commit", service.paragraph(a.id()).text());
        assertTrue(project.drafts().paragraph(newId).isPresent());
        stack.undo();

        // join
        int linksOfB = project.links().ofParagraph(b.id()).size();
        stack.done(commands.join(a.id(), b.id(), a.text() + b.text(), "1."));
        stack.undo();
        assertEquals(a.text(), service.paragraph(a.id()).text());
        assertEquals(b.text(), service.paragraph(b.id()).text());
        assertEquals(linksOfB, project.links().ofParagraph(b.id()).size(), "links return to the paragraph restored");
        assertEquals(b.id(), paragraphAfter(a.id()), "the paragraph comes back where it was");
        stack.redo();
        assertTrue(project.drafts().paragraph(b.id()).isEmpty());
        stack.undo();

        // delete and insert
        stack.done(commands.delete(b.id(), "2."));
        assertTrue(project.drafts().paragraph(b.id()).isEmpty());
        stack.undo();
        assertEquals(b.id(), paragraphAfter(a.id()));
        String added = Ids.newParagraphId();
        stack.done(commands.insert(added, a.sectionId(), 0, ParagraphKind.OP, "We add.", "at 1."));
        assertEquals(
                added,
                service.draft().paragraphsInOrder().stream()
                        .filter(p -> a.sectionId().equals(p.sectionId()))
                        .findFirst()
                        .orElseThrow()
                        .id());
        stack.undo();
        assertTrue(project.drafts().paragraph(added).isEmpty());

        // status, kind and move
        stack.done(commands.setStatus(a.id(), ParagraphStatus.AGREED, "1."));
        assertEquals("Mark 1. agreed", stack.undoDescription().orElseThrow());
        stack.undo();
        assertEquals(a.status(), service.paragraph(a.id()).status());
        stack.done(commands.setKind(a.id(), ParagraphKind.PP, "1."));
        stack.undo();
        assertEquals(ParagraphKind.OP, service.paragraph(a.id()).kind());
        stack.done(commands.move(a.id(), a.sectionId(), 1, "1."));
        assertEquals(a.id(), paragraphAfter(b.id()));
        stack.undo();
        assertEquals(b.id(), paragraphAfter(a.id()));

        assertTrue(project.amendments().count() > amendments + 15, "undo and redo are recorded, never erased");
        assertEquals(List.of(), org.penholder.store.IntegrityCheck.run(project.database()));
    }

    private String paragraphAfter(String id) {
        List<Paragraph> order = service.draft().paragraphsInOrder();
        for (int i = 0; i + 1 < order.size(); i++) {
            if (order.get(i).id().equals(id)) {
                return order.get(i + 1).id();
            }
        }
        return null;
    }

    private static Amendment last(List<Amendment> list) {
        return list.get(list.size() - 1);
    }

    @Test
    void typingInTheTitleAndAHeadingIsOneCommandPerBurstAndUndoIsAnAmendment() {
        DraftCommands commands = new DraftCommands(service, () -> ME);
        CommandStack stack = new CommandStack(10);
        String title = service.draft().title();
        stack.done(commands.retitle(null, title + " (draft)"));
        stack.done(commands.retitle(null, title + " (draft 2)"));
        assertEquals("Typing in the title", stack.undoDescription().orElseThrow());
        stack.undo();
        assertEquals(title, service.draft().title(), "one undo takes back the burst");
        assertTrue(stack.undoDescription().isEmpty());
        stack.redo();
        assertEquals(title + " (draft 2)", service.draft().title());

        var section = service.draft().sections().getFirst();
        stack.done(commands.retitle(section.id(), "Renamed"));
        stack.undo();
        assertEquals(section.title(), service.draft().sections().getFirst().title());
        List<Amendment> log = project.amendments().latest(1);
        assertEquals(AmendmentKind.RENAME_SECTION, log.getFirst().kind(), "the undo is in the log");
        assertEquals(section.title(), log.getFirst().after());
    }
}
