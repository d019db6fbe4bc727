package org.penholder.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.coverage.MadeUpProject;
import org.penholder.events.Changes;
import org.penholder.events.ProjectEvent;
import org.penholder.events.ProjectEvent.InputsChanged;
import org.penholder.events.ProjectEvent.LinksChanged;
import org.penholder.events.ProjectEvent.ListsChanged;
import org.penholder.events.ProjectEvent.MetaChanged;
import org.penholder.events.ProjectEvent.ParagraphsChanged;
import org.penholder.events.ProjectEvent.ProposalsChanged;
import org.penholder.events.ProjectEvent.RevisionsChanged;
import org.penholder.events.ProjectEvent.StakeholdersChanged;
import org.penholder.model.ListKind;
import org.penholder.model.ParagraphStatus;
import org.penholder.model.Stakeholder;

/** Every write of the project says what it changed, and only once it is committed. */
class ChangeEventsTest {

    @TempDir
    Path dir;

    MadeUpProject m;

    @BeforeEach
    void open() {
        m = new MadeUpProject(dir.resolve("made-up.penholder"));
        m.project.recordChanges();
        m.project.takeChanges();
    }

    @AfterEach
    void close() {
        m.project.close();
    }

    private Changes changes() {
        return Changes.of(null, m.project.takeChanges());
    }

    @Test
    void eachStoreSaysWhatItWrote() {
        m.project.drafts().updateStatus(m.op1, ParagraphStatus.BRACKETED);
        assertEquals(List.of(ParagraphsChanged.of(m.op1)), changes().events());

        long link = m.project.links().add(m.op3, m.icc, 0, 5, "Legal", null, "T", "text");
        assertEquals(
                List.of(new LinksChanged(Set.of(m.op3), Set.of(m.icc))),
                changes().events());
        m.project.links().setNote(link, "why");
        assertEquals(
                List.of(new LinksChanged(Set.of(m.op3), Set.of(m.icc))),
                changes().events());
        m.project.links().move(List.of(link), m.op2);
        assertEquals(
                List.of(new LinksChanged(Set.of(m.op3, m.op2), Set.of(m.icc))),
                changes().events());

        m.project.stakeholders().update(new Stakeholder(1, "Kenya", "Member State", "Kenya"));
        assertEquals(List.of(StakeholdersChanged.of(1L)), changes().events());
        m.project.stakeholders().ensureGroup("Parliamentarians");
        assertEquals(
                List.of(ListsChanged.of(ListKind.STAKEHOLDER_GROUPS)), changes().events());
        m.project.stakeholders().ensureGroup("Parliamentarians");
        assertTrue(changes().isEmpty(), "a group already there is no change");

        long tag = m.project.tags().all().getFirst().id();
        m.project.tags().tagInput(m.icc, tag);
        assertEquals(List.of(InputsChanged.of(m.icc)), changes().events());

        m.project.meta().put(MetaStore.SYMBOL, "A/80/L.1");
        assertEquals(List.of(MetaChanged.of(MetaStore.SYMBOL)), changes().events());

        var rev = m.project.revisionService().freeze("Rev.1", null, MadeUpProject.AUTHOR);
        assertEquals(List.of(RevisionsChanged.of(rev.id())), changes().events());
    }

    @Test
    void aServiceCallIsOneBatchOfEventsOneOfEachKind() {
        var proposal = m.project
                .proposalService()
                .propose(
                        org.penholder.history.ProposalRequest.replace(
                                "OP1", "meaningful", "universal and meaningful", null),
                        "Kenya",
                        null,
                        MadeUpProject.AUTHOR);
        assertEquals(List.of(ProposalsChanged.of(proposal.id())), changes().events());
        m.project.proposalService().accept(proposal.id(), MadeUpProject.AUTHOR);
        Changes accepted = changes();
        assertTrue(accepted.touches(ParagraphsChanged.class), accepted.toString());
        assertTrue(accepted.get(ProposalsChanged.class).orElseThrow().ids().contains(proposal.id()));
        assertEquals(
                accepted.events().size(),
                accepted.events().stream().map(Object::getClass).distinct().count(),
                "one event of each kind");
    }

    @Test
    void aRolledBackWriteTellsNothing() {
        assertThrows(
                IllegalStateException.class,
                () -> m.project.database().run(c -> {
                    m.project.drafts().updateText(m.op1, "gone again");
                    throw new IllegalStateException("stop");
                }));
        assertTrue(changes().isEmpty());
        assertEquals(
                "We commit to meaningful connectivity.",
                m.project.drafts().paragraph(m.op1).orElseThrow().text());
    }

    @Test
    void aSavepointThatFailsTakesOnlyItsOwnEvents() {
        m.project.database().run(c -> {
            m.project.drafts().updateText(m.op2, "kept");
            try {
                m.project.database().savepoint(x -> {
                    m.project.drafts().updateText(m.op3, "dropped");
                    throw new IllegalStateException("one bad file");
                });
            } catch (IllegalStateException expected) {
                // the batch goes on
            }
        });
        assertEquals(List.of(ParagraphsChanged.of(m.op2)), changes().events());
    }

    @Test
    void aWriteThatSaysNothingCountsAsEverything() {
        m.project.database().run(c -> Sql.update(c, "UPDATE paragraph SET status = 'AGREED' WHERE id = ?", m.op1));
        assertEquals(List.of(new ProjectEvent.ProjectReplaced()), changes().events());
        m.project.database().run(c -> Sql.update(c, "UPDATE paragraph SET status = 'AGREED' WHERE id = 'none'"));
        assertTrue(changes().isEmpty(), "a write that changed no row changed nothing");
    }

    @Test
    void changesAreKeptOnlyWhileSomeoneListens() {
        m.project.database().recordChanges(false);
        m.project.drafts().updateStatus(m.op1, ParagraphStatus.AGREED);
        m.project.database().recordChanges(true);
        assertTrue(changes().isEmpty(), "a command of the CLI keeps no events");
    }
}
