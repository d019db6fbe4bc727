package org.penholder.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.penholder.merge.Copies.ANN;
import static org.penholder.merge.Copies.BEN;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.adopted.AgreedLibrary;
import org.penholder.agreed.AgreedInserts;
import org.penholder.agreed.MadeUpLibrary;
import org.penholder.draft.Details;
import org.penholder.draft.FootnoteService;
import org.penholder.history.Proposal;
import org.penholder.history.ProposalService;
import org.penholder.model.AdoptedParagraph;
import org.penholder.model.AdoptedText;
import org.penholder.model.Amendment;
import org.penholder.model.AmendmentKind;
import org.penholder.model.AmendmentStatus;
import org.penholder.model.Footnote;
import org.penholder.model.Ids;
import org.penholder.model.Paragraph;
import org.penholder.model.ParagraphKind;
import org.penholder.model.ParagraphStatus;
import org.penholder.project.Project;
import org.penholder.store.AgreedStore;
import org.penholder.store.IntegrityCheck;
import org.penholder.store.ProjectFileException;

/** Merging copies of one project edited apart: nothing lost, conflicts as proposals, the same result both ways. */
class MergeServiceTest {

    @TempDir
    Path dir;

    private static List<Paragraph> paragraphs(Project p) {
        return p.draftService().draft().paragraphsInOrder();
    }

    private static void edit(Path file, java.util.function.Consumer<Project> edits) {
        try (Project p = Project.open(file, Project.Access.WRITE)) {
            edits.accept(p);
        }
    }

    private static void assertSound(Path file) {
        try (Project p = Project.open(file, Project.Access.WRITE)) {
            assertEquals(List.of(), IntegrityCheck.run(p.database()), file + " passes check");
        }
    }

    @Test
    void changesToDifferentParagraphsAllApplyAndTheCopiesConverge() {
        Path[] c = Copies.ofSample(dir);
        edit(c[0], p -> {
            Paragraph first = paragraphs(p).get(0);
            p.draftService().setText(first.id(), first.text() + " Ann was here.", ANN, null);
            p.draftService().setStatus(paragraphs(p).get(2).id(), ParagraphStatus.BRACKETED, ANN);
        });
        edit(c[1], p -> {
            Paragraph last = paragraphs(p).getLast();
            p.draftService().setText(last.id(), "Ben rewrote the last paragraph.", BEN, null);
            p.draftService().setKind(paragraphs(p).get(3).id(), ParagraphKind.PP, BEN);
        });
        Set<String> both = new TreeSet<>(Copies.amendmentUids(c[0]));
        both.addAll(Copies.amendmentUids(c[1]));

        MergeReport intoA = Copies.merge(c[0], c[1]);
        assertEquals(List.of(), intoA.conflicts());
        assertEquals(2, intoA.counts().amendments());
        assertFalse(intoA.fastForward());
        MergeReport intoB = Copies.merge(c[1], c[0]);
        assertTrue(intoB.fastForward(), "B changed nothing A lacks: it takes A's draft");
        assertEquals(Copies.draft(c[0]), Copies.draft(c[1]));
        assertEquals(both, Copies.amendmentUids(c[0]));
        assertEquals(both, Copies.amendmentUids(c[1]));
        List<String> merged = Copies.draft(c[0]);
        assertTrue(merged.stream().anyMatch(l -> l.endsWith("Ann was here.")), merged.toString());
        assertTrue(merged.stream().anyMatch(l -> l.endsWith("Ben rewrote the last paragraph.")));

        assertTrue(Copies.merge(c[0], c[1]).nothing(), "merging again brings nothing");
        assertTrue(Copies.merge(c[1], c[0]).nothing());
        assertSound(c[0]);
        assertSound(c[1]);
    }

