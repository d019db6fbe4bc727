package org.penholder.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.penholder.docx.DocumentFiles;
import org.penholder.text.Phrase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "compare-docx",
        description = {
            "Compare two Word files (no project needed).",
            "Word files are read as import-draft reads them (title and status lines, numbers by Word or typed, footnotes);",
            "tables, images, text boxes and equations are compared whole and listed when they differ.",
            "Markdown and plain text files (.md, .txt) are read one paragraph per block."
        })
final class CompareDocxCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD.docx", description = "The older document.")
    Path older;

    @Parameters(index = "1", paramLabel = "NEW.docx", description = "The newer document.")
    Path newer;

    @Mixin
    CompareOutput.Options output = new CompareOutput.Options();

    @Override
    public Integer call() {
        DocumentFiles.FileComparison c = DocumentFiles.compare(older, newer);
        output.print(
                spec.commandLine().getOut(),
                c.comparison(),
                c.otherChanges().stream().map(Phrase::english).toList());
        return 0;
    }
}
