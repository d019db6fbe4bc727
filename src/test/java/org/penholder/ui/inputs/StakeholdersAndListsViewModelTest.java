package org.penholder.ui.inputs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.coverage.MadeUpProject;
import org.penholder.model.ListEntry;
import org.penholder.model.ListKind;
import org.penholder.model.Stakeholder;
import org.penholder.ui.ProjectSession;
import org.penholder.ui.Synchronous;

/** The Stakeholders and Lists views' models without the FX thread: every edit a command, refusals said. */
class StakeholdersAndListsViewModelTest {

    @TempDir
    Path dir;

    MadeUpProject m;
    ProjectSession session;
    final java.util.List<String> refusals = new java.util.ArrayList<>();

    @BeforeEach
    void open() {
        m = new MadeUpProject(dir.resolve("made-up.penholder"));
        session = Synchronous.session(m.project, MadeUpProject.AUTHOR);
        session.setOnRefused(refusals::add);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void addEditAndUndoAStakeholder() {
        StakeholdersViewModel vm = new StakeholdersViewModel(session, new FakeInputDialogs());
        assertEquals("4 stakeholders", vm.statusProperty().get());
        Stakeholder added = vm.add().join();
        assertEquals("New stakeholder", added.name());
        assertEquals("5 stakeholders", vm.statusProperty().get());
        vm.save(new Stakeholder(added.id(), "Brazil", "Member State", "Brazil")).join();
        assertTrue(vm.stakeholders().contains(new Stakeholder(added.id(), "Brazil", "Member State", "Brazil")));
        assertEquals(
                "Edit the stakeholder New stakeholder",
                session.undoDescriptionProperty().get());

        vm.save(new Stakeholder(added.id(), "Kenya", "Member State", "Brazil"));
        assertEquals(java.util.List.of("There is already a stakeholder named Kenya."), refusals);
        assertTrue(vm.stakeholders().stream().anyMatch(s -> s.name().equals("Brazil")), "the row shows its name again");

        session.undo().join();
        session.undo().join();
        assertEquals("4 stakeholders", vm.statusProperty().get());
    }

    @Test
    void aCsvImportIsOneCommandAndSaysWhatItDid() throws Exception {
        FakeInputDialogs dialogs = new FakeInputDialogs();
        StakeholdersViewModel vm = new StakeholdersViewModel(session, dialogs);
        dialogs.csv =
                Files.writeString(dir.resolve("people.csv"), "name,group\nBrazil,Member State\nChile,Member State\n");
        vm.importCsv();
        assertEquals("6 stakeholders", vm.statusProperty().get());
        assertTrue(dialogs.messages.getLast().contains("2 added"), dialogs.messages.toString());
        session.undo().join();
        assertEquals("4 stakeholders", vm.statusProperty().get());
    }

    @Test
    void listEntriesAreAddedRenamedMovedAndRemovedAsCommands() {
        ListsViewModel vm = new ListsViewModel(session, question -> false);
        int clusters = vm.entries(ListKind.CLUSTERS).size();
        assertEquals(Optional.empty(), vm.add(ListKind.ACTION_LINES, "C12 Digital public infrastructure"));
        ListEntry c12 = vm.entries(ListKind.ACTION_LINES).getLast();
        assertEquals("C12", c12.code());
        assertEquals(
                Optional.of("“Digital public infrastructure” is in the list already."),
                vm.add(ListKind.ACTION_LINES, "digital public infrastructure"));

        vm.rename(ListKind.ACTION_LINES, c12, "C12 Public digital infrastructure")
                .join();
        assertEquals(
                "Public digital infrastructure",
                vm.entries(ListKind.ACTION_LINES).getLast().name());
        vm.move(ListKind.ACTION_LINES, vm.entries(ListKind.ACTION_LINES).getLast(), -1)
                .join();
        assertEquals(
                "C12",
                vm.entries(ListKind.ACTION_LINES)
                        .get(vm.entries(ListKind.ACTION_LINES).size() - 2)
                        .code());

        ListEntry used = vm.entries(ListKind.CLUSTERS).stream()
                .filter(e -> e.uses() > 0)
                .findFirst()
                .orElseThrow();
        vm.remove(ListKind.CLUSTERS, used).join();
        assertEquals(clusters, vm.entries(ListKind.CLUSTERS).size(), "not removed: the person did not confirm");
        vm.setConfirm(question -> true);
        vm.remove(ListKind.CLUSTERS, used).join();
        assertFalse(vm.entries(ListKind.CLUSTERS).contains(used));
        session.undo().join();
        assertEquals(
                used,
                vm.entries(ListKind.CLUSTERS).stream()
                        .filter(e -> e.id() == used.id())
                        .findFirst()
                        .orElseThrow(),
                "undo puts it back on its inputs");
    }
}
