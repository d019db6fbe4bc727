package org.penholder.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.draft.Command;
import org.penholder.draft.CommandRefused;
import org.penholder.model.Amendment;
import org.penholder.model.AmendmentKind;
import org.penholder.model.AmendmentStatus;
import org.penholder.model.Author;
import org.penholder.model.Paragraph;
import org.penholder.model.ParagraphKind;
import org.penholder.project.Project;

/** Delegations' proposals: recorded, listed as redlines, conflicting, accepted, rejected, withdrawn, undone. */
class ProposalServiceTest {

    private static final Author ME = new Author("Ana Drafter", "Co-facilitators");

    @TempDir
    Path dir;

    Project project;
    ProposalService proposals;
    ProposalCommands commands;
    long eu;
    long g77;

    @BeforeEach
    void open() {
        project = TestFiles.openSample(dir);
        proposals = project.proposalService();
        commands = new ProposalCommands(proposals, () -> ME);
        eu = project.stakeholders()
                .findOrCreate("European Union", "Observer/IGO", null)
                .id();
        g77 = project.stakeholders()
                .findOrCreate("Group of 77 and China", "Member State", null)
                .id();
    }

    @AfterEach
    void close() {
        project.close();
    }

    private Paragraph op(int n) {
        return project.draftService().draft().paragraphsInOrder().stream()
                .filter(p -> p.kind() == ParagraphKind.OP)
                .skip(n - 1)
                .findFirst()
                .orElseThrow();
    }

    private String text(String id) {
        return project.drafts().paragraph(id).orElseThrow().text();
    }

    private Proposal view(long id) {
        return proposals.list(ProposalService.Filter.ALL).stream()
                .filter(p -> p.id() == id)
                .findFirst()
                .orElseThrow();
    }

    /** Proposes replacing the first occurrence of {@code old} in a paragraph. */
    private Amendment replace(Paragraph p, String old, String with, long proposer) {
        int at = p.text().indexOf(old);
        assertTrue(at >= 0, old + " in " + p.text());
        return proposals.proposeText(p.id(), at, at + old.length(), with, proposer, "Clarity", ME);
    }

    @Test
    void anAcceptedProposalIsAppliedAsAnAmendmentPointingToIt() {
        Paragraph p = op(2);
        String word = p.text().split(" ")[0];
        Amendment proposal = replace(p, word, "Strongly " + word.toLowerCase(Locale.ROOT), eu);
        assertEquals(AmendmentStatus.PROPOSED, proposal.status());
        assertEquals(p.text(), text(p.id()), "a proposal changes nothing until it is accepted");

        Proposal shown = view(proposal.id());
        assertEquals("European Union", shown.proposer());
        assertEquals("OP2", shown.label());
        assertEquals(AmendmentKind.REPLACE_TEXT, shown.kind());
        assertTrue(
                shown.redline().stream()
                        .anyMatch(x -> x.op() == WordDiff.Op.INSERT && x.text().contains("Strongly")),
                shown.redline().toString());

        Command accept = commands.accept(proposal.id());
        String accepted = p.text().replaceFirst(word, "Strongly " + word.toLowerCase(Locale.ROOT));
        assertEquals(accepted, text(p.id()));
        assertEquals(AmendmentStatus.ACCEPTED, proposals.proposal(proposal.id()).status());
        Amendment applied = project.amendments().applying(proposal.id()).get(0);
        assertEquals(AmendmentStatus.APPLIED, applied.status());
        assertEquals(p.id(), applied.paragraphId());

        accept.undo();
        assertEquals(p.text(), text(p.id()), "undo reverses the change");
        assertEquals(
                AmendmentStatus.PROPOSED, proposals.proposal(proposal.id()).status(), "and opens the proposal again");
        accept.redo();
        assertEquals(accepted, text(p.id()));
        assertEquals(AmendmentStatus.ACCEPTED, proposals.proposal(proposal.id()).status());
        assertThrows(
                CommandRefused.class, () -> proposals.reject(proposal.id(), ME), "a decided proposal stays decided");
    }