    @Test
    void aParagraphBothChangedKeepsThisVersionAndTheOtherBecomesAProposalOfItsAuthor() {
        Path[] c = Copies.ofSample(dir);
        String[] id = new String[1];
        edit(c[0], p -> {
            Paragraph op = paragraphs(p).get(4);
            id[0] = op.id();
            p.draftService().setText(op.id(), op.text().replace("We", "We, the Heads of State,"), ANN, null);
        });
        edit(
                c[1],
                p -> p.draftService()
                        .setText(id[0], paragraphs(p).get(4).text() + " Ben added this sentence.", BEN, null));
        String ann;
        try (Project p = Project.open(c[0], Project.Access.READ)) {
            ann = p.draftService().paragraph(id[0]).text();
        }

        MergeReport r = Copies.merge(c[0], c[1]);
        assertEquals(1, r.conflicts().size());
        MergeConflict conflict = r.conflicts().get(0);
        assertEquals("Ben", conflict.by());
        assertEquals(id[0], conflict.paragraphId());
        assertTrue(conflict.label().startsWith("OP") || conflict.label().startsWith("PP"), conflict.label());
        try (Project p = Project.open(c[0], Project.Access.WRITE)) {
            assertEquals(ann, p.draftService().paragraph(id[0]).text(), "this file keeps its version");
            Proposal proposal = p.proposalService().list(ProposalService.Filter.ALL).stream()
                    .filter(Proposal::mergeConflict)
                    .findFirst()
                    .orElseThrow();
            assertEquals(conflict.proposal(), proposal.id());
            assertEquals("Ben", proposal.proposer());
            assertEquals("b.penholder", proposal.mergedFrom());
            assertFalse(proposal.outdated());
            p.proposalService().accept(proposal.id(), ANN);
            String now = p.draftService().paragraph(id[0]).text();
            assertTrue(now.contains("Ben added this sentence."), now);
            assertTrue(now.contains("Heads of State") == false, "accepting takes Ben's version: " + now);
        }
        Copies.merge(c[1], c[0]);
        assertEquals(Copies.draft(c[0]), Copies.draft(c[1]), "after the conflict is decided the copies converge");
        assertEquals(Copies.proposals(c[0]), Copies.proposals(c[1]));
        assertTrue(Copies.merge(c[0], c[1]).nothing());
    }

    @Test
    void bothCopiesArrivingAtTheSameTextIsNoConflict() {
        Path[] c = Copies.ofSample(dir);
        for (Path file : c) {
            edit(file, p -> {
                Paragraph x = paragraphs(p).get(1);
                p.draftService().setText(x.id(), "The same words, typed twice.", file == c[0] ? ANN : BEN, null);
            });
        }
        MergeReport r = Copies.merge(c[0], c[1]);
        assertEquals(List.of(), r.conflicts());
        Copies.merge(c[1], c[0]);
        assertEquals(Copies.draft(c[0]), Copies.draft(c[1]));
    }

    @Test
    void newParagraphsOfBothCopiesAreKeptInOrder() {
        Path[] c = Copies.ofSample(dir);
        String[] after = new String[1];
        edit(c[0], p -> {
            Paragraph x = paragraphs(p).get(5);
            after[0] = x.id();
            p.draftService().split(x.id(), Ids.newParagraphId(), x.text(), "Ann's new paragraph.", ANN, List.of());
        });
        edit(c[1], p -> {
            Paragraph x = p.draftService().paragraph(after[0]);
            p.draftService().split(x.id(), Ids.newParagraphId(), x.text(), "Ben's new paragraph.", BEN, List.of());
            Paragraph y = paragraphs(p).get(1);
            p.draftService().split(y.id(), Ids.newParagraphId(), y.text(), "Ben's other paragraph.", BEN, List.of());
        });
        MergeReport r = Copies.merge(c[0], c[1]);
        assertEquals(2, r.counts().paragraphs());
        assertEquals(List.of(), r.conflicts());
        Copies.merge(c[1], c[0]);
        List<String> a = Copies.draft(c[0]);
        assertEquals(a, Copies.draft(c[1]));
        int anchor = indexOf(a, after[0]);
        assertTrue(a.get(anchor + 1).endsWith("Ben's new paragraph.")
                || a.get(anchor + 1).endsWith("Ann's new paragraph."));
        assertTrue(a.get(anchor + 2).endsWith("Ben's new paragraph.")
                || a.get(anchor + 2).endsWith("Ann's new paragraph."));
        assertTrue(a.stream().anyMatch(l -> l.endsWith("Ben's other paragraph.")));
    }

    private static int indexOf(List<String> draft, String id) {
        for (int i = 0; i < draft.size(); i++) {
            if (draft.get(i).contains(" " + id + " ")) {
                return i;
            }
        }
        throw new AssertionError(id + " is not in " + draft);
    }

