package org.penholder.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.history.Proposal;
import org.penholder.history.ProposalService;
import org.penholder.model.Footnote;
import org.penholder.model.Paragraph;
import org.penholder.model.ParagraphKind;
import org.penholder.model.RevisionBlock;
import org.penholder.project.Project;

/** A delegation's tracked change inside a footnote becomes a proposal on that footnote. */
class FootnoteProposalsTest {

    @TempDir
    Path dir;

    @Test
    void aTrackedChangeInAFootnoteIsAProposalOnItThatAcceptingApplies() throws Exception {
        try (Project p = TestFiles.openSample(dir)) {
            Paragraph op1 = p.draftService().draft().paragraphsInOrder().stream()
                    .filter(x -> x.kind() == ParagraphKind.OP)
                    .findFirst()
                    .orElseThrow();
            p.draftService().footnotes().add(op1.id(), null, op1.text().length(), "See A/RES/70/125.", TestAuthors.ME);
            CirculatedText sent = p.docxExporter().text(null);
            Path file = dir.resolve("brazil.docx");
            try (DelegationFile d = DelegationFile.create(sent)) {
                for (RevisionBlock b : sent.blocks()) {
                    if (b.id().equals(op1.id())) {
                        d.withFootnote(
                                b,
                                true,
                                DelegationFile.plain("See A/RES/70/125"),
                                DelegationFile.ins("Brazil", ", annex"),
                                DelegationFile.plain("."));
                    } else {
                        d.block(b, true);
                    }
                }
                d.write(file);
            }
            var service = p.amendmentImport();
            var result = service.importProposals(service.read(file, Progress.NONE), null, TestAuthors.ME);
            assertEquals(1, result.created().size(), result.toString());
            var imported = result.created().get(0);
            assertEquals("Brazil", imported.proposer());
            assertEquals("OP1, footnote", imported.paragraph());
            assertEquals("", imported.before());
            assertEquals(", annex", imported.after());
            assertEquals(1, result.trackedChanges(), "a change inside a footnote is counted");
            Proposal proposal =
                    p.proposalService().list(ProposalService.Filter.ALL).get(0);
            assertEquals("OP1, footnote 1", proposal.where());
            assertTrue(!proposal.outdated() && proposal.conflictsWith().isEmpty());

            p.proposalService().accept(proposal.id(), TestAuthors.ME);
            assertEquals(
                    List.of("See A/RES/70/125, annex."),
                    p.draftService().footnotes().of(op1.id()).stream()
                            .map(Footnote::text)
                            .toList());
            assertEquals(
                    op1.text(), p.draftService().paragraph(op1.id()).text(), "the paragraph's words are untouched");
            p.proposalService().reopen(proposal.id(), TestAuthors.ME);
            assertEquals(
                    "See A/RES/70/125.",
                    p.draftService().footnotes().of(op1.id()).get(0).text(),
                    "taking the decision back restores the footnote");

            var again = service.importProposals(service.read(file, Progress.NONE), null, TestAuthors.ME);
            assertEquals(0, again.created().size());
            assertEquals(1, again.alreadyImported(), "the same file records nothing twice");
        }
    }
}
