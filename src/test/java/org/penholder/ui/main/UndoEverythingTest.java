package org.penholder.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.ingest.ImportDetails;
import org.penholder.model.InputKind;
import org.penholder.model.ListEntry;
import org.penholder.model.ListKind;
import org.penholder.model.Paragraph;
import org.penholder.model.ParagraphKind;
import org.penholder.model.Stakeholder;
import org.penholder.project.Project;
import org.penholder.ui.FakeDialogs;
import org.penholder.ui.WindowTests;
import org.penholder.ui.common.DialogService;
import org.penholder.ui.history.HistoryViews;
import org.penholder.ui.inputs.FakeInputDialogs;
import org.penholder.ui.inputs.InputsView;
import org.penholder.ui.inputs.ListsView;
import org.penholder.ui.inputs.StakeholdersView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * One action of each kind in the window (typing, a split, a link, a note on it, a stakeholder edit,
 * new details of an input, a list entry, a proposal recorded and accepted, an import, a revision
 * frozen with its numbering, a clean renumbering), each one step named in the Edit menu; then Undo
 * until there is nothing left to undo, and the window shows the project as it opened.
 */
@ExtendWith(ApplicationExtension.class)
class UndoEverythingTest {

    @TempDir
    static Path dir;

    private MainWindow window;
    private final FakeDialogs dialogs = new FakeDialogs();

    @Start
    void start(Stage stage) {
        window = WindowTests.window(stage, dir, dialogs);
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    private MenuItem editMenu(String id) {
        MenuBar bar = (MenuBar) window.stage().getScene().getRoot().lookup(".menu-bar");
        return bar.getMenus().get(1).getItems().stream()
                .filter(i -> id.equals(i.getId()))
                .findFirst()
                .orElseThrow();
    }

    private String undoText() throws Exception {
        return fx(() -> editMenu("menu-undo").getText());
    }

    /** What the window shows of the project, view by view, read on the FX thread. */
    private record Seen(
            List<String> outline,
            String title,
            List<String> sourcesOfFirst,
            List<String> stakeholders,
            List<String> clusters,
            int inputs,
            String firstInputOccasion,
            int openProposals,
            List<String> revisions,
            String numbering) {}

    private Seen seen(Workspace ws, InputsView inputs, StakeholdersView people, ListsView lists, String firstOp)
            throws Exception {
        // as if the person looked at each view: a hidden view reads what changed once shown
        fx(() -> {
            window.history().amendmentsView().viewModel().setShowing(true);
            inputs.viewModel().setShowing(true);
            people.viewModel().setShowing(true);
            lists.viewModel().setShowing(true);
            return null;
        });
        WindowTests.waitUntilSaved(ws);
        return fx(() -> new Seen(
                ws.draft().outline().stream()
                        .map(r -> r.label() + " " + r.text() + " (" + r.sources() + ")")
                        .toList(),
                ws.draft().titleProperty().get(),
                ws.sources().list().getItems().stream()
                        .map(p -> p.link().quote() + " / " + p.link().note())
                        .toList(),
                people.table().getItems().stream()
                        .map(s -> s.name() + " · " + s.group() + " · " + s.country())
                        .toList(),
                lists.list(ListKind.CLUSTERS).getItems().stream()
                        .map(ListEntry::display)
                        .toList(),
                inputs.viewModel().rows().size(),
                inputs.viewModel().rows().stream()
                        .filter(r -> r.row().input().title().equals("ICT for Development"))
                        .map(r -> String.valueOf(r.row().input().occasion()))
                        .findFirst()
                        .orElse("?"),
                (int) window.history().amendmentsView().table().getItems().stream()
                        .filter(p -> p.status().code().equals("proposed")
                                || p.status().code().equals("accepted"))
                        .count(),
                window.history().compareView().viewModel().versions().stream().toList(),
                ws.draft().label(firstOp).orElse("")));
    }

    @Test
    void everyKindOfActionIsOneStepBackToTheOpeningState(FxRobot robot) throws Exception {
        Path file = WindowTests.sampleIn(dir, "everything");
        Paragraph op1;
        try (Project p = Project.open(file, Project.Access.READ)) {
            op1 = p.draftService().draft().paragraphsInOrder().stream()
                    .filter(x -> x.kind() == ParagraphKind.OP)
                    .findFirst()
                    .orElseThrow();
        }
        Workspace ws = WindowTests.open(window, file);
        InputsView inputs = fx(ws::inputs);
        StakeholdersView people = fx(ws::stakeholders);
        ListsView lists = fx(ws::lists);
        HistoryViews history = window.history();
        var fakeInputs = new FakeInputDialogs();
        fx(() -> {
            history.compareView().refreshRevisions();
            inputs.setDialogs(fakeInputs);
            ws.showParagraph(op1.id());
            return null;
        });
        Seen opening = seen(ws, inputs, people, lists, op1.id());
        List<String> named = new ArrayList<>();

        // typing, and a split with Enter
        int line = WindowTests.lineOf(ws, op1.id());
        WindowTests.caretAt(robot, ws, line, 0);
        robot.write("Urgently, ");
        WindowTests.waitUntilSaved(ws);
        named.add(undoText());
        WindowTests.caretAt(robot, ws, line, "Urgently,".length());
        robot.type(KeyCode.ENTER);
        WindowTests.waitUntilSaved(ws);
        named.add(undoText());

        // a link from the reader, and a note on it
        long input = fx(() -> inputs.viewModel().rows().getFirst().id());
        inputs.open(input, null).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> inputs.reader().input() != null);
        fx(() -> {
            ws.showParagraph(op1.id());
            inputs.reader().area().selectRange(3, 37); // a passage no link of the sample starts at
            return inputs.linkSelection();
        });
        // the Sources panel shows the new link (the split sent the paragraph's other links to its second part)
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> ws.sources().list().getItems().stream()
                        .anyMatch(p -> p.link().inputId() == input && p.link().end() <= 37));
        WindowTests.waitUntilSaved(ws);
        named.add(undoText());
        fx(() -> ws.sources().viewModel().setNote(ws.sources().list().getItems().getLast(), "the opening words"))
                .get(10, TimeUnit.SECONDS);
        WindowTests.waitUntilSaved(ws);
        named.add(undoText());

