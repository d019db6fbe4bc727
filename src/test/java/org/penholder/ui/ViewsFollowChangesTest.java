package org.penholder.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.coverage.MadeUpProject;
import org.penholder.history.ProposalRequest;
import org.penholder.ingest.ImportDetails;
import org.penholder.model.InputKind;
import org.penholder.model.ListEntry;
import org.penholder.model.ListKind;
import org.penholder.model.Stakeholder;
import org.penholder.ui.coverage.CoverageViewModel;
import org.penholder.ui.draft.DraftState;
import org.penholder.ui.draft.DraftViewModel;
import org.penholder.ui.draft.OutlineRow;
import org.penholder.ui.history.AmendmentsViewModel;
import org.penholder.ui.history.CompareViewModel;
import org.penholder.ui.inputs.InputsViewModel;
import org.penholder.ui.inputs.ListsViewModel;
import org.penholder.ui.inputs.ReaderViewModel;
import org.penholder.ui.inputs.StakeholdersViewModel;
import org.penholder.ui.sources.SourcesViewModel;

/**
 * One change of each kind, made through the services as the command line makes it (not through
 * any view), run by the session: every view model that shows what changed follows, with no
 * wiring between them. Plain JUnit: the session runs everything at once on the test's thread.
 */
class ViewsFollowChangesTest {

    @TempDir
    Path dir;

    MadeUpProject m;
    ProjectSession session;
    DraftViewModel draft;

    @BeforeEach
    void open() {
        m = new MadeUpProject(dir.resolve("made-up.penholder"));
        session = Synchronous.session(m.project, MadeUpProject.AUTHOR);
        draft = new DraftViewModel(session);
        draft.load(DraftState.read(m.project));
    }

    @AfterEach
    void close() {
        session.close();
    }

    private void change(Runnable work) {
        session.submit(() -> {
                    work.run();
                    return null;
                })
                .join();
    }

