package org.penholder.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.draft.Command;
import org.penholder.draft.DraftCommands;
import org.penholder.model.Amendment;
import org.penholder.model.Author;
import org.penholder.model.Paragraph;
import org.penholder.model.ParagraphKind;
import org.penholder.project.Project;
import org.penholder.store.MetaStore;
import org.penholder.text.MessageBundle;

/**
 * Words services keep in the project (an undone or redone change's note, a draft's name when it
 * has none) are in the project's document language; where a proposal acts is said in the reader's.
 */
class StoredWordsInTheDocumentLanguageTest {

    static final Author ME = new Author("Ana Drafter", "Co-facilitators");

    @TempDir
    Path dir;

    Project project;
    Paragraph op1;

    @BeforeEach
    void open() {
        project = TestFiles.openSample(dir);
        op1 = project.draftService().draft().paragraphsInOrder().stream()
                .filter(p -> p.kind() == ParagraphKind.OP)
                .findFirst()
                .orElseThrow();
    }

    @AfterEach
    void close() {
        project.close();
    }

    private String lastNote() {
        return project.paragraphHistory().of(op1.id()).getLast().amendment().rationale();
    }

    @Test
    void undoAndRedoNotesAreInTheDocumentsLanguage() {
        DraftCommands commands = new DraftCommands(project.draftService(), () -> ME);
        Command restore = commands.setText(op1.id(), "Other words.", "OP1", null);
        restore.undo();
        assertEquals("Undo", lastNote(), "English until the project says otherwise");
        project.documentLanguage().set("fr");
        restore.redo();
        assertEquals("Rétablissement", lastNote());
        restore.undo();
        assertEquals("Annulation", lastNote());
        assertEquals(op1.text(), project.draftService().paragraph(op1.id()).text());
    }

    @Test
    void anAcceptedProposalTakenBackIsNotedInTheDocumentsLanguage() {
        project.documentLanguage().set("ru");
        long eu = project.stakeholders()
                .findOrCreate("European Union", "Observer/IGO", null)
                .id();
        var proposals = project.proposalService();
        Amendment p = proposals.proposeText(op1.id(), 0, 0, "Firmly ", eu, null, ME);
        proposals.accept(p.id(), ME);
        proposals.reopen(p.id(), ME);
        assertEquals("Отмена", lastNote());
    }

    @Test
    void aDraftWithoutATitleIsUntitledInTheDocumentsLanguage() {
        project.meta().put(MetaStore.TITLE, null);
        assertEquals("Untitled draft", project.meta().title());
        project.documentLanguage().set("es");
        assertEquals("Borrador sin título", project.meta().title());
    }

    @Test
    void whereAProposalActsIsSaidInTheReadersLanguage() {
        long eu = project.stakeholders()
                .findOrCreate("European Union", "Observer/IGO", null)
                .id();
        var proposals = project.proposalService();
        proposals.proposeText(op1.id(), 0, 0, "Firmly ", eu, null, ME);
        Proposal shown = proposals.list(ProposalService.Filter.ALL).getFirst();
        String label = shown.label();
        project.draftService().deleteParagraph(op1.id(), ME);
        Proposal gone = proposals.list(ProposalService.Filter.ALL).getFirst();
        assertEquals("(deleted " + op1.id() + ")", gone.where(), "the command line's words, as before");
        MessageBundle french = MessageBundle.load(
                MessageBundle.INTERFACE, Locale.FRENCH, getClass().getClassLoader());
        assertEquals("(supprimé " + op1.id() + ")", french.format(gone.whereSaid()));
        assertEquals(label, french.format(shown.whereSaid()));
    }
}
