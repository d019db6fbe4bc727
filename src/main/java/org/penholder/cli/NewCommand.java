package org.penholder.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.penholder.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "new", description = "Create an empty project.")
final class NewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "OUT.penholder", description = "The project file to create; it must not exist.")
    Path out;

    @Option(names = "--title", required = true, paramLabel = "T", description = "Title of the draft.")
    String title;

    @Option(names = "--symbol", paramLabel = "S", description = "Document symbol, e.g. A/80/L.1.")
    String symbol;

    @Option(
            names = "--language",
            paramLabel = "LANG",
            defaultValue = "en",
            description = "Language of the documents written from the project, and of its starting lists of"
                    + " stakeholder groups, clusters and action lines: en, ar, zh, fr, ru or es (default: en).")
    String language;

    @Override
    public Integer call() {
        if (title.isBlank()) {
            throw new CliException("--title must not be empty");
        }
        String tag = SetLanguageCommand.tag(spec, language);
        try (Project p = Project.create(out, title.strip(), symbol, tag)) {
            spec.commandLine()
                    .getErr()
                    .println("Created " + p.file() + " (documents in "
                            + Locale.forLanguageTag(tag).getDisplayLanguage(Locale.ENGLISH) + ").");
        }
        return 0;
    }
}
