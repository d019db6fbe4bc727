package org.penholder.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.penholder.project.DocumentLanguage;
import org.penholder.project.Project;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "set-language",
        description = {
            "Set the language of the documents written from a project (the fixed words of Word exports and the"
                    + " transparency report): en, ar, zh, fr, ru or es. Without LANG, show it."
        })
final class SetLanguageCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectFile project = new ProjectFile();

    @Parameters(index = "1", arity = "0..1", paramLabel = "LANG", description = "en, ar, zh, fr, ru or es.")
    String language;

    @Override
    public Integer call() {
        if (language == null) {
            try (Project p = Project.open(project.path, Project.Access.READ)) {
                spec.commandLine().getOut().println(p.documentLanguage().tag());
            }
            return 0;
        }
        String tag = tag(spec, language);
        try (Project p = Project.open(project.path, Project.Access.WRITE)) {
            p.documentLanguage().set(tag);
        }
        spec.commandLine()
                .getErr()
                .println(project.path.getFileName() + ": documents are now written in "
                        + Locale.forLanguageTag(tag).getDisplayLanguage(Locale.ENGLISH) + ".");
        return 0;
    }

    /** A document language as given on the command line ("FR"), as its tag ("fr"); refused when unknown. */
    static String tag(CommandSpec spec, String language) {
        String tag = language.strip().toLowerCase(Locale.ROOT);
        if (!DocumentLanguage.TAGS.contains(tag)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    language + ": not a language documents are written in; use one of "
                            + String.join(", ", DocumentLanguage.TAGS));
        }
        return tag;
    }
}
