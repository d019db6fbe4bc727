package org.penholder.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.penholder.model.Footnote;
import org.penholder.project.Project;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "footnote",
        description = {
            "Add, edit or remove a footnote of a paragraph of the working draft; each is an amendment of the paragraph.",
            "Examples:",
            "  footnote F --paragraph OP3 --add \"See A/RES/70/125, para. 9.\" --after-text \"digital divides\"",
            "  footnote F --paragraph OP3 --edit 1 --text \"See A/RES/70/125, para. 12.\"",
            "  footnote F --paragraph OP3 --remove 1"
        },
        sortOptions = false)
final class FootnoteCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectFile project = new ProjectFile();

    @Option(names = "--paragraph", required = true, paramLabel = "LABEL", description = "The paragraph (OP3, PP2).")
    String paragraph;

    @ArgGroup(multiplicity = "1")
    Action action;

    static final class Action {
        @Option(names = "--add", paramLabel = "TEXT", description = "A new footnote with these words.")
        String add;

        @Option(names = "--edit", paramLabel = "N", description = "The paragraph's footnote N (from 1), given --text.")
        Integer edit;

        @Option(names = "--remove", paramLabel = "N", description = "Remove the paragraph's footnote N (from 1).")
        Integer remove;
    }

    @Option(
            names = "--after-text",
            paramLabel = "W",
            description = "With --add: the mark goes after these words (default: at the end of the paragraph).")
    String afterText;

    @Option(names = "--text", paramLabel = "TEXT", description = "With --edit: the footnote's new words.")
    String text;

    @Mixin
    AuthorOptions author = new AuthorOptions();

    @Override
    public Integer call() {
        String done;
        try (Project p = Project.open(project.path, Project.Access.WRITE)) {
            String id = ProjectParagraphs.idOf(p, paragraph);
            var footnotes = p.draftService().footnotes();
            if (action.add != null) {
                String words = p.draftService().paragraph(id).text();
                int at = words.length();
                if (afterText != null) {
                    int found = words.indexOf(afterText);
                    if (found < 0 || words.indexOf(afterText, found + 1) >= 0) {
                        throw new CliException(p.file() + ": " + paragraph
                                + (found < 0 ? " does not hold" : " holds more than once") + " \"" + afterText + "\"");
                    }
                    at = found + afterText.length();
                }
                footnotes.add(id, null, at, action.add, author.author());
                done = "Added a footnote to " + paragraph + ".";
            } else if (action.edit != null) {
                if (text == null) {
                    throw new CliException("--edit needs --text, the footnote's new words");
                }
                footnotes.edit(nth(p, footnotes.of(id), action.edit).uid(), text, author.author(), null);
                done = "Changed footnote " + action.edit + " of " + paragraph + ".";
            } else {
                footnotes.remove(nth(p, footnotes.of(id), action.remove).uid(), author.author());
                done = "Removed footnote " + action.remove + " of " + paragraph + ".";
            }
        }
        spec.commandLine().getErr().println(done);
        return 0;
    }

    private Footnote nth(Project p, List<Footnote> notes, int n) {
        if (n < 1 || n > notes.size()) {
            throw new CliException(p.file() + ": " + paragraph + " has " + notes.size() + " footnote"
                    + (notes.size() == 1 ? "" : "s") + ", not a footnote " + n);
        }
        return notes.get(n - 1);
    }
}