    @Test
    void rejectedAndWithdrawnProposalsLeaveTheTextAndCanBeUndone() {
        Paragraph p = op(3);
        Amendment a = replace(p, p.text().split(" ")[0], "Notes", g77);
        Amendment b = proposals.proposeDeleteParagraph(p.id(), eu, "Duplicates OP2", ME);
        Command reject = commands.reject(a.id());
        Command withdraw = commands.withdraw(b.id());
        assertEquals(p.text(), text(p.id()));
        assertEquals(AmendmentStatus.REJECTED, proposals.proposal(a.id()).status());
        assertEquals(AmendmentStatus.WITHDRAWN, proposals.proposal(b.id()).status());
        assertEquals(
                List.of(a.id()),
                proposals.list(new ProposalService.Filter(g77, null, null)).stream()
                        .map(Proposal::id)
                        .toList(),
                "filter by proposer");
        assertEquals(
                List.of(b.id()),
                proposals.list(new ProposalService.Filter(null, AmendmentStatus.WITHDRAWN, null)).stream()
                        .map(Proposal::id)
                        .toList(),
                "filter by status");
        reject.undo();
        withdraw.undo();
        assertEquals(AmendmentStatus.PROPOSED, proposals.proposal(a.id()).status());
        assertEquals(AmendmentStatus.PROPOSED, proposals.proposal(b.id()).status());
    }

    @Test
    void proposalsOnTheSameWordsConflictAndOthersDoNot() {
        Paragraph p = op(1);
        String[] words = p.text().split(" ");
        Amendment first = replace(p, words[1], "XX", eu);
        Amendment overlapping = replace(p, words[0] + " " + words[1], "YY", g77);
        Amendment elsewhere = replace(p, words[words.length - 1], "ZZ.", g77);
        Amendment deleteAll = proposals.proposeDeleteParagraph(op(2).id(), eu, null, ME);
        Amendment textOnDeleted = replace(op(2), op(2).text().split(" ")[0], "Also", g77);

        assertEquals(List.of(overlapping.id()), view(first.id()).conflictsWith());
        assertEquals(List.of(first.id()), view(overlapping.id()).conflictsWith());
        assertFalse(view(elsewhere.id()).conflicting(), "different words of the same paragraph");
        assertEquals(
                List.of(textOnDeleted.id()),
                view(deleteAll.id()).conflictsWith(),
                "deleting the paragraph conflicts with any change to it");

        proposals.reject(overlapping.id(), ME);
        assertFalse(view(first.id()).conflicting(), "only open proposals conflict");
    }

    @Test
    void aTextProposalStillAppliesAfterOtherEditsAndIsOutdatedWhenItsWordsAreGone() {
        Paragraph p = op(4);
        String last = p.text().substring(p.text().lastIndexOf(' ') + 1);
        Amendment proposal = replace(p, last, "and beyond" + last.substring(last.length() - 1), eu);
        project.draftService().setText(p.id(), "Firmly, " + p.text(), ME, null);
        assertFalse(view(proposal.id()).outdated());
        proposals.accept(proposal.id(), ME);
        assertTrue(
                text(p.id()).startsWith("Firmly, ")
                        && text(p.id()).endsWith("and beyond" + last.substring(last.length() - 1)),
                text(p.id()));

        Paragraph q = op(5);
        Amendment gone = replace(q, q.text().split(" ")[0], "Welcomes", g77);
        project.draftService().setText(q.id(), "Entirely new words.", ME, null);
        assertTrue(view(gone.id()).outdated());
        CommandRefused e = assertThrows(CommandRefused.class, () -> proposals.accept(gone.id(), ME));
        assertTrue(e.getMessage().contains("no longer in the paragraph"), e.getMessage());
        assertEquals("Entirely new words.", text(q.id()));
    }

