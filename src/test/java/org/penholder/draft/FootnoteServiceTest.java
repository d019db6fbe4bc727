package org.penholder.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.history.ParagraphHistory;
import org.penholder.model.Amendment;
import org.penholder.model.AmendmentKind;
import org.penholder.model.Author;
import org.penholder.model.Footnote;
import org.penholder.model.Ids;
import org.penholder.model.Paragraph;
import org.penholder.model.ParagraphKind;
import org.penholder.model.RevisionBlock;
import org.penholder.project.Project;
import org.penholder.store.StoreException;

/** Footnotes of the draft: each change an amendment of its paragraph, undoable; marks follow the text. */
class FootnoteServiceTest {

    private static final Author ME = new Author("Ana Drafter", "Co-facilitators");

    @TempDir
    Path dir;

    Project project;
    DraftService service;
    DraftCommands commands;

    @BeforeEach
    void open() {
        project = TestFiles.openSample(dir);
        service = project.draftService();
        commands = new DraftCommands(service, () -> ME);
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

    private List<Footnote> notes(String id) {
        return service.footnotes().of(id);
    }

    @Test
    void addEditAndRemoveAreAmendmentsOfTheParagraphAndUndoable() {
        Paragraph p = op(2);
        int firstWord = p.text().indexOf(' ');
        int history = project.amendments().ofParagraph(p.id()).size();
        Command add = commands.addFootnote(p.id(), firstWord, "See A/RES/70/125.", "OP2");
        Footnote f = notes(p.id()).get(0);
        assertEquals(firstWord, f.anchor());
        assertEquals("See A/RES/70/125.", f.text());
        Command edit = commands.editFootnote(f.uid(), "See A/RES/70/125, annex.", "OP2");
        Command remove = commands.removeFootnote(f.uid(), "OP2");
        assertTrue(notes(p.id()).isEmpty());
        List<Amendment> steps = project.amendments().ofParagraph(p.id());
        assertEquals(history + 3, steps.size(), "three changes, three amendments of the paragraph");
        assertEquals(
                List.of(AmendmentKind.INSERT_TEXT, AmendmentKind.INSERT_TEXT, AmendmentKind.DELETE_TEXT),
                steps.subList(history, steps.size()).stream()
                        .map(Amendment::kind)
                        .toList());
        assertTrue(steps.subList(history, steps.size()).stream().allMatch(FootnoteService::isFootnoteChange));
        assertEquals(p.text(), service.paragraph(p.id()).text(), "the paragraph's words are untouched");

        remove.undo();
        assertEquals(List.of(new Footnote(f.uid(), firstWord, "See A/RES/70/125, annex.")), notes(p.id()));
        edit.undo();
        assertEquals("See A/RES/70/125.", notes(p.id()).get(0).text());
        add.undo();
        assertTrue(notes(p.id()).isEmpty());
        add.redo();
        assertEquals(f, notes(p.id()).get(0), "redo brings back the same footnote");
        assertTrue(
                project.paragraphHistory().of(p.id()).stream()
                        .filter(s -> FootnoteService.isFootnoteChange(s.amendment()))
                        .noneMatch(ParagraphHistory.Step::restorable),
                "a footnote's words are never restored as the paragraph's text");
    }

    @Test
    void aMarkFollowsTypingBeforeItAndStaysBeforeTypingAfterIt() {
        Paragraph p = op(1);
        int end = p.text().length();
        service.footnotes().add(p.id(), null, 5, "A note on the fifth letter.", ME);
        service.footnotes().add(p.id(), null, end, "A note at the end.", ME);
        service.typeText(p.id(), "Also " + p.text(), ME);
        assertEquals(
                List.of(10, end + 5),
                notes(p.id()).stream().map(Footnote::anchor).toList());
        service.typeText(p.id(), "Also " + p.text() + " And more.", ME);
        assertEquals(
                List.of(10, end + 5),
                notes(p.id()).stream().map(Footnote::anchor).toList(),
                "typing after the last mark leaves it where it was");
        service.setText(p.id(), p.text(), ME, "Undo");
        assertEquals(
                List.of(5, end), notes(p.id()).stream().map(Footnote::anchor).toList());
    }

    @Test
    void aSplitTakesTheFootnotesOfTheSecondPartAndAJoinBringsThemBack() {
        Paragraph p = op(1);
        String text = p.text();
        int cut = text.indexOf(' ', text.length() / 2);
        service.footnotes().add(p.id(), null, 3, "first part", ME);
        service.footnotes().add(p.id(), null, text.length(), "second part", ME);
        String newId = Ids.newParagraphId();
        Command split = commands.split(p.id(), newId, text.substring(0, cut), text.substring(cut + 1), "OP1");
        assertEquals(
                List.of("first part"),
                notes(p.id()).stream().map(Footnote::text).toList());
        assertEquals(
                List.of(text.length() - cut - 1),
                notes(newId).stream().map(Footnote::anchor).toList());
        split.undo();
        assertEquals(
                List.of(3, text.length()),
                notes(p.id()).stream().map(Footnote::anchor).toList());
    }

    @Test
    void aRevisionKeepsTheFootnotesAsTheyStood() {
        Paragraph p = op(3);
        service.footnotes().add(p.id(), null, p.text().length(), "Frozen words.", ME);
        project.revisionService().freeze("With notes", null, ME);
        String uid = notes(p.id()).get(0).uid();
        service.footnotes().edit(uid, "Later words.", ME, null);
        RevisionBlock frozen =
                project
                        .revisions()
                        .blocks(project.revisions()
                                .byName("With notes")
                                .orElseThrow()
                                .id())
                        .stream()
                        .filter(b -> p.id().equals(b.id()))
                        .findFirst()
                        .orElseThrow();
        assertEquals(List.of(new Footnote(uid, p.text().length(), "Frozen words.")), frozen.footnotes());
        var c = project.revisionService().compare("With notes", "current");
        var changed = c.differences();
        assertEquals(1, changed.size(), "a changed footnote is a change of its paragraph");
        assertEquals("Frozen words.", changed.get(0).footnoteChanges().get(0).fromText());
        assertEquals("Later words.", changed.get(0).footnoteChanges().get(0).toText());
    }

    @Test
    void aMarkOutsideTheTextIsRefused() {
        Paragraph p = op(1);
        assertThrows(
                StoreException.class,
                () -> service.footnotes().add(p.id(), null, p.text().length() + 1, "x", ME));
    }
}
