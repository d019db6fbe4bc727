package org.penholder.ui.docx;

import java.nio.file.Files;
import java.nio.file.Path;
import org.penholder.TestFiles;
import org.penholder.docx.ExportOptions;
import org.penholder.docx.Progress;
import org.penholder.model.Author;
import org.penholder.project.Project;

/** Word files as a delegation returns them, for the tests of the window. */
public final class DelegationFiles {

    private DelegationFiles() {}

    /** A redline of the sample's Zero draft against its draft with "support" strengthened in OP1 by Kenya: a file as a delegation returns it. */
    public static Path kenya(Path folder) throws Exception {
        Path sample = TestFiles.sampleCopy(Files.createDirectories(folder));
        Path docx = folder.resolve("kenya.docx");
        try (Project p = Project.open(sample, Project.Access.WRITE)) {
            var op1 = p.draftService().draft().paragraphsInOrder().stream()
                    .filter(x -> x.kind() == org.penholder.model.ParagraphKind.OP)
                    .findFirst()
                    .orElseThrow();
            p.draftService()
                    .setText(
                            op1.id(),
                            op1.text().replaceFirst("support", "strongly support"),
                            new Author("Kenya", ""),
                            null);
            p.docxExporter().export(ExportOptions.redline("Zero draft", null), docx, false, Progress.NONE);
        }
        return docx;
    }
}
