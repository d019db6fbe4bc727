package org.penholder.coverage;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.penholder.model.Author;
import org.penholder.model.InputKind;
import org.penholder.model.ParagraphKind;
import org.penholder.model.TagKind;
import org.penholder.project.Project;
import org.penholder.store.InputStore;

/**
 * A small project whose coverage is known by heart (the tests of coverage, its report, its view and
 * its command read it):
 *
 * <pre>
 * inputs   1 Kenya (Member State)              ICT for Development
 *          2 APC (Civil society)               Bridging Digital Divides, Human Rights and Ethical Dimensions
 *          3 APC (Civil society), oral         Data Governance
 *          4 ISOC (Technical community)        Internet Governance
 *          5 ICC (Private sector)              no cluster
 *          6 no stakeholder                    Internet Governance
 * draft    PP1         <- 1
 *          == Section A
 *          OP1 (1.)    <- 2, 2 again (another passage), 4
 *          OP2 (2.)    <- 2, 6
 *          == Section B
 *          OP3 (3.)    no source
 * </pre>
 *
 * Reflected: 1, 2, 4, 6. Not reflected: 5 (Private sector, listed first), 3 (Civil society).
 */
public final class MadeUpProject {

    public static final Author AUTHOR = new Author("Test Drafter", "Co-facilitators");

    public final Project project;
    public final long kenya;
    public final long apcWritten;
    public final long apcOral;
    public final long isoc;
    public final long icc;
    public final long anonymous;
    public final String pp1 = "ppone";
    public final String op1 = "opone";
    public final String op2 = "optwo";
    public final String op3 = "opthree";
    public final String sectionA = "sa";
    public final String sectionB = "sb";
    public final long op1ToIsoc;
    public final long op1ToApcFirst;
    public final long op1ToApcSecond;

    public MadeUpProject(Path file) {
        project = Project.create(file, "Made-up outcome document", "A/80/L.0");
        var stakeholders = project.stakeholders();
        long kenyaId = stakeholders.findOrCreate("Kenya", "Member State", "KE").id();
        long apcId = stakeholders
                .findOrCreate("Association for Progressive Communications", "Civil society", null)
                .id();
        long isocId = stakeholders
                .findOrCreate("Internet Society", "Technical community", null)
                .id();
        long iccId = stakeholders
                .findOrCreate("International Chamber of Commerce", "Private sector", null)
                .id();
        kenya = input(
                kenyaId,
                InputKind.WRITTEN,
                "Kenya: written submission",
                "Kenya asks that ICT for development stay at the heart of the review.",
                "ICT for Development");
        apcWritten = input(
                apcId,
                InputKind.WRITTEN,
                "APC: written submission",
                "Meaningful connectivity for all. Human rights online as offline.",
                "Bridging Digital Divides",
                "Human Rights and Ethical Dimensions");
        apcOral = input(
                apcId, InputKind.ORAL, "APC: oral statement", "Data governance must serve people.", "Data Governance");
        isoc = input(
                isocId,
                InputKind.WRITTEN,
                "ISOC: written submission",
                "The multistakeholder model of Internet governance works.",
                "Internet Governance");
        icc = input(iccId, InputKind.WRITTEN, "ICC: written submission", "Investment needs legal certainty.");
        anonymous = input(
                null,
                InputKind.WRITTEN,
                "Unsigned contribution",
                "Keep the Internet Governance Forum going.",
                "Internet Governance");

        var d = project.draftService();
        d.insertParagraph(pp1, null, 0, ParagraphKind.PP, "Recalling the Summit,", AUTHOR);
        d.addSection(sectionA, "Section A", 0, AUTHOR);
        d.insertParagraph(op1, sectionA, 0, ParagraphKind.OP, "We commit to meaningful connectivity.", AUTHOR);
        d.insertParagraph(op2, sectionA, 1, ParagraphKind.OP, "We renew the mandate of the Forum.", AUTHOR);
        d.addSection(sectionB, "Section B", 1, AUTHOR);
        d.insertParagraph(op3, sectionB, 0, ParagraphKind.OP, "We decide to meet again.", AUTHOR);

        link(pp1, kenya, "ICT for development");
        op1ToApcFirst = link(op1, apcWritten, "Meaningful connectivity for all.");
        op1ToApcSecond = link(op1, apcWritten, "Human rights online as offline.");
        op1ToIsoc = link(op1, isoc, "multistakeholder model");
        link(op2, apcWritten, "Meaningful connectivity");
        link(op2, anonymous, "Internet Governance Forum");
    }

    private long input(Long stakeholder, InputKind kind, String title, String text, String... clusters) {
        long id = project.inputs()
                .add(new InputStore.NewInput(
                        stakeholder, kind, title, "Consultation", LocalDate.of(2025, 7, 29), "en", null, text))
                .id();
        for (String cluster : List.of(clusters)) {
            project.tags()
                    .tagInput(
                            id,
                            project.tags()
                                    .find(TagKind.CLUSTER, cluster)
                                    .orElseThrow()
                                    .id());
        }
        return id;
    }

    /** Links a paragraph to the first occurrence of a quote in an input. */
    public long link(String paragraphId, long inputId, String quote) {
        String text = project.inputs().text(inputId);
        int start = text.indexOf(quote);
        if (start < 0) {
            throw new IllegalArgumentException("input " + inputId + " does not say: " + quote);
        }
        return project.links()
                .add(
                        paragraphId,
                        inputId,
                        start,
                        start + quote.length(),
                        quote,
                        null,
                        AUTHOR.display(),
                        project.drafts().paragraph(paragraphId).orElseThrow().text());
    }
}