    @Test
    void aDeletionOfAParagraphTheOtherChangedIsAProposal() throws Exception {
        Path[] c = Copies.ofSample(dir);
        String[] id = new String[1];
        edit(c[0], p -> {
            Paragraph x = paragraphs(p).get(3);
            id[0] = x.id();
            p.draftService().setText(x.id(), x.text() + " Kept and changed.", ANN, null);
        });
        edit(c[1], p -> p.draftService().deleteParagraph(id[0], BEN));
        MergeReport r = Copies.merge(c[0], c[1]);
        assertEquals(1, r.conflicts().size());
        assertEquals("life", r.conflicts().get(0).aspect());
        try (Project p = Project.open(c[0], Project.Access.READ)) {
            assertTrue(p.draftService().paragraph(id[0]).text().endsWith("Kept and changed."));
            Proposal proposal =
                    p.proposalService().proposal(r.conflicts().get(0).proposal()) == null
                            ? null
                            : p.proposalService().list(ProposalService.Filter.ALL).stream()
                                    .filter(Proposal::mergeConflict)
                                    .findFirst()
                                    .orElseThrow();
            assertEquals(org.penholder.model.AmendmentKind.DELETE_PARAGRAPH, proposal.kind());
        }
        // the other way round: the copy that deleted it is offered it back
        Path[] d = Copies.ofSample(Files.createDirectories(dir.resolve("second")));
        edit(d[0], p -> p.draftService().deleteParagraph(id[0], ANN));
        edit(d[1], p -> p.draftService().setText(id[0], "Ben's version.", BEN, null));
        MergeReport back = Copies.merge(d[0], d[1]);
        assertEquals(1, back.conflicts().size());
        try (Project p = Project.open(d[0], Project.Access.WRITE)) {
            assertTrue(p.drafts().paragraph(id[0]).isEmpty(), "this file keeps it deleted");
            p.proposalService().accept(back.conflicts().get(0).proposal(), ANN);
            assertEquals("Ben's version.", p.draftService().paragraph(id[0]).text(), "accepting brings it back");
        }
    }

    @Test
    void aSplitOfAParagraphTheOtherChangedIsOneConflictOfBothParts() {
        Path[] c = Copies.ofSample(dir);
        String[] id = new String[1];
        edit(c[0], p -> {
            Paragraph x = paragraphs(p).get(6);
            id[0] = x.id();
            p.draftService().setText(x.id(), "Ann " + x.text(), ANN, null);
        });
        String[] second = new String[1];
        edit(c[1], p -> {
            Paragraph x = p.draftService().paragraph(id[0]);
            int cut = x.text().indexOf(' ', x.text().length() / 2);
            second[0] = Ids.newParagraphId();
            p.draftService()
                    .split(
                            x.id(),
                            second[0],
                            x.text().substring(0, cut),
                            x.text().substring(cut + 1),
                            BEN,
                            List.of());
        });
        long before = Copies.draft(c[0]).size();
        MergeReport r = Copies.merge(c[0], c[1]);
        assertEquals(before, Copies.draft(c[0]).size(), "no half of Ben's split lands beside Ann's text");
        assertEquals(2, r.conflicts().size(), r.conflicts().toString());
        try (Project p = Project.open(c[0], Project.Access.WRITE)) {
            for (MergeConflict mc : r.conflicts()) {
                p.proposalService().accept(mc.proposal(), ANN);
            }
            assertTrue(p.drafts().paragraph(second[0]).isPresent(), "accepting both gives Ben's split");
        }
        Copies.merge(c[1], c[0]);
        assertEquals(Copies.draft(c[0]), Copies.draft(c[1]));
    }

    @Test
    void inputsStakeholdersLinksProposalsAndRevisionsComeIn() throws Exception {
        Path[] c = Copies.ofSample(dir);
        edit(c[1], p -> {
            var s = p.stakeholders().findOrCreate("Group of  77 and China", "Member State", null);
            long input = p.inputs()
                    .add(new org.penholder.store.InputStore.NewInput(
                            s.id(),
                            null,
                            "Ben's input",
                            null,
                            null,
                            "en",
                            null,
                            "A new submission on data governance."))
                    .id();
            Paragraph x = paragraphs(p).get(2);
            var link = p.linkService().linkQuote(x.id(), input, "data governance", "Ben's note", BEN.display());
            var old = p.links().all().get(0);
            p.linkService().setNote(old.id(), "Noted by Ben");
            long proposer = p.stakeholders()
                    .findOrCreate("Brazil", "Member State", null)
                    .id();
            long prop = p.proposalService()
                    .proposeDeleteParagraph(paragraphs(p).get(3).id(), proposer, "Too long", BEN)
                    .id();
            p.proposalService().reject(prop, BEN);
            p.draftService().setText(x.id(), x.text() + " Rev.", BEN, null);
            p.revisionService().freeze("Rev.1", null, BEN);
            assertTrue(link.id() > 0);
        });
        edit(c[0], p -> {
            p.stakeholders().findOrCreate("group of 77 AND china", null, null);
            p.revisionService().freeze("Rev.1", null, ANN);
        });
        MergeReport r = Copies.merge(c[0], c[1]);
        assertEquals(1, r.counts().inputs());
        assertEquals(1, r.counts().links());
        assertEquals(1, r.counts().proposals());
        assertEquals(1, r.counts().stakeholders(), "Brazil; the Group of 77 is the same stakeholder");
        assertEquals(1, r.counts().revisions());
        try (Project p = Project.open(c[0], Project.Access.READ)) {
            assertEquals(Set.of("Zero draft", "Rev.1", "Rev.1 (Ben)"), Set.copyOf(p.revisionNames()));
            assertTrue(p.links().all().stream().anyMatch(l -> "Ben's note".equals(l.note())));
            assertTrue(p.links().all().stream().anyMatch(l -> "Noted by Ben".equals(l.note())));
            assertEquals(
                    AmendmentStatus.REJECTED,
                    p.proposalService().list(ProposalService.Filter.ALL).stream()
                            .filter(x -> "Brazil".equals(x.proposer()))
                            .findFirst()
                            .orElseThrow()
                            .status());
        }
        assertTrue(Copies.merge(c[0], c[1]).nothing());
        Copies.merge(c[1], c[0]);
        assertEquals(Copies.links(c[0]), Copies.links(c[1]));
        assertEquals(Copies.draft(c[0]), Copies.draft(c[1]));
        assertSound(c[0]);
        assertSound(c[1]);
    }

