package org.penholder.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.draft.CommandStack;
import org.penholder.model.ListEntry;
import org.penholder.model.ListKind;
import org.penholder.model.Tag;
import org.penholder.project.ListCommands;
import org.penholder.project.Project;

/** The lists of groups, clusters and action lines are the project's own: added to, renamed, reordered, pruned. */
class ListStoreTest {

    @TempDir
    Path dir;

    private static ListEntry named(List<ListEntry> entries, String name) {
        return entries.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void listsCountTheirUsesAndAcceptNewEntries() {
        try (Project p = TestFiles.openSample(dir)) {
            ListStore lists = p.lists();
            assertEquals(
                    1,
                    named(lists.entries(ListKind.CLUSTERS), "Digital Economy").uses());
            assertEquals(
                    1,
                    named(lists.entries(ListKind.STAKEHOLDER_GROUPS), "Member State")
                            .uses(),
                    "the sample has one Member-State stakeholder");
            ListEntry added = lists.add(ListKind.ACTION_LINES, "C12", "Digital public infrastructure");
            List<ListEntry> lines = lists.entries(ListKind.ACTION_LINES);
            assertEquals(added, lines.get(lines.size() - 1), "added at the end");
            assertEquals("C12 Digital public infrastructure", added.display());
            StoreException taken =
                    assertThrows(StoreException.class, () -> lists.add(ListKind.CLUSTERS, "", "digital economy"));
            assertTrue(taken.getMessage().contains("already"), taken.getMessage());
            assertThrows(StoreException.class, () -> lists.add(ListKind.CLUSTERS, "", "  "));
        }
    }

    @Test
    void renamingATagRenamesItOnItsInputs() {
        try (Project p = TestFiles.openSample(dir)) {
            ListEntry economy = named(p.lists().entries(ListKind.CLUSTERS), "Digital Economy");
            p.lists().rename(ListKind.CLUSTERS, economy.id(), "", "Digital economy and trade");
            long input = p.inputs().all().stream()
                    .filter(i -> i.title().equals("Digital Economy"))
                    .findFirst()
                    .orElseThrow()
                    .id();
            assertEquals(
                    List.of("Digital economy and trade"),
                    p.tags().ofInput(input).stream().map(Tag::name).toList());
        }
    }

    @Test
    void removingATagTakesItOffItsInputsAndUndoPutsItBack() {
        try (Project p = TestFiles.openSample(dir)) {
            CommandStack stack = new CommandStack(10);
            ListCommands commands = new ListCommands(p.lists());
            ListEntry economy = named(p.lists().entries(ListKind.CLUSTERS), "Digital Economy");
            long input = p.inputs().all().stream()
                    .filter(i -> i.title().equals("Digital Economy"))
                    .findFirst()
                    .orElseThrow()
                    .id();
            stack.done(commands.remove(ListKind.CLUSTERS, economy));
            assertTrue(p.tags().ofInput(input).isEmpty());
            assertTrue(p.lists().entries(ListKind.CLUSTERS).stream().noneMatch(e -> e.id() == economy.id()));
            stack.undo();
            assertEquals(economy, named(p.lists().entries(ListKind.CLUSTERS), "Digital Economy"));
            assertEquals(1, p.lists().entries(ListKind.CLUSTERS).indexOf(economy), "back in its place");
            assertEquals(
                    List.of("Digital Economy"),
                    p.tags().ofInput(input).stream().map(Tag::name).toList());
            stack.redo();
            assertTrue(p.tags().ofInput(input).isEmpty());
            assertEquals(List.of(), IntegrityCheck.run(p.database()));
        }
    }

    @Test
    void aGroupWithStakeholdersStays() {
        try (Project p = TestFiles.openSample(dir)) {
            ListEntry youth = named(p.lists().entries(ListKind.STAKEHOLDER_GROUPS), "Youth");
            StoreException e =
                    assertThrows(StoreException.class, () -> p.lists().remove(ListKind.STAKEHOLDER_GROUPS, youth.id()));
            assertTrue(e.getMessage().contains("move them to another group first"), e.getMessage());
            ListEntry un = named(p.lists().entries(ListKind.STAKEHOLDER_GROUPS), "UN entity");
            assertEquals(0, un.uses());
            p.lists().remove(ListKind.STAKEHOLDER_GROUPS, un.id());
            assertTrue(p.stakeholders().groups().stream().noneMatch("UN entity"::equals));
        }
    }

    @Test
    void entriesMoveUpAndDownAndUndoMovesThemBack() {
        try (Project p = TestFiles.openSample(dir)) {
            CommandStack stack = new CommandStack(10);
            ListCommands commands = new ListCommands(p.lists());
            List<ListEntry> before = p.lists().entries(ListKind.STAKEHOLDER_GROUPS);
            stack.done(commands.move(ListKind.STAKEHOLDER_GROUPS, before.get(2), -1));
            List<ListEntry> after = p.lists().entries(ListKind.STAKEHOLDER_GROUPS);
            assertEquals(before.get(2).name(), after.get(1).name());
            assertEquals(before.get(1).name(), after.get(2).name());
            assertEquals(
                    after.stream().map(ListEntry::name).toList(),
                    p.stakeholders().groups(),
                    "the order is the groups' order");
            stack.undo();
            assertEquals(
                    before.stream().map(ListEntry::name).toList(),
                    p.lists().entries(ListKind.STAKEHOLDER_GROUPS).stream()
                            .map(ListEntry::name)
                            .toList());
            p.lists().move(ListKind.STAKEHOLDER_GROUPS, before.get(0).id(), -1);
            assertEquals(
                    before.get(0).name(),
                    p.lists().entries(ListKind.STAKEHOLDER_GROUPS).get(0).name(),
                    "the first stays first");
        }
    }
}