    @Test
    void newDeleteAndMoveParagraphProposalsApplyAndUndo() {
        Paragraph first = op(1);
        Paragraph third = op(3);
        int before = project.draftService().draft().paragraphs().size();

        Amendment added = proposals.proposeNewParagraph(first.id(), null, "Stresses the role of youth;", g77, null, ME);
        assertEquals("new after OP1", view(added.id()).where());
        Command accept = commands.accept(added.id());
        assertEquals("Stresses the role of youth;", op(2).text(), "the new paragraph stands after OP1");
        accept.undo();
        assertEquals(before, project.draftService().draft().paragraphs().size());

        Amendment moved = proposals.proposeMove(third.id(), first.id(), eu, "Logical order", ME);
        Command move = commands.accept(moved.id());
        assertEquals(third.id(), op(2).id());
        move.undo();
        assertEquals(third.id(), op(3).id());

        Amendment deleted = proposals.proposeDeleteParagraph(third.id(), eu, null, ME);
        Command delete = commands.accept(deleted.id());
        assertTrue(project.drafts().paragraph(third.id()).isEmpty());
        delete.undo();
        assertEquals(third.id(), op(3).id(), "the paragraph is back where it was");
        assertEquals(third.text(), op(3).text());

        Command recorded = commands.propose(() -> proposals.proposeDeleteParagraph(first.id(), g77, null, ME));
        recorded.undo();
        assertTrue(
                proposals.list(new ProposalService.Filter(g77, AmendmentStatus.WITHDRAWN, first.id())).stream()
                        .anyMatch(x -> x.kind() == AmendmentKind.DELETE_PARAGRAPH),
                "undoing a proposal withdraws it");
        assertTrue(proposals.list(new ProposalService.Filter(g77, AmendmentStatus.PROPOSED, first.id())).stream()
                .noneMatch(x -> x.kind() == AmendmentKind.DELETE_PARAGRAPH));
    }

    @Test
    void proposalsWordedByLabelsAndWords() {
        Paragraph p = op(2);
        String first = p.text().split(" ")[0];
        Amendment a = proposals.propose(
                ProposalRequest.insert("OP2", "firmly", first, false, "Emphasis"), "Brazil", "Member State", ME);
        assertEquals(AmendmentKind.INSERT_TEXT, a.kind());
        assertEquals(first + " firmly " + p.text().substring(first.length() + 1), a.after());
        assertEquals("Brazil", view(a.id()).proposer());

        CommandRefused twice = assertThrows(
                CommandRefused.class,
                () -> proposals.propose(ProposalRequest.replace("OP2", " ", "_", null), "Brazil", null, ME));
        assertTrue(twice.getMessage().contains("times in OP2"), twice.getMessage());
        Amendment second = proposals.propose(
                ProposalRequest.replace("OP2", " ", "  ", null).occurrence(2), "Brazil", null, ME);
        assertEquals(
                p.text().indexOf(' ', p.text().indexOf(' ') + 1),
                proposals.list(ProposalService.Filter.ALL).stream()
                        .filter(x -> x.id() == second.id())
                        .findFirst()
                        .orElseThrow()
                        .redline()
                        .get(0)
                        .text()
                        .length());
        CommandRefused missing = assertThrows(
                CommandRefused.class,
                () -> proposals.propose(ProposalRequest.deleteWords("OP2", "no such words", null), "Brazil", null, ME));
        assertTrue(missing.getMessage().contains("does not contain"), missing.getMessage());
        Amendment added = proposals.propose(
                ProposalRequest.newParagraph("OP1", "Notes the role of academia;", null)
                        .ofKind(ParagraphKind.OP),
                "Norway",
                null,
                ME);
        assertEquals(op(1).id(), added.relatedParagraphId());
        assertThrows(
                CommandRefused.class,
                () -> proposals.propose(ProposalRequest.deleteParagraph("OP99", null), "Norway", null, ME));
    }
}