    private OutlineRow row(String id) {
        return draft.outline().stream()
                .filter(r -> id.equals(r.id()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void paragraphsChangedElsewhereShowInTheDraftAndItsOutline() {
        change(() -> m.project.draftService().setText(m.op3, "We decide to meet in 2030.", MadeUpProject.AUTHOR, null));
        assertEquals("We decide to meet in 2030.", row(m.op3).text());
    }

    @Test
    void aLinkMadeElsewhereShowsInTheOutlinesCountTheSourcesAndCoverage() {
        SourcesViewModel sources = new SourcesViewModel(session, draft);
        draft.currentParagraphProperty().set(m.op3);
        CoverageViewModel coverage = new CoverageViewModel(session);
        coverage.setShowing(true);
        assertEquals(0, row(m.op3).sources());
        assertEquals(
                List.of("OP3"),
                coverage.orphans().stream().map(p -> p.paragraph().code()).toList());

        change(() -> m.project.linkService().linkQuote(m.op3, m.icc, "legal certainty", null, "CLI"));

        assertEquals(1, row(m.op3).sources(), "the outline counts it");
        assertEquals("legal certainty", sources.passages().getFirst().link().quote(), "the Sources panel shows it");
        assertEquals("Sources of 3. (1)", sources.headingProperty().get());
        assertEquals(List.of(), coverage.orphans(), "and Coverage no longer lists OP3 without a source");
    }

    @Test
    void inputsChangedElsewhereShowInTheLibraryAndTheReader() {
        InputsViewModel library = new InputsViewModel(session, null);
        library.refresh();
        ReaderViewModel reader = new ReaderViewModel(session, draft);
        reader.show(m.icc, null);
        int before = library.rows().size();

        change(() -> m.project
                .inputCommands()
                .setDetails(
                        List.of(m.icc),
                        new ImportDetails(
                                "International Chamber of Commerce",
                                null,
                                InputKind.WRITTEN,
                                "Business forum",
                                null,
                                "en",
                                List.of())));
        assertEquals("Business forum", reader.input().occasion(), "the reader shows the new details");
        assertTrue(library.occasions().contains("Business forum"), "the library's filter offers them");
        assertEquals(before, library.rows().size());
    }

    @Test
    void stakeholdersChangedElsewhereShowInTheirViewAndTheReader() {
        StakeholdersViewModel people = new StakeholdersViewModel(session, null);
        ReaderViewModel reader = new ReaderViewModel(session, draft);
        reader.show(m.kenya, null);
        Stakeholder kenya = people.stakeholders().stream()
                .filter(s -> s.name().equals("Kenya"))
                .findFirst()
                .orElseThrow();

        change(() -> m.project
                .stakeholderCommands()
                .update(new Stakeholder(kenya.id(), "Republic of Kenya", kenya.group(), kenya.country())));
        assertTrue(people.stakeholders().stream().anyMatch(s -> s.name().equals("Republic of Kenya")));
        assertEquals("Republic of Kenya", reader.input().stakeholder());
    }

    @Test
    void listsChangedElsewhereShowInTheListsAndTheLibrarysFilters() {
        ListsViewModel lists = new ListsViewModel(session, q -> true);
        InputsViewModel library = new InputsViewModel(session, null);
        library.refreshChoices();
        change(() -> m.project.listCommands().add(ListKind.CLUSTERS, "", "Linguistic diversity"));
        assertEquals(
                "Linguistic diversity",
                lists.entries(ListKind.CLUSTERS).getLast().name());
        assertTrue(library.tags().stream().anyMatch(t -> t.name().equals("Linguistic diversity")));
        ListEntry added = lists.entries(ListKind.CLUSTERS).getLast();
        change(() -> m.project.listCommands().rename(ListKind.CLUSTERS, added, "", "Multilingualism"));
        assertEquals(
                "Multilingualism", lists.entries(ListKind.CLUSTERS).getLast().name());
    }

    @Test
    void proposalsRecordedElsewhereShowInTheAmendmentsView() {
        AmendmentsViewModel amendments = new AmendmentsViewModel(session);
        amendments.refresh();
        assertEquals(List.of(), amendments.proposals());
        change(() -> m.project
                .proposalService()
                .propose(
                        ProposalRequest.replace("OP1", "meaningful", "universal and meaningful", null),
                        "Kenya",
                        null,
                        MadeUpProject.AUTHOR));
        assertEquals(1, amendments.proposals().size());
        assertEquals("Kenya", amendments.proposals().getFirst().proposer());
        assertTrue(amendments.proposers().contains("Kenya"), "the filter offers the new proposer");
    }

    @Test
    void revisionsFrozenElsewhereAreOfferedToCompare() {
        CompareViewModel compare = new CompareViewModel(session, null);
        compare.refreshRevisions();
        assertEquals(List.of("current"), compare.versions());
        change(() -> m.project.revisionService().freeze("Zero draft", null, MadeUpProject.AUTHOR));
        assertEquals(List.of("Zero draft", "current"), compare.versions());
        assertEquals("Zero draft", compare.fromProperty().get());
    }

    @Test
    void theTitleChangedElsewhereShowsAsTheDraftsTitle() {
        change(() -> m.project.draftService().setTitle("A new title", MadeUpProject.AUTHOR));
        assertEquals("A new title", draft.titleProperty().get());
    }

    @Test
    void whenTheProjectIsReplacedEveryViewReadsAgain() {
        StakeholdersViewModel people = new StakeholdersViewModel(session, null);
        int before = people.stakeholders().size();
        // a write behind the stores' backs, as a restore or a merge of copies makes
        m.project.stakeholders().findOrCreate("Written behind the views", null, null);
        m.project.takeChanges(); // nobody was told
        assertEquals(before, people.stakeholders().size());
        session.replaced();
        assertEquals(before + 1, people.stakeholders().size());
    }
}
