package org.penholder.ui.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.coverage.Coverage;
import org.penholder.coverage.CoverageScope;
import org.penholder.coverage.MadeUpProject;
import org.penholder.model.InputCoverage;
import org.penholder.model.Uptake;
import org.penholder.ui.ProjectSession;

/** The coverage view's model, without the FX thread: what it shows and when it reads again. */
class CoverageViewModelTest {

    @TempDir
    Path dir;

    MadeUpProject m;
    ProjectSession session;
    CoverageViewModel vm;

    @BeforeEach
    void open() {
        m = new MadeUpProject(dir.resolve("made-up.penholder"));
        session = new ProjectSession(m.project, Runnable::run, () -> MadeUpProject.AUTHOR);
        vm = new CoverageViewModel(session);
    }

    @AfterEach
    void close() {
        session.close();
    }

    /** Waits until the project's thread has done what was asked of it, refreshes included. */
    private void settle() throws Exception {
        session.drained().get(10, TimeUnit.SECONDS);
        session.drained().get(10, TimeUnit.SECONDS);
    }

    private List<Long> unreflected() {
        return vm.unreflected().stream().map(InputCoverage::id).toList();
    }

    private Uptake group(String name) {
        return vm.coverageProperty().get().groups().stream()
                .filter(u -> u.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void showsTheFiguresOnceShownAndFollowsLinks() throws Exception {
        vm.setShowing(true);
        settle();
        Coverage c = vm.coverageProperty().get();
        assertEquals(new Uptake("All inputs", 6, 4), c.total());
        assertEquals(List.of(m.icc, m.apcOral), unreflected());
        assertEquals(
                List.of("OP3"),
                vm.orphans().stream().map(p -> p.paragraph().code()).toList());
        assertEquals(
                List.of("PP1"),
                vm.oneGroupOnly().stream().map(p -> p.paragraph().code()).toList());

        long link = session.submit(() -> m.link(m.op3, m.apcOral, "Data governance"))
                .get(10, TimeUnit.SECONDS);
        settle();
        assertEquals(List.of(m.icc), unreflected());
        assertEquals(2, group("Civil society").reflected());
        assertEquals(List.of(), vm.orphans());

        session.submit(() -> {
                    m.project.links().remove(link);
                    return null;
                })
                .get(10, TimeUnit.SECONDS);
        settle();
        assertEquals(List.of(m.icc, m.apcOral), unreflected());
        assertEquals(
                List.of("OP3"),
                vm.orphans().stream().map(p -> p.paragraph().code()).toList());
    }

    @Test
    void aHiddenViewWaitsToBeShownBeforeReadingAgain() throws Exception {
        vm.setShowing(true);
        settle();
        Coverage before = vm.coverageProperty().get();
        vm.setShowing(false);
        session.submit(() -> m.link(m.op3, m.icc, "legal certainty")).get(10, TimeUnit.SECONDS);
        settle();
        assertSame(before, vm.coverageProperty().get(), "nothing is read while the view is hidden");
        vm.setShowing(true);
        settle();
        assertEquals(List.of(m.apcOral), unreflected(), "shown again, it reads what changed");
    }

    @Test
    void commandsThatMoveOrHideLinksRefreshIt() throws Exception {
        vm.setShowing(true);
        settle();
        session.execute(() -> session.draftCommands().delete(m.op2, "2.")).get(10, TimeUnit.SECONDS);
        settle();
        assertEquals(0, group(Uptake.NO_GROUP).reflected(), "OP2 deleted: the unsigned input is no longer reflected");
        session.undo().get(10, TimeUnit.SECONDS);
        settle();
        assertEquals(1, group(Uptake.NO_GROUP).reflected(), "the undo brings OP2 and its links back");
    }

    @Test
    void theListOfUnreflectedInputsFiltersByGroupClusterAndWords() throws Exception {
        vm.setShowing(true);
        settle();
        vm.groupFilterProperty().set("Civil society");
        assertEquals(List.of(m.apcOral), unreflected());
        vm.groupFilterProperty().set(CoverageViewModel.ALL);
        vm.clusterFilterProperty().set(Uptake.NO_CLUSTER);
        assertEquals(List.of(m.icc), unreflected());
        vm.clusterFilterProperty().set("Data Governance");
        assertEquals(List.of(m.apcOral), unreflected());
        vm.clusterFilterProperty().set(CoverageViewModel.ALL);
        vm.textFilterProperty().set("chamber");
        assertEquals(List.of(m.icc), unreflected());
        vm.textFilterProperty().set("ORAL");
        assertEquals(List.of(m.apcOral), unreflected(), "words match the title, whatever the case");
        assertEquals(2, vm.allUnreflected().size());

        // the filters hold when the list is read again
        session.submit(() -> m.link(m.op3, m.icc, "legal certainty")).get(10, TimeUnit.SECONDS);
        settle();
        assertEquals(List.of(m.apcOral), unreflected());
    }

    @Test
    void aRevisionCanBeChosenAndReadsItsOwnParagraphs() throws Exception {
        session.submit(() -> m.project.revisionService().freeze("Rev.1", null, MadeUpProject.AUTHOR))
                .get(10, TimeUnit.SECONDS);
        vm.setShowing(true);
        settle();
        assertEquals(
                List.of(CoverageScope.WORKING_DRAFT, "Rev.1"),
                vm.scopes().stream().map(CoverageScope::name).toList());
        session.execute(() -> session.draftCommands().delete(m.op3, "3.")).get(10, TimeUnit.SECONDS);
        settle();
        assertEquals(List.of(), vm.orphans(), "the orphan is gone from the working draft");
        vm.scopeProperty().set(vm.scopes().get(1));
        settle();
        assertEquals("Rev.1", vm.coverageProperty().get().scope().name());
        assertEquals(
                List.of("OP3"),
                vm.orphans().stream().map(p -> p.paragraph().code()).toList(),
                "but not from Rev.1");
        assertTrue(!vm.orphans().getFirst().paragraph().inDraft());
        var preview = vm.preview(m.icc).get(10, TimeUnit.SECONDS);
        assertEquals("Investment needs legal certainty.", preview.text());
        assertEquals("International Chamber of Commerce", preview.input().stakeholder());
    }
}