    @Test
    void aLinkRemovedInOneCopyIsRemovedInTheOther() {
        Path[] c = Copies.ofSample(dir);
        long[] removed = new long[1];
        edit(c[1], p -> {
            removed[0] = p.links().all().get(0).id();
            p.linkService().remove(removed[0]);
        });
        Copies.merge(c[0], c[1]);
        Copies.merge(c[1], c[0]);
        assertEquals(Copies.links(c[0]), Copies.links(c[1]));
        try (Project p = Project.open(c[0], Project.Access.READ)) {
            assertTrue(p.links().byId(removed[0]).isEmpty());
        }
    }

    @Test
    void theLaterChangeOfTheTitleWins() {
        Path[] c = Copies.ofSample(dir);
        edit(c[0], p -> p.draftService().setTitle("Ann's title", ANN));
        edit(c[1], p -> p.draftService().setTitle("Ben's later title", BEN));
        Copies.merge(c[0], c[1]);
        assertEquals("title Ben's later title", Copies.draft(c[0]).get(0));
        Copies.merge(c[1], c[0]);
        assertEquals("title Ben's later title", Copies.draft(c[1]).get(0));
    }

    @Test
    void aCopyOfAnotherProjectIsRefusedAndNothingIsWritten() throws Exception {
        Path[] c = Copies.ofSample(dir);
        Path other = dir.resolve("other.penholder");
        Project.create(other, "Another outcome document", null).close();
        String before = TestFiles.sha256(c[0]);
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> Copies.merge(c[0], other));
        assertTrue(e.getMessage().contains("copy of another project"), e.getMessage());
        assertTrue(e.getMessage().contains("other.penholder"), e.getMessage());
        try (Project p = Project.open(c[0], Project.Access.READ)) {
            assertNotEquals("", p.meta().projectId());
        }
        assertEquals(Copies.draft(c[1]), Copies.draft(c[0]));
        assertTrue(Files.exists(c[0]) && before.length() > 0);
    }

    @Test
    void undoingAMergeTakesBackEverythingItBroughtAndMergingAgainBringsItAgain() {
        Path[] c = Copies.ofSample(dir);
        edit(c[1], p -> {
            Paragraph x = paragraphs(p).get(2);
            p.draftService().setText(x.id(), "Ben's text.", BEN, null);
            p.draftService().split(x.id(), Ids.newParagraphId(), "Ben's text.", "Ben's paragraph.", BEN, List.of());
            p.revisionService().freeze("Rev.1", null, BEN);
        });
        edit(c[0], p -> {
            Paragraph x = paragraphs(p).get(2);
            p.draftService().setText(x.id(), "Ann's text.", ANN, null);
        });
        List<String> draftBefore = Copies.draft(c[0]);
        Set<String> uidsBefore = Copies.amendmentUids(c[0]);
        Set<String> linksBefore = Copies.links(c[0]);
        int conflicts;
        try (Project p = Project.open(c[0], Project.Access.WRITE)) {
            MergeService.Merged merged = p.mergeService().merge(c[1], MergeProgress.NONE);
            assertFalse(merged.report().nothing());
            conflicts = merged.report().conflicts().size();
            assertEquals(1, conflicts);
            p.mergeService().undo(merged);
            assertEquals(List.of("Zero draft"), p.revisionNames());
        }
        assertEquals(draftBefore, Copies.draft(c[0]));
        assertEquals(uidsBefore, Copies.amendmentUids(c[0]));
        assertEquals(linksBefore, Copies.links(c[0]));
        assertSound(c[0]);
        MergeReport again = Copies.merge(c[0], c[1]);
        assertEquals(conflicts, again.conflicts().size(), "the same conflicts come again: " + again.conflicts());
        assertEquals(1, again.counts().paragraphs());
        assertEquals(1, again.counts().revisions());
    }

    @Test
    void undoingAMergeAfterWorkOnWhatItBroughtKeepsThatWorkOutOfTheWay() {
        Path[] c = Copies.ofSample(dir);
        String added = Ids.newParagraphId();
        edit(c[1], p -> {
            Paragraph x = paragraphs(p).get(2);
            p.draftService().split(x.id(), added, x.text(), "Ben's new paragraph.", BEN, List.of());
        });
        List<String> before = Copies.draft(c[0]);
        try (Project p = Project.open(c[0], Project.Access.WRITE)) {
            MergeService.Merged merged = p.mergeService().merge(c[1], MergeProgress.NONE);
            // typed in the paragraph the merge brought, and undone, before the merge is undone
            p.draftService().setText(added, "Ann edits Ben's paragraph.", ANN, null);
            p.draftService().setText(added, "Ben's new paragraph.", ANN, "Undo");
            p.mergeService().undo(merged);
            assertTrue(p.drafts().paragraph(added).isEmpty(), "the paragraph is out of the draft");
            assertTrue(p.drafts().paragraphEvenDeleted(added).isPresent(), "its row stays for the amendments on it");
        }
        assertEquals(before, Copies.draft(c[0]));
        assertSound(c[0]);
    }

    @Test
    void aChangeToWhatBothCopiesHeldWhenTheyPartedIsFound() throws Exception {
        Path sample = TestFiles.sampleCopy(dir);
        long[] ids = new long[2];
        edit(sample, p -> {
            long brazil = p.stakeholders()
                    .findOrCreate("Brazil", "Member State", null)
                    .id();
            ids[0] = p.proposalService()
                    .proposeDeleteParagraph(paragraphs(p).get(1).id(), brazil, null, ANN)
                    .id();
            ids[1] = p.links().all().get(3).id();
        });
        Path a = Files.copy(sample, dir.resolve("a.penholder"));
        Path b = Files.copy(sample, dir.resolve("b.penholder"));
        // the rows both hold under the same ids change in place: a decision, a note
        edit(a, p -> {
            p.proposalService().reject(ids[0], ANN);
            p.linkService().setNote(ids[1], "Ann's note");
        });
        MergeReport r = Copies.merge(b, a);
        assertEquals(1, r.counts().decisions(), r.toString());
        assertEquals(1, r.counts().linksChanged(), r.toString());
        assertEquals(Copies.proposals(a), Copies.proposals(b));
        assertEquals(Copies.links(a), Copies.links(b));
        assertTrue(Copies.merge(b, a).nothing());
    }

    /** Both copies, made after {@code before} was done to the sample: what they share when they part. */
    private Path[] copiesAfter(java.util.function.Consumer<Project> before) {
        Path[] c = Copies.ofSample(dir);
        edit(c[0], before);
        try {
            Files.copy(c[0], c[1], java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return c;
    }

    private static List<Footnote> footnotesOf(Path file, String paragraphId) {
        try (Project p = Project.open(file, Project.Access.READ)) {
            return p.draftService().footnotes().of(paragraphId);
        }
    }

    /** The words before each footnote's mark in its paragraph, and its own words. */
    private static List<String> marks(Path file, String paragraphId) {
        try (Project p = Project.open(file, Project.Access.READ)) {
            String text = p.draftService().paragraph(paragraphId).text();
            return p.draftService().footnotes().of(paragraphId).stream()
                    .map(f -> text.substring(0, f.anchor()) + " | " + f.text())
                    .toList();
        }
    }

    private static Proposal onlyConflict(Project p) {
        List<Proposal> open = p.proposalService().list(ProposalService.Filter.ALL).stream()
                .filter(x -> x.mergeConflict() && x.status() == AmendmentStatus.PROPOSED)
                .toList();
        assertEquals(1, open.size(), open.toString());
        return open.get(0);
    }

    @Test
    void footnotesAddedInBothCopiesAreAllKeptAndTheirMarksFollowTheText() {
        Path[] c = Copies.ofSample(dir);
        String[] id = new String[1];
        edit(c[0], p -> {
            Paragraph x = paragraphs(p).get(4);
            id[0] = x.id();
            // Ann's mark after the paragraph's first three words
            int at = x.text().indexOf(' ', x.text().indexOf(' ', x.text().indexOf(' ') + 1) + 1);
            p.draftService().footnotes().add(x.id(), null, at, "Ann's note.", ANN);
        });
        String annMark = marks(c[0], id[0]).get(0);
        edit(c[1], p -> {
            Paragraph x = p.draftService().paragraph(id[0]);
            // Ben types at the start of the paragraph, then adds a note at its end
            p.draftService().setText(x.id(), "Firmly, " + x.text(), BEN, null);
            p.draftService().footnotes().add(x.id(), null, x.text().length() + 8, "Ben's note.", BEN);
        });

        MergeReport r = Copies.merge(c[0], c[1]);
        assertEquals(List.of(), r.conflicts(), "notes added apart, and a text changed under one, are no conflict");
        assertEquals(1, r.counts().footnotes());
        List<String> marks = marks(c[0], id[0]);
        assertEquals(2, marks.size(), marks.toString());
        assertEquals("Firmly, " + annMark, marks.get(0), "Ann's mark stays after the same words in Ben's text");
        assertTrue(marks.get(1).endsWith(" | Ben's note."), marks.toString());

        assertTrue(Copies.merge(c[1], c[0]).fastForward());
        assertEquals(Copies.draft(c[0]), Copies.draft(c[1]));
        assertTrue(Copies.merge(c[0], c[1]).nothing());
        assertSound(c[0]);
    }

    @Test
    void aFootnoteChangedDifferentlyInBothCopiesIsAProposalOnTheFootnote() {
        String[] id = new String[2];
        Path[] c = copiesAfter(p -> {
            Paragraph x = paragraphs(p).get(4);
            id[0] = x.id();
            id[1] = p.draftService()
                    .footnotes()
                    .add(x.id(), null, x.text().length(), "See the report of 2025.", ANN)
                    .detail();
        });
        String uid = footnotesOf(c[0], id[0]).get(0).uid();
        edit(c[0], p -> p.draftService().footnotes().edit(uid, "See the report of 2025, chapter 2.", ANN, null));
        edit(c[1], p -> p.draftService().footnotes().edit(uid, "See the report of 2024.", BEN, null));

        MergeReport r = Copies.merge(c[0], c[1]);
        assertEquals(1, r.conflicts().size(), r.conflicts().toString());
        MergeConflict conflict = r.conflicts().get(0);
        assertEquals("footnote", conflict.aspect());
        assertEquals(id[0], conflict.paragraphId());
        assertEquals("See the report of 2025, chapter 2.", conflict.mine());
        assertEquals("See the report of 2024.", conflict.theirs());
        assertEquals("Ben", conflict.by());
        assertEquals(0, r.counts().footnotesChanged(), "this file keeps its words");
        try (Project p = Project.open(c[0], Project.Access.WRITE)) {
            assertEquals(
                    "See the report of 2025, chapter 2.",
                    p.draftService().footnotes().of(id[0]).get(0).text());
            Proposal proposal = onlyConflict(p);
            assertEquals(conflict.proposal(), proposal.id());
            assertEquals(1, proposal.footnote(), "a proposal on the paragraph's first footnote");
            assertTrue(proposal.where().endsWith("footnote 1"), proposal.where());
            assertFalse(proposal.outdated());
            p.proposalService().accept(proposal.id(), ANN);
            assertEquals(
                    "See the report of 2024.",
                    p.draftService().footnotes().of(id[0]).get(0).text());
        }
        assertTrue(Copies.merge(c[1], c[0]).fastForward());
        assertEquals(Copies.draft(c[0]), Copies.draft(c[1]));
        assertEquals(Copies.proposals(c[0]), Copies.proposals(c[1]));
        assertTrue(Copies.merge(c[0], c[1]).nothing());
    }

    @Test
    void aFootnoteRemovedInOneCopyAndChangedInTheOtherIsAProposalEitherWay() throws Exception {
        String[] id = new String[1];
        Path[] c = copiesAfter(p -> {
            Paragraph x = paragraphs(p).get(2);
            id[0] = x.id();
            p.draftService().footnotes().add(x.id(), null, x.text().length(), "A note both hold.", ANN);
        });
        String uid = footnotesOf(c[0], id[0]).get(0).uid();
        edit(c[0], p -> p.draftService().footnotes().remove(uid, ANN));
        edit(c[1], p -> p.draftService().footnotes().edit(uid, "A note Ben improved.", BEN, null));
        Path annAgain = Files.copy(c[0], dir.resolve("ann-again.penholder"));
        Path benAgain = Files.copy(c[1], dir.resolve("ben-again.penholder"));

        // removed here, changed there: the proposal brings it back with the other's words
        MergeReport intoAnn = Copies.merge(c[0], c[1]);
        assertEquals(1, intoAnn.conflicts().size());
        assertEquals(null, intoAnn.conflicts().get(0).mine());
        assertEquals("A note Ben improved.", intoAnn.conflicts().get(0).theirs());
        assertEquals(List.of(), footnotesOf(c[0], id[0]), "Ann keeps it removed");
        try (Project p = Project.open(c[0], Project.Access.WRITE)) {
            Proposal back = onlyConflict(p);
            assertFalse(back.outdated());
            p.proposalService().accept(back.id(), ANN);
            List<Footnote> now = p.draftService().footnotes().of(id[0]);
            assertEquals(
                    List.of("A note Ben improved."),
                    now.stream().map(Footnote::text).toList());
            assertEquals(uid, now.get(0).uid(), "the same footnote, brought back");
            p.proposalService().reopen(back.id(), ANN);
            assertEquals(
                    List.of(), p.draftService().footnotes().of(id[0]), "taking the decision back removes it again");
        }

        // changed here, removed there: the proposal removes it
        MergeReport intoBen = Copies.merge(benAgain, annAgain);
        assertEquals(1, intoBen.conflicts().size());
        assertEquals("A note Ben improved.", intoBen.conflicts().get(0).mine());
        assertEquals(null, intoBen.conflicts().get(0).theirs());
        try (Project p = Project.open(benAgain, Project.Access.WRITE)) {
            Proposal removal = onlyConflict(p);
            assertEquals(1, removal.footnote());
            p.proposalService().accept(removal.id(), BEN);
            assertEquals(List.of(), p.draftService().footnotes().of(id[0]));
        }
        assertTrue(Copies.merge(annAgain, benAgain).fastForward());
        assertEquals(Copies.draft(annAgain), Copies.draft(benAgain));
        assertSound(benAgain);
    }

    @Test
    void aParagraphDeletedInOneCopyWhoseFootnotesTheOtherChangedIsAConflictThatBringsThemBack() {
        Path[] c = Copies.ofSample(dir);
        String[] id = new String[1];
        edit(c[0], p -> {
            id[0] = paragraphs(p).get(3).id();
            p.draftService().deleteParagraph(id[0], ANN);
        });
        edit(c[1], p -> {
            Paragraph x = p.draftService().paragraph(id[0]);
            p.draftService().footnotes().add(x.id(), null, x.text().length(), "Ben's source.", BEN);
        });
        MergeReport r = Copies.merge(c[0], c[1]);
        assertEquals(1, r.conflicts().size(), r.conflicts().toString());
        assertEquals("life", r.conflicts().get(0).aspect(), "a change of its footnotes is a change of the paragraph");
        try (Project p = Project.open(c[0], Project.Access.WRITE)) {
            assertTrue(p.drafts().paragraph(id[0]).isEmpty(), "Ann keeps it deleted");
            p.proposalService().accept(onlyConflict(p).id(), ANN);
            assertEquals(
                    List.of("Ben's source."),
                    p.draftService().footnotes().of(id[0]).stream()
                            .map(Footnote::text)
                            .toList(),
                    "brought back, the paragraph comes with its footnote");
        }
    }

    @Test
    void revisionsBringTheirFootnotesAndADelegationsProposalOnAFootnoteTravels() {
        Path[] c = Copies.ofSample(dir);
        String[] id = new String[2];
        edit(c[1], p -> {
            Paragraph x = paragraphs(p).get(4);
            id[0] = x.id();
            p.draftService().footnotes().add(x.id(), null, x.text().length(), "As frozen in Rev.1.", BEN);
            p.revisionService().freeze("Rev.1", null, BEN);
            Footnote f = p.draftService().footnotes().of(x.id()).get(0);
            long kenya =
                    p.stakeholders().findOrCreate("Kenya", "Member State", null).id();
            id[1] = Long.toString(p.amendments()
                    .append(new Amendment(
                            0,
                            x.id(),
                            null,
                            AmendmentKind.INSERT_TEXT,
                            f.text(),
                            f.text() + " Annex.",
                            "Ben",
                            "",
                            null,
                            kenya,
                            AmendmentStatus.PROPOSED,
                            null,
                            null,
                            null,
                            Details.of(
                                    "start",
                                    f.text().length(),
                                    "end",
                                    f.text().length(),
                                    "text",
                                    " Annex.",
                                    FootnoteService.DETAIL_KEY,
                                    f.uid())))
                    .id());
        });
        MergeReport r = Copies.merge(c[0], c[1]);
        assertEquals(1, r.counts().revisions());
        assertEquals(1, r.counts().proposals());
        try (Project p = Project.open(c[0], Project.Access.WRITE)) {
            long rev = p.revisions().byName("Rev.1").orElseThrow().id();
            List<String> frozen = p.revisions().blocks(rev).stream()
                    .filter(b -> id[0].equals(b.id()))
                    .flatMap(b -> b.footnotes().stream())
                    .map(Footnote::text)
                    .toList();
            assertEquals(List.of("As frozen in Rev.1."), frozen, "the revision keeps its footnotes");
            Proposal kenya = p.proposalService().list(ProposalService.Filter.ALL).stream()
                    .filter(x -> x.proposer().equals("Kenya"))
                    .findFirst()
                    .orElseThrow();
            assertEquals(1, kenya.footnote());
            assertFalse(kenya.outdated());
            p.proposalService().accept(kenya.id(), ANN);
            assertEquals(
                    "As frozen in Rev.1. Annex.",
                    p.draftService().footnotes().of(id[0]).get(0).text());
        }
        Copies.merge(c[1], c[0]);
        assertEquals(Copies.draft(c[0]), Copies.draft(c[1]));
    }

    @Test
    void adoptedTextsComeInByContentWithTheirCitationsAndTheirRemovalTravels() throws Exception {
        Path shelf = Files.createDirectories(dir.resolve("shelf"));
        Path textA = MadeUpLibrary.textA(shelf);
        Path textB = MadeUpLibrary.markdownB(shelf);
        Path[] c = Copies.ofSample(dir);
        edit(c[0], p -> p.agreedLibrary().importFiles(List.of(textA), AgreedLibrary.Details.NONE));
        String cited = Ids.newParagraphId();
        edit(c[1], p -> {
            // Ben imports the same text A apart, and text B, and takes a paragraph of A into the draft
            p.agreedLibrary().importFiles(List.of(textA, textB), AgreedLibrary.Details.NONE);
            AdoptedText a = p.agreed().texts().stream()
                    .filter(t -> t.symbol().equals(MadeUpLibrary.A_SYMBOL))
                    .findFirst()
                    .orElseThrow();
            AdoptedParagraph op2 = p.agreed().paragraphs(a.id()).get(4);
            new AgreedInserts(p.database(), p.draftService(), p.agreed(), () -> BEN)
                    .insert(cited, null, 0, ParagraphKind.PP, op2.id(), "first");
        });
        Set<String> annLibrary = Copies.agreed(c[0]);
        try (Project p = Project.open(c[0], Project.Access.WRITE)) {
            MergeService.Merged merged = p.mergeService().merge(c[1], MergeProgress.NONE);
            assertEquals(1, merged.report().counts().agreedTexts(), "text B; text A is the same text in both");
            assertEquals(2, p.agreed().countTexts());
            AgreedStore.Citation citation = p.agreed().citationsOf(cited).get(0);
            AdoptedParagraph source =
                    p.agreed().paragraph(citation.agreedParagraphId()).orElseThrow();
            AdoptedText text = p.agreed().text(source.textId()).orElseThrow();
            assertEquals(MadeUpLibrary.A_SYMBOL, text.symbol());
            assertEquals(5, source.ordinal(), "the citation names Ann's own copy of the same paragraph");
            p.mergeService().undo(merged);
            assertEquals(1, p.agreed().countTexts(), "undone, text B goes again");
            assertEquals(List.of(), p.agreed().citationsOf(cited));
        }
        assertEquals(annLibrary, Copies.agreed(c[0]));
        Copies.merge(c[0], c[1]);
        Copies.merge(c[1], c[0]);
        assertEquals(Copies.agreed(c[0]), Copies.agreed(c[1]));

        edit(
                c[0],
                p -> p.agreed()
                        .remove(p.agreed().texts().stream()
                                .filter(t -> t.symbol().equals(MadeUpLibrary.B_SYMBOL))
                                .findFirst()
                                .orElseThrow()
                                .id()));
        assertTrue(Copies.merge(c[0], c[1]).nothing(), "a text removed here does not come back");
        MergeReport removal = Copies.merge(c[1], c[0]);
        assertFalse(removal.nothing());
        assertEquals(Copies.agreed(c[0]), Copies.agreed(c[1]), "the removal reaches the other copy");
        assertEquals(
                1,
                Copies.agreed(c[1]).stream().filter(l -> l.startsWith("text ")).count());
        assertSound(c[1]);
    }
}
