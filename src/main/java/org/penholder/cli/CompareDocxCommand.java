package org.penholder.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.penholder.docx.DocxParagraphReader;
import org.penholder.history.CompareService;
import org.penholder.history.DocumentVersion;
import org.penholder.history.MarkdownParagraphs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "compare-docx", description = {"Compare two Word files (no project needed).",
        "Markdown and plain text files (.md, .txt) are read one paragraph per block."})
final class CompareDocxCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD.docx", description = "The older document.")
    Path older;

    @Parameters(index = "1", paramLabel = "NEW.docx", description = "The newer document.")
    Path newer;

    @Option(names = "--json", description = "Print JSON on standard output.")
    boolean json;

    @Option(names = "--all", description = "List unchanged paragraphs too (JSON always lists all).")
    boolean all;

    @Override
    public Integer call() {
        CompareOutput.print(spec.commandLine().getOut(), CompareService.compare(read(older), read(newer)), json, all);
        return 0;
    }

    /** A document from outside, by its extension: Markdown or text, else Word. */
    static DocumentVersion read(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".txt")) {
            return MarkdownParagraphs.read(file);
        }
        return DocxParagraphReader.read(file);
    }
}
