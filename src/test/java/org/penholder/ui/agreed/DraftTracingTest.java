package org.penholder.ui.agreed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.adopted.AgreedLibrary;
import org.penholder.agreed.MadeUpLibrary;
import org.penholder.model.Author;
import org.penholder.model.ParagraphKind;
import org.penholder.project.Project;
import org.penholder.ui.ProjectSession;

/** The window's tracing of the draft and the Agreed Texts view's state, without JavaFX nodes. */
class DraftTracingTest {

    private static final Author ME = new Author("Ana Drafter", "Co-facilitators");

    @TempDir
    Path dir;

    private Project project;
    private ProjectSession session;

    @BeforeEach
    void open() {
        project = Project.create(dir.resolve("t.penholder"), "Coastal draft", null);
        session = new ProjectSession(project, Runnable::run, () -> ME);
    }

    @AfterEach
    void close() {
        session.close();
    }

    private void importLibrary() {
        project.agreedLibrary().importFiles(List.of(MadeUpLibrary.textA(dir)), AgreedLibrary.Details.NONE);
    }

    private static DraftTracing.Paragraph p(String id, String text) {
        return new DraftTracing.Paragraph(id, "OP1", text);
    }

    @Test
    void withoutALibraryNothingIsTracedAndThePaneCanSaySo() throws Exception {
        DraftTracing tracing = new DraftTracing(session);
        tracing.traceAll(List.of(p("op1", MadeUpLibrary.A_OPERATIVE.get(0)))).get(10, TimeUnit.SECONDS);
        assertFalse(tracing.hasLibrary());
        assertTrue(tracing.trace("op1").isEmpty());
    }

    @Test
    void aParagraphBuiltOnAgreedLanguageIsMarkedAndAnEditThatTakesItAwayIsNoted() throws Exception {
        importLibrary();
        DraftTracing tracing = new DraftTracing(session);
        List<String> heard = new ArrayList<>();
        tracing.addListener(heard::add);
        tracing.traceAll(List.of(
                        p("op1", MadeUpLibrary.A_OPERATIVE.get(0)), p("op2", "Welcomes the new ferry timetable.")))
                .get(10, TimeUnit.SECONDS);
        assertTrue(tracing.hasLibrary());
        assertTrue(tracing.isBuiltOnAgreedLanguage("op1"));
        assertFalse(tracing.isBuiltOnAgreedLanguage("op2"));
        assertEquals(List.of("Agreed language: A/RES/90/101, para. 1 (100%)"), tracing.summary("op1"));
        assertEquals(List.of(), tracing.summary("op2"));
        assertTrue(tracing.lostSource("op1").isEmpty());

        tracing.traceOne(p("op1", "Reaffirms the commitment to open tide tables and to the new ferry timetable."))
                .get(10, TimeUnit.SECONDS);
        assertEquals(
                "No longer matches A/RES/90/101, para. 1",
                tracing.lostSource("op1").orElseThrow());
        assertFalse(tracing.isBuiltOnAgreedLanguage("op1"));

        tracing.traceOne(p("op1", MadeUpLibrary.A_OPERATIVE.get(0))).get(10, TimeUnit.SECONDS);
        assertTrue(tracing.lostSource("op1").isEmpty(), "back to its source (as after an undo)");
        assertEquals(java.util.Arrays.asList(null, "op1", "op1"), heard);
    }

    @Test
    void theAgreedTextsViewModelListsReadsSearchesImportsAndRemoves() throws Exception {
        AgreedTextsViewModel vm = new AgreedTextsViewModel(session);
        int[] changed = {0};
        vm.setOnLibraryChanged(() -> changed[0]++);
        AgreedLibrary.Report report = vm.importFiles(
                List.of(MadeUpLibrary.textA(dir), MadeUpLibrary.htmlC(dir), dir.resolve("none.pdf")),
                org.penholder.docx.Progress.NONE);
        assertEquals(2, report.imported().size());
        assertEquals(1, report.skipped().size());
        assertEquals(1, changed[0]);
        assertEquals(
                List.of(MadeUpLibrary.A_SYMBOL, MadeUpLibrary.C_SYMBOL),
                vm.texts().stream().map(t -> t.symbol()).toList(),
                "by date of adoption, the undated last");

        vm.read(vm.texts().getFirst()).get(10, TimeUnit.SECONDS);
        assertEquals(7, vm.paragraphs().size());
        assertEquals("PP1", vm.paragraphs().getFirst().number());

        vm.search("lighthouse").get(10, TimeUnit.SECONDS);
        assertEquals(
                List.of("A/RES/90/101, PP2", "A/CONF.300/4, para. 1"),
                vm.hits().stream()
                        .map((org.penholder.adopted.AgreedLibrary.Hit h) ->
                                h.text().name() + ", " + h.paragraph().citation())
                        .sorted((a, b) -> b.compareTo(a))
                        .toList());
        vm.search("   ").get(10, TimeUnit.SECONDS);
        assertEquals(0, vm.hits().size());

        vm.remove(vm.texts().getFirst()).get(10, TimeUnit.SECONDS);
        session.drained().get(10, TimeUnit.SECONDS);
        assertEquals(1, vm.texts().size());
        assertEquals(2, changed[0]);
    }

    @Test
    void anAdoptedParagraphIsInsertedCitedAsOneUndoableAmendment() throws Exception {
        importLibrary();
        project.draftService().insertParagraph("pp1", null, 0, ParagraphKind.PP, "Welcoming the ferries,", ME);
        var pp2 = project.agreed()
                .paragraphs(project.agreed().texts().getFirst().id())
                .get(1);
        var inserts = new org.penholder.agreed.AgreedInserts(
                project.database(), project.draftService(), project.agreed(), () -> ME);
        var command = session.execute(() -> inserts.insert("pNew", null, 1, ParagraphKind.PP, pp2.id(), "PP1"))
                .get(10, TimeUnit.SECONDS);
        assertEquals("Insert agreed language (A/RES/90/101, PP2) after PP1", command.description());
        assertEquals(
                MadeUpLibrary.A_PREAMBLE.get(1),
                project.draftService().paragraph("pNew").text());
        var citations = project.agreed().citationsOf("pNew");
        assertEquals(1, citations.size());
        assertEquals(pp2.id(), citations.getFirst().agreedParagraphId());
        var amendment =
                project.amendments().byId(citations.getFirst().amendmentId()).orElseThrow();
        assertEquals(org.penholder.model.AmendmentKind.NEW_PARAGRAPH, amendment.kind());
        assertEquals("Ana Drafter", amendment.author());

        session.undo().get(10, TimeUnit.SECONDS);
        assertEquals(1, project.draftService().draft().paragraphsInOrder().size(), "undo takes it out");
        session.redo().get(10, TimeUnit.SECONDS);
        assertEquals(
                List.of("pp1", "pNew"),
                project.draftService().draft().paragraphsInOrder().stream()
                        .map(x -> x.id())
                        .toList());
    }
}
