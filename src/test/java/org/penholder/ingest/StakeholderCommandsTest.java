package org.penholder.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.draft.CommandRefused;
import org.penholder.draft.CommandStack;
import org.penholder.model.Stakeholder;
import org.penholder.project.Project;

/** Every change to the stakeholders is undone as a whole and redone as it was. */
class StakeholderCommandsTest {

    @TempDir
    Path dir;

    @Test
    void addingAndEditingAreUndoneAndRedone() {
        try (Project p = TestFiles.openSample(dir)) {
            List<Stakeholder> before = p.stakeholders().all();
            CommandStack stack = new CommandStack(10);
            var added = p.stakeholderCommands().add();
            stack.done(added.command());
            assertEquals("New stakeholder", added.stakeholder().name());
            stack.done(p.stakeholderCommands()
                    .update(new Stakeholder(added.stakeholder().id(), "Brazil", "Member State", "Brazil")));
            assertEquals(
                    "Edit the stakeholder New stakeholder",
                    stack.undoDescription().orElseThrow());

            stack.undo();
            assertEquals(
                    "New stakeholder",
                    p.stakeholders()
                            .byId(added.stakeholder().id())
                            .orElseThrow()
                            .name());
            stack.undo();
            assertEquals(before, p.stakeholders().all());
            stack.redo();
            stack.redo();
            assertEquals(
                    new Stakeholder(added.stakeholder().id(), "Brazil", "Member State", "Brazil"),
                    p.stakeholders().byName("Brazil").orElseThrow());
        }
    }

    @Test
    void aNameTakenIsRefusedWithTheReason() {
        try (Project p = TestFiles.openSample(dir)) {
            List<Stakeholder> all = p.stakeholders().all();
            Stakeholder a = all.get(0);
            Stakeholder b = all.get(1);
            CommandRefused refused = assertThrows(
                    CommandRefused.class,
                    () -> p.stakeholderCommands().update(new Stakeholder(a.id(), b.name(), a.group(), a.country())));
            assertEquals("There is already a stakeholder named " + b.name() + ".", refused.getMessage());
            assertEquals(all, p.stakeholders().all());
        }
    }

    @Test
    void undoingACsvImportTakesOutWhatItAddedAndGivesBackWhatItChanged() throws Exception {
        try (Project p = TestFiles.openSample(dir)) {
            List<Stakeholder> before = p.stakeholders().all();
            List<String> groups = p.stakeholders().groups();
            Stakeholder known = before.getFirst();
            Path csv = Files.writeString(
                    dir.resolve("list.csv"),
                    "name,group,country\nBrazil,Member State,Brazil\nLocal parliaments,Parliamentarians,\n"
                            + known.name() + "," + known.group() + ",Somewhere else\n");
            CommandStack stack = new CommandStack(10);
            var imported = p.stakeholderCommands().importCsv(csv);
            stack.done(imported.command());
            assertEquals("2 added, 1 updated, 0 unchanged", imported.report().summary());
            assertTrue(p.stakeholders().groups().contains("Parliamentarians"));

            stack.undo();
            assertEquals(before, p.stakeholders().all());
            assertEquals(groups, p.stakeholders().groups(), "the group it brought goes too");

            stack.redo();
            assertEquals(
                    "Somewhere else",
                    p.stakeholders().byId(known.id()).orElseThrow().country());
            assertEquals(
                    "Parliamentarians",
                    p.stakeholders().byName("Local parliaments").orElseThrow().group());
        }
    }

    @Test
    void aStakeholderAddedIsNotTakenOutOnceAnInputNamesIt() {
        try (Project p = TestFiles.openSample(dir)) {
            CommandStack stack = new CommandStack(10);
            var added = p.stakeholderCommands().add();
            stack.done(added.command());
            long input = p.inputs().all().getFirst().id();
            // the input is given the new stakeholder outside this stack (the command line)
            p.inputDetails()
                    .update(
                            List.of(input),
                            new ImportDetails(
                                    added.stakeholder().name(),
                                    null,
                                    org.penholder.model.InputKind.WRITTEN,
                                    null,
                                    null,
                                    null,
                                    List.of()));
            CommandRefused refused = assertThrows(CommandRefused.class, stack::undo);
            assertTrue(refused.getMessage().contains("now name the stakeholder New stakeholder"), refused.getMessage());
            assertTrue(p.stakeholders().byName("New stakeholder").isPresent(), "nothing was changed");
            assertEquals("Add a stakeholder", stack.undoDescription().orElseThrow());
        }
    }
}
