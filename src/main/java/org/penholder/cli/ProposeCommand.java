package org.penholder.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.penholder.history.ProposalService;
import org.penholder.model.Amendment;
import org.penholder.model.Author;
import org.penholder.model.Paragraph;
import org.penholder.model.ParagraphKind;
import org.penholder.model.Stakeholder;
import org.penholder.project.Project;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "propose", description = {"Record a delegation's proposal (it changes nothing until accepted with decide).",
        "Examples:",
        "  propose F --by \"European Union\" --paragraph OP3 --replace shall --with should",
        "  propose F --by \"Group of 77 and China\" --paragraph OP3 --insert \"and developing\" --after-text developed",
        "  propose F --by Brazil --new-paragraph \"Stresses ...;\" --after OP12",
        "  propose F --by Norway --paragraph OP7 --move-after OP2"}, sortOptions = false)
final class ProposeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The project file.")
    Path file;

    @Option(names = "--by", required = true, paramLabel = "STAKEHOLDER",
            description = "Who proposes it: a Member State or a group speaking as one (created if new).")
    String by;

    @Option(names = "--group", paramLabel = "G", description = "Stakeholder group of a new proposer (e.g. \"Member State\").")
    String group;

    @Option(names = "--paragraph", paramLabel = "LABEL", description = "The paragraph the proposal changes (OP12, PP3).")
    String paragraph;

    @ArgGroup(exclusive = true, multiplicity = "1")
    What what;

    static final class What {
        @Option(names = "--replace", paramLabel = "OLD", description = "Words to replace (with --with).")
        String replace;
        @Option(names = "--delete-text", paramLabel = "OLD", description = "Words to delete.")
        String deleteText;
        @Option(names = "--insert", paramLabel = "NEW", description = "Words to insert (at the end, or --after-text/--before-text).")
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

    @Option(names = "--occurrence", paramLabel = "N", defaultValue = "1",
            description = "Which occurrence of the words, when they appear more than once (default 1).")
    int occurrence;

    @Option(names = "--after", paramLabel = "LABEL", description = "Where a new paragraph goes.")
    String after;

    @Option(names = "--kind", paramLabel = "PP|OP", description = "Kind of a new paragraph (default: as the one it follows).")
    ParagraphKind kind;

    @Option(names = "--rationale", paramLabel = "R", description = "Why the delegation proposes it.")
    String rationale;

    @Mixin
    AuthorOptions author = new AuthorOptions();

    @Override
    public Integer call() {
        Amendment a;
        try (Project p = Project.open(file, Project.Access.WRITE)) {
            a = p.database().write(c -> record(p));
        }
        spec.commandLine().getOut().println(a.id());
        spec.commandLine().getErr().println("Recorded proposal " + a.id() + " (" + a.kind().displayName().toLowerCase()
                + ") by " + by.strip() + ".");
        return 0;
    }

    private Amendment record(Project p) {
        ProposalService proposals = p.proposalService();
        Stakeholder proposer = p.stakeholders().findOrCreate(by.strip(), group, null);
        Author me = author.author();
        if (what.newParagraph != null) {
            if (after == null) {
                throw new CliException("--new-paragraph needs --after LABEL (the paragraph it follows)");
            }
            return proposals.proposeNewParagraph(ProjectParagraphs.idOf(p, after), kind, what.newParagraph, proposer.id(),
                    rationale, me);
        }
        if (paragraph == null) {
            throw new CliException("--paragraph LABEL is needed: which paragraph does the proposal change?");
        }
        String id = ProjectParagraphs.idOf(p, paragraph);
        Paragraph target = p.draftService().paragraph(id);
        if (what.deleteParagraph) {
            return proposals.proposeDeleteParagraph(id, proposer.id(), rationale, me);
        }
        if (what.moveAfter != null) {
            return proposals.proposeMove(id, ProjectParagraphs.idOf(p, what.moveAfter), proposer.id(), rationale, me);
        }
        if (what.replace != null) {
            if (with == null) {
                throw new CliException("--replace needs --with NEW (use --delete-text to delete words)");
            }
            int at = find(p, target, what.replace);
            return proposals.proposeText(id, at, at + what.replace.length(), with, proposer.id(), rationale, me);
        }
        if (what.deleteText != null) {
            int at = find(p, target, what.deleteText);
            return proposals.proposeText(id, at, at + what.deleteText.length(), "", proposer.id(), rationale, me);
        }
        int at;
        String words = what.insert;
        if (afterText != null) {
            at = find(p, target, afterText) + afterText.length();
            words = (target.text().startsWith(" ", at) || words.startsWith(" ") ? "" : " ") + words;
        } else if (beforeText != null) {
            at = find(p, target, beforeText);
            words = words.endsWith(" ") ? words : words + " ";
        } else {
            at = target.text().length();
            words = (target.text().endsWith(" ") || words.startsWith(" ") ? "" : " ") + words;
        }
        return proposals.proposeText(id, at, at, words, proposer.id(), rationale, me);
    }

    /** Where the {@code occurrence}th appearance of the words is, or a one-line error. */
    private int find(Project p, Paragraph target, String words) {
        if (words.isEmpty()) {
            throw new CliException("the words to look for are empty");
        }
        int at = -1;
        int count = 0;
        int from = 0;
        while ((from = target.text().indexOf(words, from)) >= 0) {
            count++;
            if (count == occurrence) {
                at = from;
            }
            from++;
        }
        if (count == 0) {
            throw new CliException(p.file() + ": " + paragraph + " does not contain \"" + words + "\"");
        }
        if (count > 1 && occurrence == 1 && spec.commandLine().getParseResult().matchedOption("--occurrence") == null) {
            throw new CliException(p.file() + ": \"" + words + "\" appears " + count + " times in " + paragraph
                    + "; say which with --occurrence N");
        }
        if (at < 0) {
            throw new CliException(p.file() + ": \"" + words + "\" appears only " + count + " times in " + paragraph);
        }
        return at;
    }
}