        // a stakeholder edited in its table, new details of an input
        Stakeholder someone = fx(() -> people.table().getItems().getFirst());
        fx(() -> people.viewModel()
                        .save(new Stakeholder(someone.id(), someone.name() + " (renamed)", someone.group(), "Geneva")))
                .get(10, TimeUnit.SECONDS);
        WindowTests.waitUntilSaved(ws);
        named.add(undoText());
        long ict = fx(() -> inputs.viewModel().rows().stream()
                .filter(r -> r.row().input().title().equals("ICT for Development"))
                .findFirst()
                .orElseThrow()
                .id());
        fakeInputs.details =
                new ImportDetails(null, null, InputKind.WRITTEN, "Second consultation", null, null, List.of());
        fx(() -> inputs.viewModel().editDetails(List.of(ict), "Details")).get(10, TimeUnit.SECONDS);
        WindowTests.waitUntilSaved(ws);
        named.add(undoText());

        // a cluster typed into the Lists view
        robot.interact(() -> ws.showView(ListsView.NAME));
        TextField cluster = robot.lookup("#list-new-clusters").query();
        robot.clickOn(cluster).write("Linguistic diversity").type(KeyCode.ENTER);
        WindowTests.waitUntilSaved(ws);
        named.add(undoText());

        // a proposal recorded, then accepted
        var amendments = history.amendmentsView();
        var proposalForm = new org.penholder.ui.history.ProposalFormViewModel(
                ws.session(),
                new org.penholder.history.ProposalCommands(
                        ws.session().project().proposalService(), ws.session()::author));
        fx(() -> {
                    proposalForm.proposerProperty().set("Group of 77 and China");
                    proposalForm.kindProperty().set(org.penholder.model.AmendmentKind.INSERT_TEXT);
                    proposalForm.textProperty().set(" as a matter of priority");
                    return proposalForm.record("OP2");
                })
                .get(10, TimeUnit.SECONDS);
        WindowTests.waitUntilSaved(ws);
        named.add(undoText());
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> !amendments.viewModel().proposals().isEmpty());
        fx(() -> amendments
                        .viewModel()
                        .accept(amendments.viewModel().proposals().getLast()))
                .get(10, TimeUnit.SECONDS);
        WindowTests.waitUntilSaved(ws);
        named.add(undoText());

        // an import of inputs
        fakeInputs.files = List.of(Files.writeString(
                dir.resolve("Late submission.txt"), "A late submission asks for open source in public services."));
        fakeInputs.details = new ImportDetails(
                "Open Source Initiative", "Civil society", InputKind.WRITTEN, null, null, null, List.of());
        fx(() -> {
            inputs.importFiles();
            return null;
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !fakeInputs.reports.isEmpty());
        WindowTests.waitUntilSaved(ws);
        named.add(undoText());

        // a revision frozen with its numbering, and a clean renumbering
        dialogs.newRevision = new DialogService.NewRevision("Rev.1", null, true);
        fx(history::freezeRevision).get(10, TimeUnit.SECONDS);
        WindowTests.waitUntilSaved(ws);
        named.add(undoText());
        fx(() -> {
            history.renumber();
            return null;
        });
        WindowTests.waitUntilSaved(ws);
        named.add(undoText());

        assertEquals(
                List.of(
                        "Undo Typing in 1.",
                        "Undo Split 1.",
                        "Undo Link to 1.",
                        "Undo Note on a source of 1.",
                        "Undo Edit the stakeholder " + someone.name(),
                        "Undo Edit the details of ICT for Development",
                        "Undo Add the cluster \"Linguistic diversity\"",
                        named.get(7),
                        named.get(8),
                        "Undo Import Late submission",
                        "Undo Freeze Rev.1",
                        "Undo Renumber Paragraphs Cleanly"),
                named,
                "each action is one step, named for what it did");
        assertTrue(named.get(7).startsWith("Undo Record proposal "), named.get(7));
        assertTrue(named.get(8).startsWith("Undo Accept proposal "), named.get(8));
        Seen changed = seen(ws, inputs, people, lists, op1.id());
        assertTrue(!changed.equals(opening));

        // back, step by step, through the Edit menu
        for (int i = named.size() - 1; i >= 0; i--) {
            assertEquals(named.get(i), undoText(), "the Edit menu names the next step back");
            robot.interact(() -> editMenu("menu-undo").fire());
            WindowTests.waitUntilSaved(ws);
        }
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> fx(() -> editMenu("menu-undo").isDisable()));
        assertEquals("Undo", undoText());
        // a proposal recorded and undone stays in the log, withdrawn (history is never rewritten): the
        // stakeholder it created stays as its proposer; everything else is as it was
        List<String> people0 = new ArrayList<>(opening.stakeholders());
        people0.add("Group of 77 and China · null · null");
        people0.sort(String.CASE_INSENSITIVE_ORDER);
        Seen expected = new Seen(
                opening.outline(),
                opening.title(),
                opening.sourcesOfFirst(),
                people0,
                opening.clusters(),
                opening.inputs(),
                opening.firstInputOccasion(),
                opening.openProposals(),
                opening.revisions(),
                opening.numbering());
        Seen back = seen(ws, inputs, people, lists, op1.id());
        for (int i = 0; i < 50 && !expected.equals(back); i++) {
            back = seen(ws, inputs, people, lists, op1.id()); // the views read what the last undo changed
        }
        assertEquals(opening.outline(), back.outline(), "the draft and its outline, numbers and source counts");
        assertEquals(expected, back, "the window shows the project as it opened");
        assertEquals(
                op1.text(),
                fx(() -> ws.editor()
                        .area()
                        .getParagraph(WindowTests.lineOf(ws, op1.id()))
                        .getText()));
        WindowTests.close(window);
    }
}
