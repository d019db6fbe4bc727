package org.penholder.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.project.Project;
import org.penholder.store.IntegrityCheck;

/** Every real Word file of the shared corpora is either imported or skipped with a reason; none stops the run. */
class CorporaImportTest {

    @TempDir
    Path dir;

    @Test
    void everyWordFileOfTheCorporaIsImportedOrSkippedWithAReason() throws Exception {
        Path corpora = TestFiles.corpora();
        Assumptions.assumeTrue(
                Files.isDirectory(corpora),
                "the shared corpora are not at " + corpora.toAbsolutePath()
                        + " (set -Dpenholder.corpora); the robustness test is skipped");
        List<Path> docx;
        try (Stream<Path> walk = Files.walk(corpora)) {
            docx = walk.filter(f ->
                            f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".docx"))
                    .sorted()
                    .toList();
        }
        assertFalse(docx.isEmpty());
        try (Project p = TestFiles.openSample(dir)) {
            long linksBefore = p.links().count();
            ImportReport r = p.inputImporter().importFiles(docx, ImportDetails.NONE);
            Set<Path> accounted = new HashSet<>();
            r.imported().forEach(i -> accounted.add(i.file()));
            r.duplicates().forEach(d -> accounted.add(d.file()));
            for (ImportReport.Skipped s : r.skipped()) {
                assertFalse(s.reason().isBlank(), s.file() + " skipped without a reason");
                accounted.add(s.file());
            }
            assertEquals(new HashSet<>(docx), accounted, "every file has an outcome");
            assertEquals(
                    docx.size(),
                    r.imported().size() + r.duplicates().size() + r.skipped().size());
            assertTrue(r.imported().size() > docx.size() / 2, r.summary());
            assertEquals(15 + r.imported().size(), p.inputs().count());
            assertEquals(linksBefore, p.links().count());
            assertEquals(List.of(), IntegrityCheck.run(p.database()));
            // the text of every imported file can be searched and read back whole
            for (ImportReport.Imported i : r.imported()) {
                assertFalse(p.inputs().text(i.inputId()).isBlank(), i.file().toString());
            }
        }
    }
}
