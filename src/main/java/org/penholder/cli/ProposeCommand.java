package org.penholder.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.penholder.history.ProposalRequest;
import org.penholder.model.Amendment;
import org.penholder.model.ParagraphKind;
import org.penholder.project.Project;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "propose",
        description = {
            "Record a delegation's proposal (it changes nothing until accepted with decide).",
            "Examples:",
            "  propose F --by \"European Union\" --paragraph OP3 --replace shall --with should",
            "  propose F --by \"Group of 77 and China\" --paragraph OP3 --insert \"and developing\" --after-text developed",
            "  propose F --by Brazil --new-paragraph \"Stresses ...;\" --after OP12",
            "  propose F --by Norway --paragraph OP7 --move-after OP2"
        },
        sortOptions = false)
final class ProposeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectFile project = new ProjectFile();

    @Option(
            names = "--by",
            required = true,
            paramLabel = "STAKEHOLDER",
            description = "Who proposes it: a Member State or a group speaking as one (created if new).")
    String by;

    @Option(
            names = "--group",
            paramLabel = "G",
            description = "Stakeholder group of a new proposer (e.g. \"Member State\").")
    String group;

    @Option(
            names = "--paragraph",
            paramLabel = "LABEL",
            description = "The paragraph the proposal changes (OP12, PP3).")
    String paragraph;

    @ArgGroup(exclusive = true, multiplicity = "1")
    What what;

    static final class What {
        @Option(names = "--replace", paramLabel = "OLD", description = "Words to replace (with --with).")
        String replace;

        @Option(names = "--delete-text", paramLabel = "OLD", description = "Words to delete.")
        String deleteText;

        @Option(
                names = "--insert",
                paramLabel = "NEW",
                description = "Words to insert (at the end, or --after-text/--before-text).")
        String insert;

        @Option(names = "--new-paragraph", paramLabel = "TEXT", description = "A new paragraph (with --after LABEL).")
        String newParagraph;

        @Option(names = "--delete-paragraph", description = "Delete the paragraph.")
        boolean deleteParagraph;

        @Option(names = "--move-after", paramLabel = "LABEL", description = "Move the paragraph after another.")
        String moveAfter;
    }

    @Option(names = "--with", paramLabel = "NEW", description = "The new words for --replace.")
    String with;

    @Option(names = "--after-text", paramLabel = "W", description = "Insert after these words.")
    String afterText;

    @Option(names = "--before-text", paramLabel = "W", description = "Insert before these words.")
    String beforeText;

    @Option(
            names = "--occurrence",
            paramLabel = "N",
            description = "Which appearance of the words (1 = first), when they appear more than once.")
    Integer occurrence;

    @Option(names = "--after", paramLabel = "LABEL", description = "Where a new paragraph goes.")
    String after;

    @Option(
            names = "--kind",
            paramLabel = "PP|OP",
            description = "Kind of a new paragraph (default: as the one it follows).")
    ParagraphKind kind;

    @Option(names = "--rationale", paramLabel = "R", description = "Why the delegation proposes it.")
    String rationale;

    @Mixin
    AuthorOptions author = new AuthorOptions();

    @Override
    public Integer call() {
        Amendment a;
        try (Project p = Project.open(project.path, Project.Access.WRITE)) {
            a = p.proposalService().propose(request(), by, group, author.author());
        }
        spec.commandLine().getOut().println(a.id());
        spec.commandLine()
                .getErr()
                .println("Recorded proposal " + a.id() + " ("
                        + a.kind().displayName().toLowerCase(Locale.ROOT) + ") by " + by.strip() + ".");
        return 0;
    }

    private ProposalRequest request() {
        ProposalRequest r;
        if (what.newParagraph != null) {
            if (after == null) {
                throw new CliException("--new-paragraph needs --after LABEL (the paragraph it follows)");
            }
            return ProposalRequest.newParagraph(after, what.newParagraph, rationale)
                    .ofKind(kind);
        }
        if (paragraph == null) {
            throw new CliException("--paragraph LABEL is needed: which paragraph does the proposal change?");
        }
        if (what.deleteParagraph) {
            r = ProposalRequest.deleteParagraph(paragraph, rationale);
        } else if (what.moveAfter != null) {
            r = ProposalRequest.move(paragraph, what.moveAfter, rationale);
        } else if (what.replace != null) {
            if (with == null) {
                throw new CliException("--replace needs --with NEW (use --delete-text to delete words)");
            }
            r = ProposalRequest.replace(paragraph, what.replace, with, rationale);
        } else if (what.deleteText != null) {
            r = ProposalRequest.deleteWords(paragraph, what.deleteText, rationale);
        } else {
            boolean before = beforeText != null;
            r = ProposalRequest.insert(paragraph, what.insert, before ? beforeText : afterText, before, rationale);
        }
        return occurrence == null ? r : r.occurrence(occurrence);
    }
}
